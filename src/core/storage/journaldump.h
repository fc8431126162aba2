// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QJsonObject>

namespace ebb {

class Database;

/**
 * Every table of the journal as JSON, for a full personal backup: {"format": "ebb-journal",
 * "schema": N, "tables": {"checkins": [{column: value, …}, …], …}}. The full-text index is left
 * out: it is derived from the tables.
 */
Result<QJsonObject> dumpJournal(Database &db);

} // namespace ebb
