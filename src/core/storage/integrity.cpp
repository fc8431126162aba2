// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrity.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/schemacheck.h"
#include "storage/searchindex.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {
namespace {

Result<QStringList> collect(Database &db, const QString &sql, bool skipOk)
{
    auto s = db.prepare(sql);
    if (!s) {
        return s.error();
    }
    QStringList rows;
    auto read = s->forEachRow([&](const Statement &row) {
        const QString text = row.columnText(0);
        if (!(skipOk && text == QLatin1String("ok"))) {
            rows << text;
        }
    });
    if (!read) {
        return read.error();
    }
    return rows;
}

} // namespace

Result<IntegrityReport> checkIntegrity(Database &db)
{
    const QString context = QStringLiteral("Could not check the journal");
    IntegrityReport report;
    report.latestSchemaVersion = latestSchemaVersion();
    auto version = db.userVersion();
    if (!version) {
        return withContext(version.error(), context);
    }
    report.schemaVersion = *version;

    auto problems = collect(db, QStringLiteral("PRAGMA integrity_check"), true);
    if (!problems) {
        return withContext(problems.error(), context);
    }
    report.problems = *problems;
    auto fk = collect(db,
                      QStringLiteral("SELECT 'foreign key: ' || \"table\" || ' row ' || rowid FROM "
                                     "pragma_foreign_key_check"),
                      false);
    if (!fk) {
        return withContext(fk.error(), context);
    }
    report.problems << *fk;
    auto foreign = foreignSchemaObjects(db);
    if (!foreign) {
        return withContext(foreign.error(), context);
    }
    for (const QString &object : *foreign) {
        report.problems << QStringLiteral("not created by Ebb: %1").arg(object);
    }

    if (report.healthy()) {
        auto sound = searchIndexIsSound(db);
        if (!sound) {
            return withContext(sound.error(), context);
        }
        report.searchIndexSound = *sound;
    }
    if (report.schemaVersion >= 1 && report.healthy()) {
        auto s = db.prepare(QStringLiteral("SELECT count(*), min(day), max(day) FROM checkins"));
        if (!s) {
            return withContext(s.error(), context);
        }
        if (auto row = s->step(); !row) {
            return withContext(row.error(), context);
        }
        report.checkInCount = s->columnInt(0);
        report.firstDay = dayFromKey(s->columnText(1));
        report.lastDay = dayFromKey(s->columnText(2));
    }
    return report;
}

} // namespace ebb
