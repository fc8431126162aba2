// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journal.h"

#include <memory>

class QWidget;

namespace ebb {

class Clock;

/**
 * Opens the person's journal for the app, with a quick_check. When the file is damaged or not a
 * database and a backup exists, explains what happened and offers to continue from the newest
 * backup, keeping the damaged file aside. Any other failure is explained. Returns null when the
 * journal could not be opened (the person has been told why).
 */
std::unique_ptr<Journal> openJournalForApp(const QString &path, const Clock &clock, QWidget *parent = nullptr);

} // namespace ebb
