// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacinginput.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

#include <QHash>

namespace ebb {

// Not CheckInRepository::inRange: the engine needs neither notes, tags nor timestamps, and
// parsing two timestamps a day was most of the time it took to open a 10-year journal (issue 9).
// Three plain scans with no join: a join of check-ins with their answers took SQLite five times
// as long as reading both tables and matching them here.
Result<std::vector<PacingDay>> loadPacingDays(Database &db)
{
    const QString context = QStringLiteral("Could not read check-ins");
    QHash<qint64, QString> names;
    auto boundaries = db.prepare(QStringLiteral("SELECT id, text FROM boundaries"));
    if (!boundaries) {
        return withContext(boundaries.error(), context);
    }
    auto read =
        boundaries->forEachRow([&](const Statement &row) { names.insert(row.columnInt64(0), row.columnText(1)); });
    if (!read) {
        return withContext(read.error(), context);
    }

    auto rows = db.prepare(QStringLiteral("SELECT id, day, energy, mood, stress, load, sleep_minutes, sleep_quality "
                                          "FROM checkins ORDER BY day"));
    if (!rows) {
        return withContext(rows.error(), context);
    }
    std::vector<PacingDay> days;
    QHash<qint64, size_t> indexById;
    read = rows->forEachRow([&](const Statement &row) {
        indexById.insert(row.columnInt64(0), days.size());
        days.push_back({dayFromKey(row.columnText(1)),
                        row.columnOptionalInt(2),
                        row.columnOptionalInt(3),
                        row.columnOptionalInt(4),
                        row.columnOptionalInt(5),
                        row.columnOptionalInt(6),
                        row.columnOptionalInt(7),
                        {},
                        {},
                        {}});
    });
    if (!read) {
        return withContext(read.error(), context);
    }

    // In primary-key order, so each day's slipped boundaries come out in boundary order.
    auto answers = db.prepare(QStringLiteral("SELECT checkin_id, boundary_id, status = 'slipped' "
                                             "FROM checkin_boundaries WHERE status <> 'not_relevant'"));
    if (!answers) {
        return withContext(answers.error(), context);
    }
    read = answers->forEachRow([&](const Statement &row) {
        PacingDay &d = days[indexById.value(row.columnInt64(0))];
        // An answered day counts from 0; a day with only "not relevant" answers stays nullopt.
        d.held = d.held.value_or(0);
        d.slipped = d.slipped.value_or(0);
        if (row.columnInt(2) != 0) {
            ++*d.slipped;
            d.slippedNames << names.value(row.columnInt64(1));
        } else {
            ++*d.held;
        }
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return days;
}

} // namespace ebb
