// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/syncreport.h"

#include <QDateTime>
#include <QString>

namespace ebb {

/** "Last synced 2 minutes ago · 2 computers", or "Not synced yet". */
QString syncStatusLine(const SyncStatus &status, const QDateTime &now);

/** "This computer · wrote 2 minutes ago", "A computer that last wrote on 3 March 2026". */
QString syncComputerLine(const FolderComputer &computer, const QDateTime &now);

/** What one exchange did, in a sentence or two (what could not be merged is said apart: report.notes). */
QString syncReportText(const SyncReport &report);

} // namespace ebb
