// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ebb {

/** A question of the weekly review. `key` stays the same when the person rewords the question. */
struct ReviewPrompt
{
    QString key;
    QString text;

    bool operator==(const ReviewPrompt &) const = default;
};

/** One answer, saved with the question as it was asked that week. */
struct ReviewAnswer
{
    QString key;
    QString prompt;
    QString answer;

    bool operator==(const ReviewAnswer &) const = default;
};

/** The person's reflection on one ISO week. */
struct WeeklyReview
{
    QString week; ///< ISO week, "2026-W48".
    std::vector<ReviewAnswer> answers;
    QDateTime createdAt;
    QDateTime updatedAt;

    /** The answer to the prompt with `key`, or an empty string. */
    QString answer(const QString &key) const;
    /** The question the answer with `key` was given to, as it was asked then, or an empty string. */
    QString prompt(const QString &key) const;
};

/** The key of the free-text answer, and of the "one small change for next week" prompt. */
inline const QString kFreeTextKey = QStringLiteral("free");
inline const QString kChangeKey = QStringLiteral("change");

/** The questions Ebb asks by default (the person may reword them). */
std::vector<ReviewPrompt> defaultReviewPrompts();

/** "2026-W48" for any day of that ISO week (Monday to Sunday; the year is the ISO week-year). */
QString isoWeekKey(QDate day);
/** The Monday of an ISO week key, or nullopt when the key is not a real week. */
std::optional<QDate> mondayOfWeek(const QString &key);

} // namespace ebb
