// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <span>

namespace ebb {

class Database;

/** One step of the schema: the SQL that takes `user_version` from version − 1 to version. */
struct Migration
{
    int version;
    const char *sql;
};

/** Ebb's own schema history, oldest first. Append only: a released migration never changes. */
std::span<const Migration> schemaMigrations();

/** The schema version this build of Ebb writes. */
int latestSchemaVersion();

/**
 * Brings `db` up to the last of `migrations`. Each step runs in its own transaction together
 * with its `user_version` bump, so a failure leaves the journal at the previous version.
 * A journal newer than the last migration is refused and left untouched.
 */
Result<void> migrate(Database &db, std::span<const Migration> migrations);

} // namespace ebb
