// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcheckrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {
namespace {

constexpr int kFirstSchema = 5; // self_checks came with schema 5

} // namespace

SelfCheckRepository::SelfCheckRepository(Database &db)
    : m_db(db)
{}

Result<SelfCheck> SelfCheckRepository::save(SelfCheck check, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not save the self-check for %1").arg(dayKey(check.date));
    if (const QStringList problems = validationProblems(check); !problems.isEmpty()) {
        return Error{context + QStringLiteral(". ") + problems.join(QLatin1Char(' ')), 0, QStringLiteral("invalid")};
    }
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO self_checks (day, tired, physically_exhausted, emotionally_exhausted, cannot_take_it, worn_out, "
        "weak_and_ill, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8) ON CONFLICT (day) DO "
        "UPDATE SET tired = excluded.tired, physically_exhausted = excluded.physically_exhausted, "
        "emotionally_exhausted = excluded.emotionally_exhausted, cannot_take_it = excluded.cannot_take_it, "
        "worn_out = excluded.worn_out, weak_and_ill = excluded.weak_and_ill, updated_at = excluded.updated_at "
        "RETURNING created_at"));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, dayKey(check.date)).bind(8, instantKey(now));
    for (int i = 0; i < kSelfCheckItems; ++i) {
        s->bind(2 + i, check.answers[size_t(i)]);
    }
    auto row = s->step();
    if (!row) {
        return withContext(row.error(), context);
    }
    check.createdAt = instantFromKey(s->columnText(0));
    check.updatedAt = instantFromKey(instantKey(now));
    if (auto r = s->run(); !r) { // finish the RETURNING statement
        return withContext(r.error(), context);
    }
    return check;
}

Result<bool> SelfCheckRepository::remove(QDate day)
{
    const QString context = QStringLiteral("Could not remove the self-check for %1").arg(dayKey(day));
    auto s = m_db.prepare(QStringLiteral("DELETE FROM self_checks WHERE day = ?1"));
    if (!s) {
        return withContext(s.error(), context);
    }
    if (auto r = s->bind(1, dayKey(day)).run(); !r) {
        return withContext(r.error(), context);
    }
    return m_db.changes() > 0;
}

Result<std::vector<SelfCheck>> SelfCheckRepository::all() const
{
    const QString context = QStringLiteral("Could not read the self-checks");
    // Reading never migrates (ebb-cli list, export): an older journal simply has none.
    auto version = m_db.userVersion();
    if (!version) {
        return withContext(version.error(), context);
    }
    std::vector<SelfCheck> out;
    if (*version < kFirstSchema) {
        return out;
    }
    auto s = m_db.prepare(QStringLiteral(
        "SELECT day, tired, physically_exhausted, emotionally_exhausted, cannot_take_it, worn_out, weak_and_ill, "
        "created_at, updated_at FROM self_checks ORDER BY day"));
    if (!s) {
        return withContext(s.error(), context);
    }
    auto read = s->forEachRow([&](const Statement &row) {
        SelfCheck c;
        c.date = dayFromKey(row.columnText(0));
        for (int i = 0; i < kSelfCheckItems; ++i) {
            c.answers[size_t(i)] = row.columnOptionalInt(1 + i);
        }
        c.createdAt = instantFromKey(row.columnText(7));
        c.updatedAt = instantFromKey(row.columnText(8));
        out.push_back(c);
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return out;
}

} // namespace ebb
