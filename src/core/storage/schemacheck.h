// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringList>

namespace ebb {

class Database;

/**
 * The schema objects in `db` that Ebb did not create: a table, index, trigger or view whose name
 * Ebb's schema of the journal's version does not have, or a trigger or view under one of Ebb's
 * names whose definition differs. Each in words ("trigger 'wipe' on checkins"); empty when the
 * schema is Ebb's alone. SQLite's own objects (sqlite_…) are not counted. Reads only.
 */
Result<QStringList> foreignSchemaObjects(Database &db);

/** The message for a journal holding such objects, naming them. */
QString foreignSchemaMessage(const QString &path, const QStringList &objects);

} // namespace ebb
