// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsummary.h"

#include "pacing/humannames.h"
#include "pacing/longerviewtext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

/** A change smaller than this is "about the same": half a point, half an hour, a third of a quality step. */
double noticeable(Metric m)
{
    return m == Metric::SleepQuality ? 0.3 : 0.5;
}

QString valueText(Metric m, double v)
{
    const QString n = QLocale().toString(v, 'f', 1);
    // A no-break space: never "7.5" at a line end and "h" below it.
    return m == Metric::SleepHours ? tr("%1 h").arg(n).replace(QLatin1Char(' '), QChar(0x00A0)) : n;
}

QString percent(int part, int whole)
{
    return QString::number(whole > 0 ? std::lround(100.0 * part / whole) : 0);
}

} // namespace

QString changeSummary(const ReportData &d)
{
    if (d.daysRecorded == 0) {
        return tr("No check-ins in this period, so there is nothing to compare.");
    }
    // Against the days before when they hold enough values for some measure; else against the
    // person's usual. A measure is only ever set against what it has.
    bool anyBefore = false;
    for (const MetricWeek &w : d.metrics) {
        anyBefore = anyBefore || (w.mean && w.previousMean);
    }
    QStringList moved;
    QStringList steady;
    for (int i = 0; i < kMetricCount; ++i) {
        const Metric m = Metric(i);
        const MetricWeek &w = d.metrics[size_t(i)];
        const std::optional<double> against = anyBefore ? w.previousMean : w.usual;
        if (!w.mean || !against) {
            continue;
        }
        const double change = *w.mean - *against;
        if (std::abs(change) < noticeable(m)) {
            steady << measureInSentence(m);
            continue;
        }
        if (anyBefore) {
            const QString usual = w.usual ? tr("; usual %1").arg(valueText(m, *w.usual)) : QString();
            moved << (change > 0 ? tr("%1 went up (%2 to %3%4)") : tr("%1 went down (%2 to %3%4)"))
                         .arg(measureInSentence(m), valueText(m, *w.previousMean), valueText(m, *w.mean), usual);
        } else {
            moved << (change > 0 ? tr("%1 was above the usual (%2; usual %3)")
                                 : tr("%1 was below the usual (%2; usual %3)"))
                         .arg(measureInSentence(m), valueText(m, *w.mean), valueText(m, *w.usual));
        }
    }
    QString text;
    if (anyBefore) {
        const QString lead = tr("Compared with the %1 days before").arg(d.daysInRange);
        text = moved.isEmpty() ? tr("%1, nothing changed by much.").arg(lead)
                               : tr("%1, %2.").arg(lead, listInWords(moved));
    } else if (steady.isEmpty() && moved.isEmpty()) {
        return tr("There are too few check-ins before this period, and no usual yet, to compare with.");
    } else {
        text = moved.isEmpty() ? tr("There are too few check-ins before this period to compare with; against the "
                                    "person's usual, nothing stood out.")
                               : tr("There are too few check-ins before this period to compare with; against the "
                                    "person's usual, %1.")
                                     .arg(listInWords(moved));
    }
    if (!steady.isEmpty() && !moved.isEmpty()) {
        text += QLatin1Char(' ') + tr("About the same: %1.").arg(listInWords(steady));
    }
    if (const QString longer = longerViewLine(d); !longer.isEmpty()) {
        text += QLatin1Char(' ') + longer;
    }
    return text;
}

QString longerViewLine(const ReportData &d)
{
    QStringList items;
    const QDate asOf = d.options.to.isValid() ? d.options.to : QDate::currentDate();
    for (const LongerViewNote &n : d.longerView) {
        const Metric m = metricOf(n.measure);
        const bool higher = n.recentMean > n.anchorMean;
        const QString way = higher ? tr("higher") : tr("lower");
        if (n.direction == Direction::Worse) {
            items << tr("%1 %2 than in steadier weeks %3, for %4")
                         .arg(measureInSentence(m), way, monthsInWords(n.anchorFrom, n.anchorTo, asOf),
                              aboutHowLong(int(n.since.daysTo(asOf)) + 1));
        } else if (n.firstWeeks) {
            items << tr("%1 %2 than in the first weeks with Ebb").arg(measureInSentence(m), way);
        } else {
            items << tr("%1 %2 than in steadier weeks %3")
                         .arg(measureInSentence(m), way, monthsInWords(n.anchorFrom, n.anchorTo, asOf));
        }
    }
    return items.isEmpty() ? QString() : tr("Over a longer view: %1.").arg(items.join(QStringLiteral("; ")));
}

