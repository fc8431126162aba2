// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCborValue>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <map>
#include <set>
#include <utility>

namespace ebb {

class Database;

/** A synced row as fields: column (or link) name to value (CBOR null for an empty one). */
using SyncedRow = std::map<QString, QCborValue>;
/** A row's name on every computer: its table and its key (a day, a week, a global id, a setting). */
using RowName = std::pair<QString, QString>;
using SyncedRows = std::map<RowName, SyncedRow>;
using RowNames = std::set<RowName>;

/**
 * The journal as sync sees it: every row that belongs to the journal (check-ins with their
 * boundary answers and tags, boundaries, tags, notes, weekly reviews, self-checks, dismissed flags
 * and the journal's settings), named by keys every computer agrees on. A check-in's boundary
 * answer is its field "boundary:<boundary id>", each of its tags the field "tag:<tag id>" (true); a
 * review's answer is "answer:<position>". Drafts and the sync tables stay on this computer.
 */
Result<SyncedRows> readSyncedRows(const Database &db);
/** The rows named in `only` of readSyncedRows() (those that exist): what an exchange needs. */
Result<SyncedRows> readSyncedRows(const Database &db, const RowNames &only);
/**
 * When each row named in `only` (every row: null) was last written here, as far as the journal
 * says: its updated_at, else its created_at or dismissed_at; rows without a time are left out.
 */
using RowTimes = std::map<RowName, QDateTime>;
Result<RowTimes> readRowTimes(const Database &db, const RowNames *only);

/** The names of every row of `table` (a synced table) in the journal. */
Result<RowNames> readRowNames(const Database &db, const QString &table);

/** Whether this Ebb knows `field` of `table` (a newer Ebb may send fields this one cannot hold). */
bool isSyncedField(const QString &table, const QString &field);

/** The tables in the order rows must be written (boundaries and tags before the check-ins naming them). */
const QStringList &syncedTables();

/**
 * Writes one row as `fields` say (`fields` null: deletes it), replacing what the row held. What
 * could not be written as it came (a tag whose name another tag has, a boundary not here yet) is
 * written as near as it can be and said in `notes`, in plain words; an error leaves the row as it was.
 */
Result<void> writeSyncedRow(Database &db, const RowName &row, const SyncedRow *fields, const QDateTime &now,
                            QStringList &notes);

} // namespace ebb
