// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewformat.h"

#include "pacing/humannames.h"
#include "review/weekwords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

QString number(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
}

QJsonValue jsonNumber(std::optional<double> v)
{
    return v ? QJsonValue(std::round(*v * 100.0) / 100.0) : QJsonValue();
}

QJsonArray tagsJson(const std::vector<TagBefore> &tags)
{
    QJsonArray out;
    for (const TagBefore &t : tags) {
        out.append(QJsonObject{{QStringLiteral("tag"), t.tag},
                               {QStringLiteral("before"), t.before},
                               {QStringLiteral("out_of"), t.outOf},
                               {QStringLiteral("tagged_days"), t.taggedDays},
                               {QStringLiteral("recorded_days"), t.recordedDays},
                               {QStringLiteral("before_other"), t.beforeOther},
                               {QStringLiteral("other_days"), t.otherDays}});
    }
    return out;
}

} // namespace

QString weekSpread(const MetricWeek &w)
{
    if (!w.min || !w.max) {
        return QStringLiteral("–");
    }
    // One number when the week's values were all alike: a one-day week has no range.
    return *w.min == *w.max ? number(w.min) : QStringLiteral("%1–%2").arg(number(w.min), number(w.max));
}

QString tagBeforeText(const TagBefore &t, bool lowEnergy)
{
    const auto percent = [](int part, int whole) {
        return QString::number(whole > 0 ? std::lround(100.0 * part / whole) : 0);
    };
    // One arg() for all: a tag named "%2" stays a name.
    return (lowEnergy ? tr("%1 — the day before %2 of your %3 low-energy days (%4%), and before %5 of your %6 other "
                           "days (%7%)")
                      : tr("%1 — the day before %2 of your %3 good days (%4%), and before %5 of your %6 other days "
                           "(%7%)"))
        .arg(t.tag, QString::number(t.before), QString::number(t.outOf), percent(t.before, t.outOf),
             QString::number(t.beforeOther), QString::number(t.otherDays), percent(t.beforeOther, t.otherDays));
}

QString associationCaveat()
{
    return tr("These are simple counts over the last eight weeks, not causes: a tag that often comes before "
              "a low day may only share a cause with it.");
}

QString weekToMarkdown(const WeekSummary &s, const std::optional<WeeklyReview> &review)
{
    QString md =
        tr("# Week %1 (%2 to %3)\n\n").arg(s.week, s.monday.toString(Qt::ISODate), s.sunday.toString(Qt::ISODate));
    // Words first: the week in a sentence or two, what Ebb noticed, the person's own reflection.
    const WeekWords words = weekInWords(s);
    md += words.lead.join(QLatin1Char(' ')) + QStringLiteral("\n\n");
    if (!words.noticed.isEmpty()) {
        md += tr("What Ebb noticed:\n\n");
        for (const QString &line : words.noticed) {
            md += QStringLiteral("- %1\n").arg(line);
        }
        md += QLatin1Char('\n');
    }
    md += tr("## Your reflection\n\n");
    const bool answered = review && std::any_of(review->answers.begin(), review->answers.end(),
                                                [](const auto &a) { return !a.answer.trimmed().isEmpty(); });
    if (!answered) {
        md += tr("Nothing written for this week yet.\n\n");
    } else {
        for (const ReviewAnswer &a : review->answers) {
            if (!a.answer.trimmed().isEmpty()) {
                md += QStringLiteral("**%1**\n\n%2\n\n").arg(a.prompt, a.answer.trimmed());
            }
        }
    }

    // Then the numbers, for whoever wants them.
    md += tr("## The numbers\n\n");
    md += tr("Days with a check-in: %1 of %2\n\n").arg(s.daysRecorded).arg(s.daysSoFar);
    md += tr("| measure | this week | lowest–highest | week before | your usual |\n|---|---|---|---|---|\n");
    for (int m = 0; m < kMetricCount; ++m) {
        const MetricWeek &w = s.metrics[size_t(m)];
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(measureName(Metric(m)), number(w.mean), weekSpread(w), number(w.previousMean), number(w.usual));
    }
    if (s.bestDay) {
        md += tr("\nLightest day: %1. Heaviest day: %2.\n").arg(dayInWords(*s.bestDay), dayInWords(*s.hardestDay));
    }
    if (s.sleepNights > 0) {
        md += s.sleepNights == 1
                  ? tr("\nSleep: %1 h in one night; %2 h below your need.\n")
                        .arg(number(s.sleepHours), number(s.sleepDebtHours))
                  : tr("\nSleep: %1 h over %2 nights; %3 h below your need.\n")
                        .arg(number(s.sleepHours), QString::number(s.sleepNights), number(s.sleepDebtHours));
    }
    if (!s.boundaries.empty()) {
        md += tr("\n### Boundaries\n\n");
        for (const BoundaryWeek &b : s.boundaries) {
            md += tr("- %1: held %2, slipped %3\n").arg(b.text).arg(b.held).arg(b.slipped);
        }
    }
    if (!s.tagsBefore.beforeLowEnergy.empty() || !s.tagsBefore.beforeGoodDays.empty()) {
        md += tr("\n### Before low-energy and good days\n\n");
        for (const TagBefore &t : s.tagsBefore.beforeLowEnergy) {
            md += QStringLiteral("- %1\n").arg(tagBeforeText(t, true));
        }
        for (const TagBefore &t : s.tagsBefore.beforeGoodDays) {
            md += QStringLiteral("- %1\n").arg(tagBeforeText(t, false));
        }
        md += QLatin1Char('\n') + associationCaveat() + QLatin1Char('\n');
    }
    if (!s.longerView.empty()) {
        md += tr("\n### A longer view\n\n");
        for (const LongerViewNote &n : s.longerView) {
            md += n.message + QLatin1Char('\n');
        }
    }
    return md;
}

