// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ebb {

/**
 * Where the journal lives: `explicitPath` (from --database) when given, else the EBB_DATABASE
 * environment variable, else `ebb.sqlite` in the app data folder (~/.local/share/Ebb on Linux).
 * Needs the application name set to "Ebb" for the default.
 */
QString resolveJournalPath(const QString &explicitPath);

} // namespace ebb
