// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "longerview.h"

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

constexpr int kRecentDays = 28;
constexpr int kMinRecentDays = 14; // of the last 28, for a four-week mean to mean something
constexpr int kYear = 364;         // the first weeks are compared with only in the first year
constexpr int kHalfWindow = 14;    // "since": about half the four weeks before the difference first showed

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

RecentStats recentStats(const PacingHistory &h)
{
    RecentStats recent;
    const int t = h.last();
    for (int m = 0; m < kMetricCount; ++m) {
        const bool shared = Metric(m) == Metric::Energy || Metric(m) == Metric::Mood || Metric(m) == Metric::Stress;
        recent[size_t(m)] = stretchStats(h, Metric(m), t - kRecentDays + 1, t, shared);
    }
    return recent;
}

LongerView::LongerView(const PacingSettings &settings)
    : m_settings(settings)
{}

bool LongerView::step(State &state, const Stretch &ref, Metric m, double sign, const StretchStats &recent, int t) const
{
    if (!ref.ready(m) || recent.recorded < kMinRecentDays) {
        state = State{};
        return false;
    }
    const StretchStats &a = ref.metrics[size_t(m)];
    // sign +1: worse than the stretch is positive; -1: better is.
    const double d = sign * worseSign(m) * (recent.mean - a.mean) / std::max(a.sd, scaleFloor(m));
    if (d >= m_settings.longerViewOn) {
        if (state.run++ == 0) {
            state.runStart = t;
        }
    } else {
        state.run = 0;
    }
    if (!state.holding && state.run >= m_settings.longerViewDays) {
        state.holding = true;
        state.since = std::max(state.runStart - kHalfWindow, ref.to + 1);
    } else if (state.holding && d < m_settings.longerViewOff) {
        state.holding = false;
    }
    return state.holding;
}

void LongerView::update(const PacingHistory &h, const AnchorFinder &anchors, const RecentStats &recent)
{
    m_notes.clear();
    const int t = h.last();
    const Stretch &steadier = anchors.steadier();
    // Better is read against the first weeks with Ebb, while they are within the year and over;
    // later (or before), against the steadier stretch.
    const Stretch &first = anchors.firstWeeks();
    const bool fromFirst = first.valid() && first.from >= t - kYear && first.to <= t - kRecentDays;
    const Stretch &betterRef = fromFirst ? first : steadier;
    std::vector<LongerViewNote> better;
    for (int m = 0; m < kMetricCount; ++m) {
        const Metric metric = Metric(m);
        const StretchStats &r = recent[size_t(m)];
        const bool worse = step(m_states[size_t(m)][0], steadier, metric, +1.0, r, t);
        const bool improved = step(m_states[size_t(m)][1], betterRef, metric, -1.0, r, t);
        if (!worse && !improved) {
            continue;
        }
        // One line per measure: were it both (against two stretches), worse is what needs care.
        const Stretch &ref = worse ? steadier : betterRef;
        LongerViewNote note;
        note.measure = metricKey(metric);
        note.direction = worse ? Direction::Worse : Direction::Better;
        note.since = h.date(m_states[size_t(m)][worse ? 0 : 1].since);
        note.anchorFrom = h.date(ref.from);
        note.anchorTo = h.date(ref.to);
        note.firstWeeks = !worse && fromFirst;
        note.anchorMean = round2(ref.metrics[size_t(m)].mean);
        note.recentMean = round2(r.mean);
        (worse ? m_notes : better).push_back(std::move(note));
    }
    m_notes.insert(m_notes.end(), better.begin(), better.end());
}

} // namespace ebb
