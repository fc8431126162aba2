// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacingsummary.h"

#include "pacing/humannames.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

// About two weeks of check-ins before a personal usual exists (PACING.md: 14 recorded days).
constexpr int kLearningCheckIns = 14;

std::optional<double> number(const Flag &flag, const char *key)
{
    for (const auto &[name, value] : flag.evidence) {
        if (name == QLatin1String(key)) {
            return value;
        }
    }
    return std::nullopt;
}

int whole(const Flag &flag, const char *key)
{
    return int(std::lround(number(flag, key).value_or(0.0)));
}

QString decimal(double v)
{
    return QLocale().toString(v, 'f', 1);
}

QString dayText(QDate d)
{
    return dayInWords(d);
}

const Flag *find(const std::vector<Flag> &flags, const char *id)
{
    const auto it = std::find_if(flags.begin(), flags.end(), [&](const Flag &f) { return f.id == QLatin1String(id); });
    return it != flags.end() ? &*it : nullptr;
}

Metric slideMetric(const QString &id)
{
    if (id == QLatin1String("mood_slide")) {
        return Metric::Mood;
    }
    if (id == QLatin1String("load_slide")) {
        return Metric::Load;
    }
    if (id == QLatin1String("sleep_slide")) {
        return Metric::SleepHours;
    }
    if (id == QLatin1String("sleep_quality_slide")) {
        return Metric::SleepQuality;
    }
    return id == QLatin1String("stress_slide") ? Metric::Stress : Metric::Energy;
}

/** The usual range of a slide's measure: whole points on its scale, half hours of sleep. */
std::pair<double, double> usualRange(const Flag &f)
{
    const double m = number(f, "baseline_median").value_or(0.0);
    const double s = number(f, "baseline_scale").value_or(0.0);
    const Metric metric = slideMetric(f.id);
    const bool hours = metric == Metric::SleepHours;
    const double step = hours ? 0.5 : 1.0;
    const ScaleEnds ends = scaleEnds(metric);
    const double bottom = hours ? 0.0 : ends.low;
    const double top = hours ? 24.0 : ends.high;
    const double low = std::clamp(std::round((m - s) / step) * step, bottom, top);
    const double high = std::clamp(std::round((m + s) / step) * step, bottom, top);
    return {low, high};
}

QString rangeText(std::pair<double, double> range)
{
    return range.first == range.second
               ? QLocale().toString(range.first)
               : tr("%1 to %2").arg(QLocale().toString(range.first)).arg(QLocale().toString(range.second));
}

/** One plain sentence per flag: what was seen, in the person's own numbers. */
QString explain(const Flag &f)
{
    const QString &id = f.id;
    if (id.endsWith(QLatin1String("_slide"))) {
        // "Worse" is measured against the middle of the person's usual, so that is the number named.
        const Metric m = slideMetric(id);
        const QString middle = QLocale().toString(number(f, "baseline_median").value_or(0.0), 'g', 3);
        const bool higherIsWorse = m == Metric::Stress || m == Metric::Load;
        QString line = (higherIsWorse ? tr("%1: usually about %2 (most days %3). On %4 of your last %5 "
                                           "check-ins it was higher.")
                                      : tr("%1: usually about %2 (most days %3). On %4 of your last %5 "
                                           "check-ins it was lower."))
                           .arg(measureName(m), middle, rangeText(usualRange(f)))
                           .arg(whole(f, "days_worse"))
                           .arg(whole(f, "days_recorded"));
        if (const auto mean = number(f, "recent_mean")) {
            line += QLatin1Char(' ') + (m == Metric::SleepHours     ? tr("Those nights averaged %1 hours.")
                                        : m == Metric::SleepQuality ? tr("Those nights averaged %1 of 5.")
                                                                    : tr("Those days averaged %1."))
                                           .arg(decimal(*mean));
        }
        return line;
    }
    if (id == QLatin1String("stress_climbing")) {
        // The slope is per day; over the two weeks it was measured on, that is the rise a person noticed.
        const double rise = number(f, "slope_per_day").value_or(0.0) * 13.0;
        return tr("Over the last two weeks your stress rose by about %1 points. This week it was mostly around "
                  "%2, where your usual is about %3.")
            .arg(decimal(rise), decimal(number(f, "recent_median").value_or(0.0)),
                 decimal(number(f, "baseline_median").value_or(0.0)));
    }
    if (id == QLatin1String("sleep_debt")) {
        return tr("Over the %1 nights you recorded this week, you slept about %2 hours less in all than the %3 "
                  "hours a night you need.")
            .arg(whole(f, "nights"))
            .arg(decimal(number(f, "debt_hours").value_or(0.0)), decimal(number(f, "need_hours").value_or(7.0)));
    }
    if (id == QLatin1String("poor_sleep")) {
        return tr("You rated %1 of your last %2 nights 1 or 2 out of 5.")
            .arg(whole(f, "poor_nights"))
            .arg(whole(f, "nights"));
    }
    if (id == QLatin1String("boundary_slips")) {
        QString line = tr("This week %1 of your %2 boundary answers were slips; usually it is about %3 in 10.")
                           .arg(whole(f, "slipped"))
                           .arg(whole(f, "answers"))
                           .arg(std::lround(number(f, "baseline_ratio").value_or(0.0) * 10.0));
        if (!f.evidenceNames.isEmpty()) {
            line += QLatin1Char(' ') + tr("Most often: %1.").arg(f.evidenceNames.join(QStringLiteral("; ")));
        }
        return line;
    }
    if (id == QLatin1String("envelope")) {
        return tr("On %1 of your last %2 check-ins, the day's load was 3 or more points above your energy.")
            .arg(whole(f, "days_over"))
            .arg(whole(f, "days_recorded"));
    }
    if (id == QLatin1String("boom_bust")) {
        QStringList days;
        for (const QString &d : f.evidenceDates) {
            days << dayText(QDate::fromString(d, Qt::ISODate));
        }
        return tr("Your big days: %1. Each was followed within a few days by a day with much less energy.")
            .arg(days.join(QStringLiteral(", ")));
    }
    const double ratio = number(f, "variability_ratio").value_or(1.0);
    QString line = tr("Over the last four weeks your energy, mood and stress have swung about %1 times as much "
                      "from day to day as in your steadier weeks.")
                       .arg(decimal(ratio));
    if (number(f, "autocorrelation_change").value_or(0.0) > 0.0) {
        line += QLatin1Char(' ') + tr("A low day has also more often been followed by another.");
    }
    return line + QLatin1Char(' ') +
           tr("Signs like this are uncertain: Ebb shows them so you can notice, not so you worry.");
}

