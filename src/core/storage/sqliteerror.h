// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QLoggingCategory>

struct sqlite3;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace ebb {

/**
 * Turns an SQLite result code into an Error a person can act on: what happened and what to do.
 * `context`, when given, says what Ebb was doing ("Could not save the check-in for 2026-03-14")
 * and comes first. Low-level code passes no context; the service that knows the task adds it
 * once with withContext(). The raw SQLite text goes to `detail` and the log.
 */
Error sqliteError(sqlite3 *db, int rc, const QString &context);

/** The plain-language explanation for an SQLite result code, without context. */
QString explainSqliteCode(int rc);

} // namespace ebb
