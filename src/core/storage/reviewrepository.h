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

/** Weekly reviews: the answers to the week's prompts. */
class ReviewRepository
{
public:
    explicit ReviewRepository(Database &db);

    /** Saves the review, replacing the week's earlier answers (its created_at is kept). */
    Result<WeeklyReview> save(WeeklyReview review, const QDateTime &now);
    Result<std::optional<WeeklyReview>> find(const QString &week) const;
    /** The weeks that have a review, newest first. */
    Result<QStringList> weeks() const;

private:
    Database &m_db;
};

} // namespace ebb