QString togetherMessage(bool energy, bool mood, bool stress)
{
    if (energy && mood && stress) {
        return tr("Your energy and mood have been lower, and your stress higher, than your usual on most of your "
                  "recent days.");
    }
    if (energy && mood) {
        return tr("Your energy and mood have both been lower than your usual on most of your recent days.");
    }
    if (energy) {
        return tr("Your energy has been lower and your stress higher than your usual on most of your recent days.");
    }
    return tr("Your mood has been lower and your stress higher than your usual on most of your recent days.");
}

QString togetherTitle(bool energy, bool mood, bool stress)
{
    if (energy && mood && stress) {
        return tr("Energy, mood and stress together");
    }
    if (energy && mood) {
        return tr("Energy and mood together");
    }
    return energy ? tr("Energy and stress together") : tr("Mood and stress together");
}

Concern concernOf(const std::vector<const Flag *> &flags, const QString &key)
{
    Concern c;
    c.key = key;
    for (const Flag *f : flags) {
        c.severity = std::max(c.severity, f->severity);
        c.episodes.emplace_back(f->id, f->since);
        c.explanation << explain(*f);
    }
    const Flag &first = *flags.front();
    c.title = flagName(first.id);
    c.message = first.message;
    c.suggestion = first.suggestion;
    if (first.id.endsWith(QLatin1String("_slide")) || first.id == QLatin1String("stress_climbing")) {
        c.chartMetric = first.id == QLatin1String("stress_climbing") ? Metric::Stress : slideMetric(first.id);
        if (first.id == QLatin1String("stress_climbing")) {
            c.usualLow = c.usualHigh = number(first, "baseline_median");
        } else {
            const auto range = usualRange(first);
            c.usualLow = range.first;
            c.usualHigh = range.second;
        }
    } else if (first.id == QLatin1String("sleep_debt")) {
        c.chartMetric = Metric::SleepHours;
        c.usualLow = c.usualHigh = number(first, "need_hours");
    } else if (first.id == QLatin1String("poor_sleep")) {
        c.chartMetric = Metric::SleepQuality;
    }
    QDate since = first.since;
    for (const Flag *f : flags) {
        since = std::min(since, f->since);
    }
    c.explanation << tr("Ebb first noticed this on %1.").arg(dayText(since));
    return c;
}

// What matters most for pacing comes first among equal severities.
int priority(const QString &key)
{
    static const char *const kOrder[] = {"together",   "energy_slide", "boom_bust",  "envelope",       "stress",
                                         "load_slide", "sleep",        "mood_slide", "boundary_slips", "early_warning"};
    for (int i = 0; i < int(std::size(kOrder)); ++i) {
        if (key == QLatin1String(kOrder[i])) {
            return i;
        }
    }
    return int(std::size(kOrder));
}

