// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/database.h"
#include "storage/journaloptions.h"

namespace ebb {

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
