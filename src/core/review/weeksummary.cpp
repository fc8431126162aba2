// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "weeksummary.h"

#include "domain/review.h"
#include "pacing/pacingtimeline.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

constexpr int kAssociationDays = 56; // eight weeks up to the week's Sunday
constexpr int kMinTimesBefore = 3;   // one or two coincidences are not worth showing

/** Mean of energy, mood and calm (10 − stress), whichever were recorded. */
std::optional<double> dayScore(const CheckIn &c)
{
    double sum = 0;
    int n = 0;
    for (auto v : {c.energy, c.mood}) {
        if (v) {
            sum += *v, ++n;
        }
    }
    if (c.stress) {
        sum += kScoreMax - *c.stress, ++n;
    }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

MetricWeek metricWeek(const std::vector<const CheckIn *> &week, const std::vector<const CheckIn *> &previous, Metric m)
{
    MetricWeek out;
    double sum = 0;
    for (const CheckIn *c : week) {
        if (const auto v = metricValue(*c, m)) {
            sum += *v;
            ++out.days;
            out.min = std::min(out.min.value_or(*v), *v);
            out.max = std::max(out.max.value_or(*v), *v);
        }
    }
    if (out.days > 0) {
        out.mean = sum / out.days;
    }
    double previousSum = 0;
    int previousDays = 0;
    for (const CheckIn *c : previous) {
        if (const auto v = metricValue(*c, m)) {
            previousSum += *v, ++previousDays;
        }
    }
    if (previousDays > 0) {
        out.previousMean = previousSum / previousDays;
    }
    return out;
}

std::vector<TagBefore> rank(const QMap<qint64, TagBefore> &counts)
{
    std::vector<TagBefore> out;
    for (const TagBefore &t : counts) {
        // before / outOf >= 1.5 × beforeOther / otherDays, in whole numbers.
        const bool clearlyMoreOften = 2 * qint64(t.before) * t.otherDays >= 3 * qint64(t.beforeOther) * t.outOf;
        if (t.before >= kMinTimesBefore && clearlyMoreOften) {
            out.push_back(t);
        }
    }
    std::sort(out.begin(), out.end(), [](const TagBefore &a, const TagBefore &b) {
        return a.before != b.before ? a.before > b.before : a.tag.compare(b.tag, Qt::CaseInsensitive) < 0;
    });
    return out;
}

TagAssociations associate(QDate lastDay, const std::vector<TimelineDay> &timeline,
                          const QHash<QDate, const CheckIn *> &byDay, const std::vector<Tag> &tags)
{
    TagAssociations summary;
    QHash<qint64, QString> names;
    for (const Tag &t : tags) {
        names.insert(t.id, t.name);
    }
    const QDate first = lastDay.addDays(1 - kAssociationDays);
    QHash<qint64, int> taggedDays;
    int recorded = 0;
    int scored = 0; // days with an energy score and a usual to set it against
    QMap<qint64, TagBefore> low;
    QMap<qint64, TagBefore> good;
    const size_t energy = size_t(Metric::Energy);
    for (const TimelineDay &day : timeline) {
        if (day.date < first || day.date > lastDay) {
            continue;
        }
        if (const CheckIn *c = byDay.value(day.date)) {
            ++recorded;
            for (qint64 id : c->tagIds) {
                ++taggedDays[id];
            }
        }
        const Baseline &b = day.baselines[energy];
        const float v = day.values[energy];
        if (!b.ready || std::isnan(v)) {
            continue;
        }
        ++scored;
        const bool isLow = v <= b.median - b.scale;
        const bool isGood = v >= b.median + b.scale;
        summary.lowEnergyDays += isLow ? 1 : 0;
        summary.goodDays += isGood ? 1 : 0;
        // Every scored day counts, so that a tag can be set against how often it comes before the others.
        if (const CheckIn *before = byDay.value(day.date.addDays(-1))) {
            for (qint64 id : before->tagIds) {
                for (auto [counts, hit] : {std::pair{&low, isLow}, std::pair{&good, isGood}}) {
                    TagBefore &t = (*counts)[id];
                    t.tag = names.value(id);
                    ++(hit ? t.before : t.beforeOther);
                }
            }
        }
    }
    for (auto *counts : {&low, &good}) {
        for (auto it = counts->begin(); it != counts->end(); ++it) {
            it->outOf = counts == &low ? summary.lowEnergyDays : summary.goodDays;
            it->otherDays = scored - it->outOf;
            it->taggedDays = taggedDays.value(it.key());
            it->recordedDays = recorded;
        }
    }
    summary.beforeLowEnergy = rank(low);
    summary.beforeGoodDays = rank(good);
    return summary;
}

} // namespace

TagAssociations tagsBeforeDays(const std::vector<TimelineDay> &timeline, const std::vector<CheckIn> &checkIns,
                               const std::vector<Tag> &tags, QDate lastDay)
{
    QHash<QDate, const CheckIn *> byDay;
    for (const CheckIn &c : checkIns) {
        byDay.insert(c.date, &c);
    }
    return associate(lastDay, timeline, byDay, tags);
}

std::optional<double> metricValue(const CheckIn &c, Metric m)
{
    std::optional<int> v;
    switch (m) {
    case Metric::Energy:
        v = c.energy;
        break;
    case Metric::Mood:
        v = c.mood;
        break;
    case Metric::Stress:
        v = c.stress;
        break;
    case Metric::Load:
        v = c.load;
        break;
    case Metric::SleepHours:
        return c.sleepHours();
    case Metric::SleepQuality:
        v = c.sleepQuality;
        break;
    }
    return v ? std::optional<double>(*v) : std::nullopt;
}

