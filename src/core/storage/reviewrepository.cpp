// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {
ReviewRepository::ReviewRepository(Database &db)
    : m_db(db)
{}

Result<WeeklyReview> ReviewRepository::save(WeeklyReview review, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not save the review of %1").arg(review.week);
    if (!mondayOfWeek(review.week)) {
        return Error{context + QStringLiteral(". That is not a week Ebb knows."), 0, QStringLiteral("week")};
    }
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return withContext(tx.error(), context);
    }
    auto upsert = m_db.prepare(
        QStringLiteral("INSERT INTO reviews (week, created_at, updated_at) VALUES (?1, ?2, ?2) "
                       "ON CONFLICT (week) DO UPDATE SET updated_at = excluded.updated_at RETURNING created_at"));
    if (!upsert) {
        return withContext(upsert.error(), context);
    }
    upsert->bind(1, review.week).bind(2, instantKey(now));
    if (auto row = upsert->step(); !row) {
        return withContext(row.error(), context);
    }
    review.createdAt = instantFromKey(upsert->columnText(0));
    review.updatedAt = instantFromKey(instantKey(now));
    if (auto r = upsert->run(); !r) {
        return withContext(r.error(), context);
    }
    auto clear = m_db.prepare(QStringLiteral("DELETE FROM review_answers WHERE week = ?1"));
    if (!clear) {
        return withContext(clear.error(), context);
    }
    if (auto r = clear->bind(1, review.week).run(); !r) {
        return withContext(r.error(), context);
    }
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO review_answers (week, position, prompt_key, prompt, answer) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insert) {
        return withContext(insert.error(), context);
    }
    for (size_t i = 0; i < review.answers.size(); ++i) {
        const ReviewAnswer &a = review.answers[i];
        insert->reset();
        insert->bind(1, review.week).bind(2, int(i)).bind(3, a.key).bind(4, a.prompt).bind(5, a.answer);
        if (auto r = insert->run(); !r) {
            return withContext(r.error(), context);
        }
    }
    if (auto r = tx->commit(); !r) {
        return withContext(r.error(), context);
    }
    return review;
}

Result<std::optional<WeeklyReview>> ReviewRepository::find(const QString &week) const
{
    const QString context = QStringLiteral("Could not read the review of %1").arg(week);
    auto head = m_db.prepare(QStringLiteral("SELECT created_at, updated_at FROM reviews WHERE week = ?1"));
    if (!head) {
        return withContext(head.error(), context);
    }
    head->bind(1, week);
    auto row = head->step();
    if (!row) {
        return withContext(row.error(), context);
    }
    if (!*row) {
        return std::optional<WeeklyReview>();
    }
    WeeklyReview review{week, {}, instantFromKey(head->columnText(0)), instantFromKey(head->columnText(1))};
    auto answers = m_db.prepare(
        QStringLiteral("SELECT prompt_key, prompt, answer FROM review_answers WHERE week = ?1 ORDER BY position"));
    if (!answers) {
        return withContext(answers.error(), context);
    }
    answers->bind(1, week);
    auto read = answers->forEachRow([&](const Statement &a) {
        review.answers.push_back({a.columnText(0), a.columnText(1), a.columnText(2)});
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return std::optional<WeeklyReview>(std::move(review));
}

Result<QStringList> ReviewRepository::weeks() const
{
    auto s = m_db.prepare(QStringLiteral("SELECT week FROM reviews ORDER BY week DESC"));
    if (!s) {
        return withContext(s.error(), QStringLiteral("Could not list your reviews"));
    }
    QStringList weeks;
    if (auto read = s->forEachRow([&](const Statement &row) { weeks << row.columnText(0); }); !read) {
        return withContext(read.error(), QStringLiteral("Could not list your reviews"));
    }
    return weeks;
}

} // namespace ebb
