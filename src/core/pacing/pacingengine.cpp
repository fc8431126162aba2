// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacingengine.h"

#include "pacing/flagtext.h"
#include "pacing/longerviewtext.h"

#include <algorithm>

namespace ebb {
namespace {

// A flag that clears after being shown at least this many days gets a kind word.
constexpr int kClearedAfterDays = 3;

const char *const kFlagOrder[] = {"energy_slide", "mood_slide",          "stress_slide",    "load_slide",
                                  "sleep_slide",  "sleep_quality_slide", "stress_climbing", "sleep_debt",
                                  "poor_sleep",   "boundary_slips",      "envelope",        "boom_bust",
                                  "early_warning"};

int orderOf(const QString &id)
{
    const auto *it = std::find_if(std::begin(kFlagOrder), std::end(kFlagOrder),
                                  [&](const char *known) { return id == QLatin1String(known); });
    return int(it - std::begin(kFlagOrder));
}

PacingReport learningReport(QDate today)
{
    PacingReport report;
    report.asOf = today;
    for (int m = 0; m < kMetricCount; ++m) {
        report.learning << metricKey(Metric(m));
    }
    return report;
}

} // namespace

PacingEngine::PacingEngine(const PacingSettings &settings, QDate start)
    : m_settings(settings)
    , m_history(m_settings, start)
    , m_anchors(m_settings)
    , m_longerView(m_settings)
    , m_detectors(m_settings)
{}

void PacingEngine::advance(const PacingDay *day)
{
    m_history.append(day);
    const int t = m_history.last();
    m_anchors.update(m_history);
    const RecentStats recent = recentStats(m_history);
    m_longerView.update(m_history, m_anchors, recent);
    m_flags = m_detectors.run(m_history, m_anchors, recent);
    m_cleared.clear();
    if (m_flags.empty() && m_active.isEmpty()) {
        return; // the usual quiet day: nothing to track
    }

    QHash<QString, Episode> active;
    for (Flag &f : m_flags) {
        Episode episode = m_active.value(f.id, Episode{t, 0});
        ++episode.days;
        f.since = m_history.date(episode.start);
        active.insert(f.id, episode);
    }
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        if (!active.contains(it.key()) && it.value().days >= kClearedAfterDays) {
            m_cleared << it.key();
        }
    }
    std::sort(m_cleared.begin(), m_cleared.end(),
              [](const QString &a, const QString &b) { return orderOf(a) < orderOf(b); });
    m_active = std::move(active);
    std::stable_sort(m_flags.begin(), m_flags.end(), [](const Flag &a, const Flag &b) {
        return a.severity != b.severity ? a.severity > b.severity : orderOf(a.id) < orderOf(b.id);
    });
}

PacingReport PacingEngine::report() const
{
    PacingReport report;
    const int t = m_history.last();
    report.asOf = m_history.date(t);
    for (int m = 0; m < kMetricCount; ++m) {
        if (!m_history.baseline(Metric(m), t).ready) {
            report.learning << metricKey(Metric(m));
        }
    }
    report.flags = m_flags;
    for (Flag &f : report.flags) {
        describeFlag(f);
    }
    for (const QString &id : m_cleared) {
        report.cleared.push_back({id, clearedMessage(id)});
    }
    report.longerView = m_longerView.notes();
    for (LongerViewNote &note : report.longerView) {
        describeLongerView(note, report.asOf);
    }
    report.status = statusOf(report.flags);
    return report;
}

void replayDays(PacingEngine &engine, const std::vector<PacingDay> &days, QDate last,
                const std::function<void()> &afterDay)
{
    if (days.empty()) {
        return;
    }
    auto next = days.begin();
    for (QDate d = days.front().date; d <= last; d = d.addDays(1)) {
        const PacingDay *data = nullptr;
        if (next != days.end() && next->date == d) {
            data = &*next;
            ++next;
        }
        engine.advance(data);
        if (afterDay) {
            afterDay();
        }
    }
}

PacingReport analyzePacing(const std::vector<PacingDay> &days, const PacingSettings &settings, QDate today)
{
    if (days.empty() || !today.isValid() || today < days.front().date) {
        return learningReport(today);
    }
    PacingEngine engine(settings, days.front().date);
    replayDays(engine, days, today);
    return engine.report();
}

void analyzePacingHistory(const std::vector<PacingDay> &days, const PacingSettings &settings, QDate to,
                          const std::function<void(const PacingReport &)> &onDay)
{
    if (days.empty()) {
        return;
    }
    PacingEngine engine(settings, days.front().date);
    replayDays(engine, days, to.isValid() ? to : days.back().date, [&] { onDay(engine.report()); });
}

} // namespace ebb
