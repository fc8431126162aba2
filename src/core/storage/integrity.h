// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QStringList>

namespace ebb {

class Database;

/** What `ebb-cli check` reports about a journal file. */
struct IntegrityReport
{
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList problems; ///< Empty when SQLite's integrity_check and foreign_key_check pass.
    /**
     * FTS5's own check of the search index (derived data: a damaged one is rebuilt, not restored;
     * see searchindex.h). Not among the problems: what the person wrote is whole.
     */
    bool searchIndexSound = true;
    int checkInCount = 0;
    QDate firstDay;
    QDate lastDay;

    bool healthy() const { return problems.isEmpty(); }
};

/**
 * Runs SQLite's full integrity and foreign-key checks and the search index's own check, and reads
 * the schema version. Writes nothing.
 */
Result<IntegrityReport> checkIntegrity(Database &db);

} // namespace ebb