QString daysRecordedLine(const ReportData &d)
{
    const int missed = d.daysMissed();
    if (missed > 1) {
        return tr("%1 of %2 days have a check-in; %3 days were not recorded.")
            .arg(d.daysRecordedExpected)
            .arg(d.daysExpected)
            .arg(missed);
    }
    return (missed == 1 ? tr("%1 of %2 days have a check-in; 1 day was not recorded.")
                        : tr("%1 of %2 days have a check-in: every day was recorded."))
        .arg(d.daysRecordedExpected)
        .arg(d.daysExpected);
}

QStringList selfCheckLines(const ReportData &d)
{
    const std::vector<SelfCheck> scored = scoredSelfChecks(d.selfChecks);
    if (scored.empty()) {
        return {tr("No burnout self-check yet (a monthly check of six questions, in Ebb's Review page).")};
    }
    const SelfCheck &latest = scored.back();
    const auto whole = [](double v) {
        return QString::number(std::lround(v));
    };
    QString first = tr("%1 of 100 on %2").arg(whole(*latest.score()), reportDay(latest.date));
    if (scored.size() > 1) {
        QStringList earlier;
        const size_t from = scored.size() > 4 ? scored.size() - 4 : 0;
        for (size_t i = from; i + 1 < scored.size(); ++i) {
            earlier << QStringLiteral("%1 (%2)").arg(whole(*scored[i].score()), reportDay(scored[i].date));
        }
        first += tr("; before it: %1").arg(earlier.join(QStringLiteral(", ")));
    }
    first += QLatin1Char('.');
    return {first, tr("The personal burnout scale of the Copenhagen Burnout Inventory: 0 to 100, the person's own "
                      "answers to six questions about tiredness and exhaustion. Studies usually call 50 or more "
                      "high. It is a self-check, not a diagnosis.")};
}

QStringList tagLines(const ReportData &d, bool lowEnergy, TextEscape escape)
{
    QStringList lines;
    for (const TagBefore &t : lowEnergy ? d.tagsBefore.beforeLowEnergy : d.tagsBefore.beforeGoodDays) {
        // One arg() for all: a tag named "%2" stays a name.
        lines << (lowEnergy ? tr("Before low-energy days: %1 — the day before %2 of %3 low-energy days (%4%), and "
                                 "before %5 of %6 other days (%7%)")
                            : tr("Before good days: %1 — the day before %2 of %3 good days (%4%), and before %5 of "
                                 "%6 other days (%7%)"))
                     .arg(escape != nullptr ? escape(t.tag) : t.tag, QString::number(t.before),
                          QString::number(t.outOf), percent(t.before, t.outOf), QString::number(t.beforeOther),
                          QString::number(t.otherDays), percent(t.beforeOther, t.otherDays));
    }
    return lines;
}

QString tagCountsCaveat()
{
    return tr("Tags the person chose, counted over the eight weeks up to the report's last day. These are simple "
              "counts, not causes: a tag that often comes before a low day may only share a cause with it.");
}

QString topicText(const ReportNote &note)
{
    constexpr int kLongest = 300;
    const QString text = note.text.simplified();
    if (text.size() <= kLongest) {
        return text;
    }
    QString cut = text.left(kLongest);
    if (const qsizetype space = cut.lastIndexOf(QLatin1Char(' ')); space > kLongest / 2) {
        cut.truncate(space);
    }
    return cut + QStringLiteral("…");
}

QString episodeLine(const FlagEpisode &e)
{
    const QString span = e.from == e.to ? reportDay(e.from) : tr("%1 to %2").arg(reportDay(e.from), reportDay(e.to));
    return e.reachedWarning ? tr("%1: %2 — reached Ebb's stronger level").arg(flagName(e.id), span)
                            : tr("%1: %2").arg(flagName(e.id), span);
}

QString patternLevelsExplained()
{
    return tr("Ebb shows a pattern at one of two levels: first as worth a gentle look, and at its stronger level "
              "(\"time to take care\") when the change has been larger or gone on longer, measured against the "
              "person's own usual.");
}

} // namespace ebb
