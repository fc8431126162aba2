// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noterepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {
namespace {

const QString kNotFound = QStringLiteral("That note no longer exists.");

Result<void> checkNote(const Note &note)
{
    if (!note.date.isValid()) {
        return Error{QStringLiteral("The note has no valid date."), 0, QStringLiteral("date")};
    }
    if (note.body.trimmed().isEmpty()) {
        return Error{QStringLiteral("The note is empty."), 0, QStringLiteral("empty")};
    }
    return {};
}

} // namespace

NoteRepository::NoteRepository(Database &db)
    : m_db(db)
{}

Result<Note> NoteRepository::add(Note note, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not save the note");
    if (auto r = checkNote(note); !r) {
        return withContext(r.error(), context);
    }
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO notes (day, body, shared, created_at, updated_at, bring_up) VALUES (?1, ?2, ?3, ?4, ?4, ?5) "
        "RETURNING id"));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, dayKey(note.date)).bind(2, note.body).bind(3, note.shared ? 1 : 0).bind(4, instantKey(now));
    s->bind(5, note.bringUp ? 1 : 0);
    auto row = s->step();
    if (!row) {
        return withContext(row.error(), context);
    }
    note.id = s->columnInt64(0);
    if (auto r = s->run(); !r) {
        return withContext(r.error(), context);
    }
    note.createdAt = note.updatedAt = instantFromKey(instantKey(now));
    return note;
}

Result<Note> NoteRepository::update(Note note, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not save the note");
    if (auto r = checkNote(note); !r) {
        return withContext(r.error(), context);
    }
    auto r = updateOneRow(
        m_db,
        QStringLiteral("UPDATE notes SET day = ?2, body = ?3, shared = ?4, updated_at = ?5, bring_up = ?6 WHERE id "
                       "= ?1"),
        [&](Statement &s) {
            s.bind(1, note.id).bind(2, dayKey(note.date)).bind(3, note.body).bind(4, note.shared ? 1 : 0);
            s.bind(5, instantKey(now)).bind(6, note.bringUp ? 1 : 0);
        },
        context, kNotFound);
    if (!r) {
        return r.error();
    }
    note.updatedAt = instantFromKey(instantKey(now));
    return note;
}

Result<void> NoteRepository::remove(qint64 id)
{
    return updateOneRow(
        m_db, QStringLiteral("DELETE FROM notes WHERE id = ?1"), [&](Statement &s) { s.bind(1, id); },
        QStringLiteral("Could not delete the note"), kNotFound);
}

Result<std::vector<Note>> NoteRepository::inRange(QDate from, QDate to) const
{
    const QString context = QStringLiteral("Could not read notes");
    // Reading never migrates: a journal from before schema 5 has no "bring up" mark.
    auto version = m_db.userVersion();
    if (!version) {
        return withContext(version.error(), context);
    }
    auto s = m_db.prepare(QStringLiteral("SELECT id, day, body, shared, created_at, updated_at, %1 FROM notes "
                                         "WHERE day BETWEEN ?1 AND ?2 ORDER BY day, created_at, id")
                              .arg(*version >= 5 ? QStringLiteral("bring_up") : QStringLiteral("0")));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, from.isValid() ? dayKey(from) : QStringLiteral("0000-01-01"))
        .bind(2, to.isValid() ? dayKey(to) : QStringLiteral("9999-12-31"));
    std::vector<Note> result;
    auto read = s->forEachRow([&](const Statement &row) {
        result.push_back({row.columnInt64(0), dayFromKey(row.columnText(1)), row.columnText(2), row.columnInt(3) != 0,
                          instantFromKey(row.columnText(4)), instantFromKey(row.columnText(5)), row.columnInt(6) != 0});
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return result;
}

} // namespace ebb
