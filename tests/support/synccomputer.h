// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journal.h"
#include "sync/syncreport.h"
#include "testsupport.h"

#include <memory>

namespace ebb::test {

/** One computer of a sync test: its own clock (set ahead by `offsetSeconds`) and its journal. */
struct SyncComputer
{
    FixedClock clock;
    std::unique_ptr<Journal> journal;

    explicit SyncComputer(const QString &path, qint64 offsetSeconds = 0)
    {
        clock.advanceSeconds(int(offsetSeconds));
        journal = require(Journal::open(path, clock));
    }
    SyncReport sync() { return require(journal->sync()); }
    /** This computer's id in the sync folder. */
    QString device() { return require(journal->syncStatus())->device; }
};

} // namespace ebb::test
