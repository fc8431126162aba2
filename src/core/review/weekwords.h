// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/weeksummary.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace ebb {

/**
 * What the weekly review says first, before any number: a week in words. The page, `ebb-cli
 * review` and its JSON take these words from here.
 */
struct WeekWords
{
    /// One or two kind sentences: what was heavy, what helped, one thing that went well.
    QStringList lead;
    /// What Ebb noticed, at most three plain lines, most days first; empty in a quiet week.
    QStringList noticed;
};

/** Longest `WeekWords::noticed`: more lines than this read as a list of failings. */
constexpr int kMaxNoticedLines = 3;

WeekWords weekInWords(const WeekSummary &summary);

/**
 * A question on a pattern burnout often grows from (perfectionism, over-responsibility, feeling
 * valued only for what one does, expectations no one could meet, saying yes for others), offered
 * once a week beside the review's own questions.
 */
struct GentleQuestion
{
    QString key; ///< Stable: the answer is kept under "gentle", this names which question it was.
    QString text;
};

/** Every gentle question, in the order the weeks go through them. */
std::vector<GentleQuestion> gentleQuestions();

/** The question of the week that starts on `monday` (any day of it will do): never last week's. */
GentleQuestion gentleQuestionFor(QDate monday);

/** The key a gentle question's answer is kept under in a weekly review. */
inline const QString kGentleKey = QStringLiteral("gentle");

} // namespace ebb
