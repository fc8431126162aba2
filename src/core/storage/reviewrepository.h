// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "result.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace ebb {

class Database;

/** One place where the search found the words. */
struct SearchHit
{
    enum class Kind { CheckInNote, Note, Review };
    Kind kind = Kind::Note;
    QDate day;       ///< The day (for a review: its Monday).
    QString week;    ///< For a review: its ISO week.
    QString snippet; ///< The matching text with the found words in «».
};

/** Weekly reviews, the full-text search over everything written, and journal-wide settings. */
class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db);

    /** Saves the review, replacing the week's earlier answers (its created_at is kept). */
    Result<WeeklyReview> save(WeeklyReview review, const QDateTime &now);
    Result<std::optional<WeeklyReview>> find(const QString &week) const;
    /** The weeks that have a review, newest first. */
    Result<QStringList> weeks() const;

    /** Finds every word of `text` (as a prefix), newest first; at most `limit` hits. */
    Result<std::vector<SearchHit>> search(const QString &text, int limit = 200) const;

    Result<std::optional<QString>> setting(const QString &key) const;
    Result<void> setSetting(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace ebb
