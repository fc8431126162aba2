// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schemacheck.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlhelpers.h"

#include <QDir>
#include <QHash>

#include <map>
#include <mutex>

namespace ebb {
namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql;
};

using Schema = QHash<QString, SchemaObject>; // by "type name"

Result<Schema> schemaOf(Database &db)
{
    auto s = db.prepare(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                                       "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!s) {
        return s.error();
    }
    Schema schema;
    if (auto r = s->forEachRow([&](const Statement &row) {
            schema.insert(row.columnText(0) + QLatin1Char(' ') + row.columnText(1),
                          SchemaObject{row.columnText(0), row.columnText(2), row.columnText(3)});
        });
        !r) {
        return r.error();
    }
    return schema;
}

/** Ebb's own schema at `version`, built once per version in memory by the migrations themselves. */
Result<Schema> ebbSchemaAt(int version)
{
    static std::mutex mutex;
    static std::map<int, Schema> built;
    const std::lock_guard<std::mutex> lock(mutex);
    if (const auto it = built.find(version); it != built.end()) {
        return it->second;
    }
    auto db = Database::open(QStringLiteral(":memory:"), Database::Access::ReadWrite);
    if (!db) {
        return db.error();
    }
    std::vector<Migration> upTo;
    for (const Migration &m : schemaMigrations()) {
        if (m.version <= version) {
            upTo.push_back(m);
        }
    }
    if (auto r = migrate(*db, upTo); !r) {
        return r.error();
    }
    auto schema = schemaOf(*db);
    if (!schema) {
        return schema.error();
    }
    built.emplace(version, *schema);
    return schema;
}

} // namespace

Result<QStringList> foreignSchemaObjects(Database &db)
{
    const QString context = QStringLiteral("Could not read the journal's layout");
    auto version = db.userVersion();
    if (!version) {
        return withContext(version.error(), context);
    }
    // Ebb's schema at the journal's version, and at the newest (what a later Ebb adds is Ebb's too).
    auto atVersion = ebbSchemaAt(*version);
    auto latest = ebbSchemaAt(latestSchemaVersion());
    auto actual = schemaOf(db);
    if (!atVersion || !latest || !actual) {
        return withContext(!atVersion ? atVersion.error() : !latest ? latest.error() : actual.error(), context);
    }
    const auto isOurs = [](const Schema &schema, const QString &key, const SchemaObject &object) {
        const auto ours = schema.constFind(key);
        const bool runs = object.type == QLatin1String("trigger") || object.type == QLatin1String("view");
        return ours != schema.cend() && (!runs || ours->sql == object.sql);
    };
    QStringList foreign;
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        const SchemaObject &object = it.value();
        if (!isOurs(*atVersion, it.key(), object) && !isOurs(*latest, it.key(), object)) {
            const QString name = it.key().section(QLatin1Char(' '), 1);
            foreign << (object.type == QLatin1String("trigger") || object.type == QLatin1String("index")
                            ? QStringLiteral("%1 '%2' on %3").arg(object.type, name, object.table)
                            : QStringLiteral("%1 '%2'").arg(object.type, name));
        }
    }
    foreign.sort();
    return foreign;
}

QString foreignSchemaMessage(const QString &path, const QStringList &objects)
{
    return QStringLiteral("The journal %1 holds something Ebb did not create: %2. Ebb will not write to it, so it "
                          "never runs; the newest backup can take the journal's place (the file is kept aside).")
        .arg(QDir::toNativeSeparators(path), objects.join(QStringLiteral(", ")));
}

} // namespace ebb
