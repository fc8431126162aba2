// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacinghistory.h"

#include <QDate>
#include <QString>

namespace ebb {

/**
 * The one table of the words a person reads for each pacing flag and each measure, translated.
 * Every place that shows a flag or a measure (the status panel, Trends, the weekly review, the
 * report, `ebb-cli`'s text) takes its words from here, so no internal id ("poor_sleep",
 * "sleep_hours") ever reaches a person. Ids stay in the JSON outputs, which are for programs.
 */

/** A flag's name in words ("Energy below the usual"); an unknown id gives a neutral phrase, never the id. */
QString flagName(const QString &id);

/** A measure's name for a heading, a label or a table row ("Energy", "Hours of sleep"). */
QString measureName(Metric metric);

/** A measure's name inside a sentence, after "your" ("energy", "hours of sleep"). */
QString measureInSentence(Metric metric);

/** A measure's name with its scale, for tables ("Energy (0–10)", "Sleep quality (1–5)"). */
QString measureWithScale(Metric metric);

/** "a, b and c" in the person's language. */
QString listInWords(const QStringList &items);

/** A day as a person says it, in their language, without the year ("Monday 23 November"). */
QString dayInWords(QDate day);

/**
 * A day short, in the person's language: "10 Nov 2026", "10. Nov. 2026", "Nov 10, 2026"; without
 * the year when `withYear` is false. Taken from the locale's long format, so its order and
 * punctuation are the language's own.
 */
QString shortDay(QDate day, bool withYear = true);

/** The format shortDay uses, for axes and other places that take a format. */
QString shortDayFormat(bool withYear = true);

/** What the two ends of a scale mean, in words ("empty" … "full of energy"). */
struct ScaleEnds
{
    int low = 0;
    int high = 10;
    QString lowWord;
    QString highWord;
};

/** The ends of a 0–10 measure or of sleep quality (1–5); sleep hours has none. */
ScaleEnds scaleEnds(Metric metric);

} // namespace ebb
