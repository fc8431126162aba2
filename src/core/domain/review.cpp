// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ebb {

QString WeeklyReview::answer(const QString &key) const
{
    for (const ReviewAnswer &a : answers) {
        if (a.key == key) {
            return a.answer;
        }
    }
    return {};
}

QString WeeklyReview::prompt(const QString &key) const
{
    const auto it = std::find_if(answers.begin(), answers.end(), [&](const ReviewAnswer &a) { return a.key == key; });
    return it != answers.end() ? it->prompt : QString();
}

std::vector<ReviewPrompt> defaultReviewPrompts()
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ebb", text);
    };
    return {
        {QStringLiteral("drained"), tr("What drained me this week?")},
        {QStringLiteral("restored"), tr("What restored me?")},
        {QStringLiteral("boundary"), tr("A boundary I held, or want to hold:")},
        {QStringLiteral("proud"), tr("Something I am proud of — it need not be about work:")},
        {kChangeKey, tr("One small change for next week:")},
    };
}

QString isoWeekKey(QDate day)
{
    int year = 0;
    const int week = day.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<QDate> mondayOfWeek(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    const auto match = pattern.match(key);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    // 4 January is always in week 1 of its ISO year.
    const QDate jan4(year, 1, 4);
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    if (week < 1 || isoWeekKey(monday) != key) {
        return std::nullopt; // e.g. week 53 of a year that has 52
    }
    return monday;
}

} // namespace ebb