QJsonObject weekToJson(const WeekSummary &s, const std::optional<WeeklyReview> &review)
{
    QJsonObject metrics;
    for (int m = 0; m < kMetricCount; ++m) {
        const MetricWeek &w = s.metrics[size_t(m)];
        metrics.insert(metricKey(Metric(m)), QJsonObject{{QStringLiteral("days"), w.days},
                                                         {QStringLiteral("mean"), jsonNumber(w.mean)},
                                                         {QStringLiteral("min"), jsonNumber(w.min)},
                                                         {QStringLiteral("max"), jsonNumber(w.max)},
                                                         {QStringLiteral("previous_mean"), jsonNumber(w.previousMean)},
                                                         {QStringLiteral("usual"), jsonNumber(w.usual)}});
    }
    QJsonArray boundaries;
    for (const BoundaryWeek &b : s.boundaries) {
        boundaries.append(QJsonObject{{QStringLiteral("boundary"), b.text},
                                      {QStringLiteral("held"), b.held},
                                      {QStringLiteral("slipped"), b.slipped}});
    }
    QJsonArray flags;
    for (const FlagWeek &f : s.flags) {
        flags.append(QJsonObject{{QStringLiteral("id"), f.id}, {QStringLiteral("days"), f.days}});
    }
    QJsonArray longer;
    for (const LongerViewNote &n : s.longerView) {
        longer.append(QJsonObject{{QStringLiteral("measure"), n.measure},
                                  {QStringLiteral("direction"), directionKey(n.direction)},
                                  {QStringLiteral("since"), n.since.toString(Qt::ISODate)},
                                  {QStringLiteral("message"), n.message}});
    }
    QJsonArray answers;
    if (review) {
        for (const ReviewAnswer &a : review->answers) {
            answers.append(QJsonObject{{QStringLiteral("key"), a.key},
                                       {QStringLiteral("prompt"), a.prompt},
                                       {QStringLiteral("answer"), a.answer}});
        }
    }
    const auto day = [](const std::optional<QDate> &d) {
        return d ? QJsonValue(d->toString(Qt::ISODate)) : QJsonValue();
    };
    const WeekWords words = weekInWords(s);
    return QJsonObject{
        {QStringLiteral("week"), s.week},
        {QStringLiteral("words"), QJsonObject{{QStringLiteral("lead"), QJsonArray::fromStringList(words.lead)},
                                              {QStringLiteral("noticed"), QJsonArray::fromStringList(words.noticed)}}},
        {QStringLiteral("from"), s.monday.toString(Qt::ISODate)},
        {QStringLiteral("to"), s.sunday.toString(Qt::ISODate)},
        {QStringLiteral("days_recorded"), s.daysRecorded},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("best_day"), day(s.bestDay)},
        {QStringLiteral("hardest_day"), day(s.hardestDay)},
        {QStringLiteral("sleep"), QJsonObject{{QStringLiteral("hours"), std::round(s.sleepHours * 100) / 100},
                                              {QStringLiteral("debt_hours"), std::round(s.sleepDebtHours * 100) / 100},
                                              {QStringLiteral("nights"), s.sleepNights}}},
        {QStringLiteral("boundaries"), boundaries},
        {QStringLiteral("before_low_energy"), tagsJson(s.tagsBefore.beforeLowEnergy)},
        {QStringLiteral("before_good_days"), tagsJson(s.tagsBefore.beforeGoodDays)},
        {QStringLiteral("low_energy_days"), s.tagsBefore.lowEnergyDays},
        {QStringLiteral("good_days"), s.tagsBefore.goodDays},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("longer_view"), longer},
        {QStringLiteral("review"), review ? QJsonValue(answers) : QJsonValue()}};
}

} // namespace ebb
