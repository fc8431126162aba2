// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/changeset.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"

#include <QDate>
#include <QString>

namespace ebb {

/** The most changes one change set may carry: a century of daily check-ins sent at once is about 450,000. */
constexpr qsizetype kMaxChangesPerSet = 1'000'000;

/**
 * Why `set` may not be taken in, in words, or empty when it may: the journal's own limits, as an
 * import has them — a text longer than a note may be (100,000 characters), a day outside 1900 to a
 * year after `today`, a key or field name longer than any Ebb writes, too many changes. A set that
 * fails is never half taken in.
 */
QString changeSetProblem(const ChangeSet &set, QDate today);

/**
 * Change sets with a stamp too far ahead of this computer's clock, or a counter near its limit, are
 * not taken in now (isAcceptableStamp): left in the folder, said as not readable yet, tried again.
 */
void holdBackUnacceptable(SyncFolder::Incoming &incoming, qint64 nowMs);

/**
 * Change sets that break the journal's own limits (changeSetProblem) are set aside whole, never
 * half taken in: left in the folder, not taken, and named in the report in words.
 */
void setAsideInvalid(SyncFolder::Incoming &incoming, QDate today, SyncReport &report);

} // namespace ebb
