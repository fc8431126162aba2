// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/database.h"

namespace ebb {

/** How a journal file is opened. */
struct JournalOpenOptions
{
    bool create = true;                ///< Create a missing file (and its folder, mode 0700).
    bool readOnly = false;             ///< Open without writing anything, not even the journal mode.
    bool immutable = false;            ///< With readOnly: no -wal/-shm either (the caller holds the lock).
    bool migrate = true;               ///< Bring an older schema up to date.
    int busyTimeoutMs = 3000;          ///< How long to wait for another writer before reporting "busy".
    bool quickCheck = false;           ///< quick_check on open (the app checks after its first frame instead).
    bool backupBeforeMigration = true; ///< Snapshot an older journal into backups/ before changing its schema.
    /// Refuse a schema Ebb did not write before anything is written (refuseForeignSchema). The app
    /// checks it just after its first frame instead, before its first write (Journal::checkIntegrity);
    /// a migration is always preceded by the check.
    bool schemaCheck = true;
};

/**
 * Opens the journal at `path` safely: the file is created 0600 in a 0700 folder; the schema
 * version is read before anything is written, so a file from a newer Ebb or a file that is not
 * a database is refused untouched; then WAL, synchronous=FULL and foreign keys are set and the
 * schema is migrated. ":memory:" opens a private in-memory journal (for tests).
 */
Result<Database> openJournalFile(const QString &path, const JournalOpenOptions &options = {});

/**
 * Refuses a journal whose schema holds a trigger, view or table Ebb did not create (schemacheck.h):
 * an error of kind Damaged (code kForeignSchema) naming them, so that the app offers the newest
 * backup. Called before anything is written, so such a trigger never runs.
 */
Result<void> refuseForeignSchema(Database &db, const QString &path);

/**
 * SQLite's quick_check of the structure (not the CHECK constraints, verified on every write).
 * A damaged file gives an error whose code is SQLITE_CORRUPT and whose message names `path`; then
 * refuseForeignSchema.
 */
Result<void> checkJournalIntegrity(Database &db, const QString &path);

} // namespace ebb
