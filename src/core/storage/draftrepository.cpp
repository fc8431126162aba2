// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {

DraftRepository::DraftRepository(Database &db)
    : m_db(db)
{}

Result<void> DraftRepository::save(QDate day, const QString &payload, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not keep your unsaved changes");
    auto s = m_db.prepare(QStringLiteral("INSERT INTO drafts (day, payload, saved_at) VALUES (?1, ?2, ?3) "
                                         "ON CONFLICT (day) DO UPDATE SET payload = excluded.payload, "
                                         "saved_at = excluded.saved_at"));
    if (!s) {
        return withContext(s.error(), context);
    }
    if (auto r = s->bind(1, dayKey(day)).bind(2, payload).bind(3, instantKey(now)).run(); !r) {
        return withContext(r.error(), context);
    }
    return {};
}

Result<std::optional<Draft>> DraftRepository::find(QDate day) const
{
    const QString context = QStringLiteral("Could not read your unsaved changes");
    auto s = m_db.prepare(QStringLiteral("SELECT payload, saved_at FROM drafts WHERE day = ?1"));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, dayKey(day));
    auto row = s->step();
    if (!row) {
        return withContext(row.error(), context);
    }
    if (!*row) {
        return std::optional<Draft>();
    }
    return std::optional<Draft>(Draft{day, s->columnText(0), instantFromKey(s->columnText(1))});
}

Result<void> DraftRepository::remove(QDate day)
{
    auto s = m_db.prepare(QStringLiteral("DELETE FROM drafts WHERE day = ?1"));
    if (!s) {
        return withContext(s.error(), QStringLiteral("Could not clear a draft"));
    }
    if (auto r = s->bind(1, dayKey(day)).run(); !r) {
        return withContext(r.error(), QStringLiteral("Could not clear a draft"));
    }
    return {};
}

Result<std::vector<QDate>> DraftRepository::days() const
{
    auto s = m_db.prepare(QStringLiteral("SELECT day FROM drafts ORDER BY day"));
    if (!s) {
        return withContext(s.error(), QStringLiteral("Could not read drafts"));
    }
    std::vector<QDate> result;
    if (auto read = s->forEachRow([&](const Statement &row) { result.push_back(dayFromKey(row.columnText(0))); });
        !read) {
        return withContext(read.error(), QStringLiteral("Could not read drafts"));
    }
    return result;
}

} // namespace ebb
