// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaldump.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QJsonArray>

namespace ebb {

Result<QJsonObject> dumpJournal(Database &db)
{
    const QString context = QStringLiteral("Could not read the journal for the backup");
    auto version = db.userVersion();
    if (!version) {
        return withContext(version.error(), context);
    }
    // Ordinary tables only: not SQLite's own, not the search index (derived, rebuilt by triggers),
    // and not this computer's sync bookkeeping (sync_*), which holds the sync folder's key: a backup
    // never carries it (docs/security.md).
    auto names = db.prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                           "'sqlite_%' AND name NOT GLOB 'search_text*' AND name NOT GLOB 'sync_*' "
                                           "ORDER BY name"));
    if (!names) {
        return withContext(names.error(), context);
    }
    QStringList tables;
    if (auto r = names->forEachRow([&](const Statement &row) { tables << row.columnText(0); }); !r) {
        return withContext(r.error(), context);
    }
    QJsonObject dump;
    for (const QString &table : tables) {
        // Table names come from sqlite_schema, not from outside; quoted as SQL quotes an identifier.
        auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"")
                                   .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
        if (!rows) {
            return withContext(rows.error(), context);
        }
        QJsonArray array;
        auto read = rows->forEachRow([&](const Statement &row) {
            QJsonObject o;
            for (int c = 0; c < row.columnCount(); ++c) {
                o.insert(row.columnName(c), row.columnJson(c));
            }
            array.append(o);
        });
        if (!read) {
            return withContext(read.error(), context);
        }
        dump.insert(table, array);
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("ebb-journal")},
                       {QStringLiteral("schema"), *version},
                       {QStringLiteral("tables"), dump}};
}

} // namespace ebb