WeekSummary summarizeWeek(const std::vector<CheckIn> &checkIns, const std::vector<Boundary> &boundaries,
                          const std::vector<Tag> &tags, QDate monday, QDate today, const PacingSettings &settings,
                          const QSet<DismissedFlag> &dismissed)
{
    WeekSummary s;
    s.monday = monday.addDays(1 - monday.dayOfWeek()); // any day of the week will do
    s.sunday = s.monday.addDays(6);
    s.week = isoWeekKey(s.monday);
    // The engine carries flags over days without check-ins, so replaying past today would count
    // days that have not happened yet.
    const QDate last = today.isValid() ? std::clamp(today, s.monday, s.sunday) : s.sunday;
    s.daysSoFar = int(s.monday.daysTo(last)) + 1;

    std::vector<CheckIn> upToSunday;
    for (const CheckIn &c : checkIns) {
        if (c.date <= last) {
            upToSunday.push_back(c);
        }
    }
    std::sort(upToSunday.begin(), upToSunday.end(), [](const CheckIn &a, const CheckIn &b) { return a.date < b.date; });
    QHash<QDate, const CheckIn *> byDay;
    std::vector<const CheckIn *> week;
    std::vector<const CheckIn *> previous;
    for (const CheckIn &c : upToSunday) {
        byDay.insert(c.date, &c);
        if (c.date >= s.monday) {
            week.push_back(&c);
        } else if (c.date >= s.monday.addDays(-7)) {
            previous.push_back(&c);
        }
    }
    s.daysRecorded = int(week.size());

    const auto timeline = pacingTimeline(pacingDays(upToSunday, boundaries), settings, last, dismissed);
    if (!timeline.empty()) {
        s.longerView = timeline.back().longerView;
    }
    for (int m = 0; m < kMetricCount; ++m) {
        s.metrics[size_t(m)] = metricWeek(week, previous, Metric(m));
        if (!timeline.empty() && timeline.back().baselines[size_t(m)].ready) {
            s.metrics[size_t(m)].usual = timeline.back().baselines[size_t(m)].median;
        }
    }

    std::optional<double> best;
    std::optional<double> hardest;
    for (const CheckIn *c : week) {
        if (const auto score = dayScore(*c)) {
            if (!best || *score > *best) { // ties keep the earlier day
                best = score, s.bestDay = c->date;
            }
            if (!hardest || *score < *hardest) {
                hardest = score, s.hardestDay = c->date;
            }
        }
        if (const auto hours = c->sleepHours()) {
            ++s.sleepNights;
            s.sleepHours += *hours;
            s.sleepDebtHours += std::max(0.0, settings.sleepNeedHours - *hours);
        }
    }
    if (best && *best == *hardest) {
        // One day, or days that all score alike: none of them was the best or the hardest.
        s.bestDay.reset();
        s.hardestDay.reset();
    }

    for (const Boundary &b : boundaries) {
        BoundaryWeek bw{b.text, 0, 0};
        for (const CheckIn *c : week) {
            for (const BoundaryAnswer &a : c->boundaries) {
                if (a.boundaryId == b.id) {
                    bw.held += a.status == BoundaryStatus::Held ? 1 : 0;
                    bw.slipped += a.status == BoundaryStatus::Slipped ? 1 : 0;
                }
            }
        }
        if (b.isActive() || bw.held + bw.slipped > 0) {
            s.boundaries.push_back(bw);
        }
    }

    for (const Tag &t : tags) {
        const auto days = std::count_if(week.begin(), week.end(), [&](const CheckIn *c) {
            return std::find(c->tagIds.begin(), c->tagIds.end(), t.id) != c->tagIds.end();
        });
        if (days > 0) {
            s.tagsThisWeek.push_back({t.name, t.kind, int(days)});
        }
    }
    std::sort(s.tagsThisWeek.begin(), s.tagsThisWeek.end(), [](const TagWeek &a, const TagWeek &b) {
        return a.days != b.days ? a.days > b.days : a.tag.localeAwareCompare(b.tag) < 0;
    });

    s.tagsBefore = associate(s.sunday, timeline, byDay, tags);

    // On the days with a check-in only: the engine carries a flag over a gap, but a day the person
    // did not record is not a day they were flagged on.
    QMap<QString, int> flagDays;
    for (const TimelineDay &day : timeline) {
        if (day.date >= s.monday && byDay.contains(day.date)) {
            for (const QString &id : day.flags) {
                ++flagDays[id];
            }
        }
    }
    for (auto it = flagDays.cbegin(); it != flagDays.cend(); ++it) {
        s.flags.push_back({it.key(), it.value()});
    }
    return s;
}

QDate reviewWeekToOpen(const std::vector<CheckIn> &checkIns, QDate today)
{
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate weekBefore = monday.addDays(-7);
    int thisWeek = 0;
    int lastWeek = 0;
    for (const CheckIn &c : checkIns) {
        if (c.date >= monday && c.date <= today) {
            ++thisWeek;
        } else if (c.date >= weekBefore && c.date < monday) {
            ++lastWeek;
        }
    }
    return thisWeek >= kReadableWeekCheckIns || lastWeek == 0 ? monday : weekBefore;
}

} // namespace ebb