std::vector<Concern> concernsOf(const std::vector<Flag> &flags)
{
    std::vector<Concern> out;
    std::vector<const Flag *> taken;
    const auto take = [&](std::vector<const Flag *> group, const QString &key) {
        std::erase(group, nullptr);
        if (!group.empty()) {
            taken.insert(taken.end(), group.begin(), group.end());
            out.push_back(concernOf(group, key));
        }
    };
    const Flag *energy = find(flags, "energy_slide");
    const Flag *mood = find(flags, "mood_slide");
    const Flag *stress = find(flags, "stress_slide");
    const Flag *climbing = find(flags, "stress_climbing");
    if (int(energy != nullptr) + int(mood != nullptr) + int(stress != nullptr) >= 2) {
        take({energy, mood, stress, climbing}, QStringLiteral("together"));
        Concern &c = out.back();
        c.title = togetherTitle(energy != nullptr, mood != nullptr, stress != nullptr);
        c.message = togetherMessage(energy != nullptr, mood != nullptr, stress != nullptr);
    } else {
        take({stress, climbing}, QStringLiteral("stress"));
    }
    take({find(flags, "sleep_debt"), find(flags, "sleep_slide"), find(flags, "sleep_quality_slide"),
          find(flags, "poor_sleep")},
         QStringLiteral("sleep"));
    for (const Flag &f : flags) {
        if (std::find(taken.begin(), taken.end(), &f) == taken.end()) {
            take({&f}, f.id);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Concern &a, const Concern &b) {
        return a.severity != b.severity ? a.severity > b.severity : priority(a.key) < priority(b.key);
    });
    return out;
}

} // namespace

PacingSummary summarizePacing(const PacingReport &report, int checkIns)
{
    PacingSummary s;
    s.status = report.status;
    s.concerns = concernsOf(report.flags);
    // Several measures better than in the first weeks are one piece of good news, told at once.
    QStringList better;
    for (const LongerViewNote &note : report.longerView) {
        if (note.direction == Direction::Better && note.firstWeeks) {
            better << measureInSentence(metricOf(note.measure));
        }
    }
    for (const LongerViewNote &note : report.longerView) {
        if (better.size() < 2 || note.direction != Direction::Better || !note.firstWeeks) {
            s.longerView << note.message;
        }
    }
    if (better.size() >= 2) {
        s.longerView << tr("Your %1 have been better than in your first weeks with Ebb.").arg(listInWords(better));
    }
    s.learning = s.concerns.empty() && report.learning.size() == kMetricCount;
    if (s.learning) {
        s.title = tr("Getting to know you");
        s.headline = checkIns < kLearningCheckIns
                         ? tr("Ebb is still learning what is usual for you: %1 of about %2 check-ins so far.")
                               .arg(checkIns)
                               .arg(kLearningCheckIns)
                         : tr("Ebb is still learning what is usual for you; a few more check-ins will do.");
        return s;
    }
    switch (report.status) {
    case PacingStatus::Steady:
        s.title = tr("Steady");
        s.headline = tr("Nothing stands out in your recent days.");
        if (std::any_of(report.longerView.begin(), report.longerView.end(),
                        [](const LongerViewNote &n) { return n.direction == Direction::Worse; })) {
            // Steady against a usual that has moved with the person is not all is well: say so gently.
            s.title = tr("Steady from day to day");
            s.headline = tr("Nothing new stands out in your recent days, but a longer view shows a change.");
        }
        if (!report.cleared.empty()) {
            s.headline += QLatin1Char(' ') + report.cleared.front().message;
        }
        break;
    case PacingStatus::Watch:
        s.title = tr("Worth a gentle look");
        s.headline = s.concerns.size() == 1 ? tr("Ebb noticed one thing in your recent days.")
                                            : tr("Ebb noticed a few things. Here is the one that matters most.");
        break;
    case PacingStatus::TakeCare:
        s.title = tr("Time to take care");
        s.headline = tr("Your recent days show some strain. Please be gentle with yourself.");
        break;
    }
    return s;
}

int foldedCount(const PacingSummary &summary, bool thanked)
{
    const int cards = int(summary.concerns.size()) - (thanked ? 0 : 1);
    const int lines = int(summary.longerView.size()) - (summary.concerns.empty() && !thanked ? 1 : 0);
    return std::max(cards, 0) + std::max(lines, 0);
}

QString moreConcernsLine(int count)
{
    return count == 1 ? tr("One more thing Ebb noticed") : tr("%1 more things Ebb noticed").arg(count);
}

QString thankYouTitle()
{
    return tr("Thank you for checking in");
}

QString thankYouHeadline(const PacingSummary &summary)
{
    if (summary.concerns.empty()) {
        return tr("Today's check-in is saved.");
    }
    return tr("Today's check-in is saved. What Ebb noticed is here when you want it.");
}

QString summaryToText(const PacingSummary &summary, QDate asOf)
{
    QString out = QStringLiteral("%1 — %2\n%3\n")
                      .arg(QLocale().toString(asOf, QLocale::LongFormat), summary.title, summary.headline);
    for (const QString &line : summary.longerView) {
        out += QStringLiteral("%1\n").arg(line);
    }
    for (size_t i = 0; i < summary.concerns.size(); ++i) {
        const Concern &c = summary.concerns[i];
        if (i == 0) {
            out += QStringLiteral("\n%1\n  %2\n  %3\n").arg(c.title, c.message, c.suggestion);
            for (const QString &line : c.explanation) {
                out += QStringLiteral("  · %1\n").arg(line);
            }
            if (summary.concerns.size() > 1) {
                out += QLatin1Char('\n') + moreConcernsLine(int(summary.concerns.size() - 1)) + QLatin1Char(':') +
                       QLatin1Char('\n');
            }
        } else {
            out += QStringLiteral("  - %1: %2\n").arg(c.title, c.message);
        }
    }
    return out;
}

} // namespace ebb
