// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

#include <QHash>

namespace ebb {
namespace {

/**
 * The columns of a journal at schema `version`: one read before schema 4 (or 5) reached it reads
 * NULL (or 0) for the columns that came later.
 */
QString selectColumns(int version)
{
    return QStringLiteral(
               "SELECT id, day, energy, mood, stress, load, sleep_minutes, sleep_quality, note, note_shared, "
               "created_at, updated_at, %1, %2 FROM checkins ")
        .arg(version >= 4 ? QStringLiteral("unrecorded_count") : QStringLiteral("NULL"),
             version >= 5 ? QStringLiteral("note_bring_up") : QStringLiteral("0"));
}

CheckIn readCheckIn(const Statement &s)
{
    CheckIn c;
    c.date = dayFromKey(s.columnText(1));
    c.energy = s.columnOptionalInt(2);
    c.mood = s.columnOptionalInt(3);
    c.stress = s.columnOptionalInt(4);
    c.load = s.columnOptionalInt(5);
    c.sleepMinutes = s.columnOptionalInt(6);
    c.sleepQuality = s.columnOptionalInt(7);
    c.note = s.columnText(8);
    c.noteShared = s.columnInt(9) != 0;
    c.createdAt = instantFromKey(s.columnText(10));
    c.updatedAt = instantFromKey(s.columnText(11));
    c.unrecordedCount = boundaryCountFromKey(s.columnText(12));
    c.noteBringUp = s.columnInt(13) != 0;
    return c;
}

// Open ends of a range become the widest ISO dates, so one query serves every case.
QString lowKey(QDate from)
{
    return from.isValid() ? dayKey(from) : QStringLiteral("0000-01-01");
}

QString highKey(QDate to)
{
    return to.isValid() ? dayKey(to) : QStringLiteral("9999-12-31");
}

} // namespace

CheckInRepository::CheckInRepository(Database &db)
    : m_db(db)
{}

Result<std::optional<CheckIn>> CheckInRepository::find(QDate day) const
{
    auto all = inRange(day, day);
    if (!all) {
        return all.error();
    }
    if (all->empty()) {
        return std::optional<CheckIn>();
    }
    return std::optional<CheckIn>(std::move(all->front()));
}

Result<std::vector<CheckIn>> CheckInRepository::inRange(QDate from, QDate to) const
{
    const QString context = QStringLiteral("Could not read check-ins");
    // Reading never migrates (ebb-cli export, an import preview): an older journal has no column.
    auto version = m_db.userVersion();
    if (!version) {
        return withContext(version.error(), context);
    }
    auto rows = m_db.prepare(selectColumns(*version) + QStringLiteral("WHERE day BETWEEN ?1 AND ?2 ORDER BY day"));
    if (!rows) {
        return withContext(rows.error(), context);
    }
    rows->bind(1, lowKey(from)).bind(2, highKey(to));
    std::vector<CheckIn> result;
    QHash<qint64, size_t> indexById;
    auto read = rows->forEachRow([&](const Statement &row) {
        indexById.insert(row.columnInt64(0), result.size());
        result.push_back(readCheckIn(row));
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    if (result.empty()) {
        return result;
    }

    // Answers and tags for the whole range in two queries, ordered so each list comes out sorted.
    auto answers = m_db.prepare(QStringLiteral(
        "SELECT cb.checkin_id, cb.boundary_id, cb.status FROM checkin_boundaries cb JOIN checkins c ON c.id = "
        "cb.checkin_id WHERE c.day BETWEEN ?1 AND ?2 ORDER BY cb.checkin_id, cb.boundary_id"));
    if (!answers) {
        return withContext(answers.error(), context);
    }
    answers->bind(1, lowKey(from)).bind(2, highKey(to));
    read = answers->forEachRow([&](const Statement &row) {
        if (const auto status = boundaryStatusFromKey(row.columnText(2))) {
            result[indexById.value(row.columnInt64(0))].boundaries.push_back({row.columnInt64(1), *status});
        }
    });
    if (!read) {
        return withContext(read.error(), context);
    }

    auto tags = m_db.prepare(
        QStringLiteral("SELECT ct.checkin_id, ct.tag_id FROM checkin_tags ct JOIN checkins c ON c.id = ct.checkin_id "
                       "WHERE c.day BETWEEN ?1 AND ?2 ORDER BY ct.checkin_id, ct.tag_id"));
    if (!tags) {
        return withContext(tags.error(), context);
    }
    tags->bind(1, lowKey(from)).bind(2, highKey(to));
    read = tags->forEachRow([&](const Statement &row) {
        result[indexById.value(row.columnInt64(0))].tagIds.push_back(row.columnInt64(1));
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return result;
}

Result<CheckIn> CheckInRepository::save(CheckIn checkIn, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not save the check-in for %1").arg(dayKey(checkIn.date));
    if (const QStringList problems = validationProblems(checkIn); !problems.isEmpty()) {
        return Error{context + QStringLiteral(". ") + problems.join(QLatin1Char(' ')), 0, QStringLiteral("invalid")};
    }
    checkIn.normalize();

    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return withContext(tx.error(), context);
    }
    auto upsert = m_db.prepare(QStringLiteral(
        "INSERT INTO checkins (day, energy, mood, stress, load, sleep_minutes, sleep_quality, note, note_shared, "
        "created_at, updated_at, unrecorded_count, note_bring_up) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "?10, "
        "?11, ?12) "
        "ON CONFLICT (day) DO UPDATE SET energy = excluded.energy, mood = excluded.mood, stress = excluded.stress, "
        "load = excluded.load, sleep_minutes = excluded.sleep_minutes, sleep_quality = excluded.sleep_quality, "
        "note = excluded.note, note_shared = excluded.note_shared, updated_at = excluded.updated_at, "
        "unrecorded_count = excluded.unrecorded_count, note_bring_up = excluded.note_bring_up RETURNING id, "
        "created_at"));
    if (!upsert) {
        return withContext(upsert.error(), context);
    }
    upsert->bind(1, dayKey(checkIn.date))
        .bind(2, checkIn.energy)
        .bind(3, checkIn.mood)
        .bind(4, checkIn.stress)
        .bind(5, checkIn.load)
        .bind(6, checkIn.sleepMinutes)
        .bind(7, checkIn.sleepQuality)
        .bind(8, checkIn.note)
        .bind(9, checkIn.noteShared ? 1 : 0)
        .bind(10, instantKey(now))
        .bind(12, checkIn.noteBringUp ? 1 : 0);
    if (checkIn.unrecordedCount) {
        upsert->bind(11, boundaryCountKey(*checkIn.unrecordedCount));
    } else {
        upsert->bindNull(11);
    }
    auto row = upsert->step();
    if (!row) {
        return withContext(row.error(), context);
    }
    const qint64 id = upsert->columnInt64(0);
    checkIn.createdAt = instantFromKey(upsert->columnText(1));
    checkIn.updatedAt = instantFromKey(instantKey(now));
    if (auto r = upsert->run(); !r) { // finish the RETURNING statement before the next one
        return withContext(r.error(), context);
    }
    if (auto r = writeAnswers(id, checkIn); !r) {
        return withContext(r.error(), context);
    }
    if (auto r = tx->commit(); !r) {
        return withContext(r.error(), context);
    }
    return checkIn;
}

Result<void> CheckInRepository::writeAnswers(qint64 checkInId, const CheckIn &checkIn)
{
    for (const char *sql :
         {"DELETE FROM checkin_boundaries WHERE checkin_id = ?1", "DELETE FROM checkin_tags WHERE checkin_id = ?1"}) {
        auto del = m_db.prepare(QString::fromUtf8(sql));
        if (!del) {
            return del.error();
        }
        if (auto r = del->bind(1, checkInId).run(); !r) {
            return r;
        }
    }
    auto answer = m_db.prepare(
        QStringLiteral("INSERT INTO checkin_boundaries (checkin_id, boundary_id, status) VALUES (?1, ?2, ?3)"));
    if (!answer) {
        return answer.error();
    }
    for (const BoundaryAnswer &a : checkIn.boundaries) {
        answer->reset();
        if (auto r = answer->bind(1, checkInId).bind(2, a.boundaryId).bind(3, boundaryStatusKey(a.status)).run(); !r) {
            return r;
        }
    }
    auto tag = m_db.prepare(QStringLiteral("INSERT INTO checkin_tags (checkin_id, tag_id) VALUES (?1, ?2)"));
    if (!tag) {
        return tag.error();
    }
    for (qint64 tagId : checkIn.tagIds) {
        tag->reset();
        if (auto r = tag->bind(1, checkInId).bind(2, tagId).run(); !r) {
            return r;
        }
    }
    return {};
}

Result<bool> CheckInRepository::remove(QDate day)
{
    const QString context = QStringLiteral("Could not delete the check-in for %1").arg(dayKey(day));
    auto del = m_db.prepare(QStringLiteral("DELETE FROM checkins WHERE day = ?1"));
    if (!del) {
        return withContext(del.error(), context);
    }
    if (auto r = del->bind(1, dayKey(day)).run(); !r) {
        return withContext(r.error(), context);
    }
    return m_db.changes() > 0;
}

Result<int> CheckInRepository::count() const
{
    auto n = m_db.queryInt(QStringLiteral("SELECT count(*) FROM checkins"));
    if (!n) {
        return withContext(n.error(), QStringLiteral("Could not count check-ins"));
    }
    return int(*n);
}

} // namespace ebb
