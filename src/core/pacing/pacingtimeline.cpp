// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacingtimeline.h"

#include "pacing/longerviewtext.h"
#include "pacing/pacingengine.h"

namespace ebb {

std::vector<TimelineDay> pacingTimeline(const std::vector<PacingDay> &days, const PacingSettings &settings, QDate to,
                                        const QSet<DismissedFlag> &dismissed)
{
    std::vector<TimelineDay> timeline;
    if (days.empty()) {
        return timeline;
    }
    const QDate last = to.isValid() ? to : days.back().date;
    timeline.reserve(size_t(std::max<qint64>(0, days.front().date.daysTo(last) + 1)));
    PacingEngine engine(settings, days.front().date);
    replayDays(engine, days, last, [&] {
        const PacingHistory &h = engine.history();
        const int t = h.last();
        TimelineDay day;
        day.date = h.date(t);
        for (int m = 0; m < kMetricCount; ++m) {
            day.values[size_t(m)] = h.value(Metric(m), t);
            day.baselines[size_t(m)] = h.baseline(Metric(m), t);
        }
        for (const Flag &f : engine.flags()) {
            if (dismissed.contains({f.id, f.since})) {
                continue; // as shownReport leaves it out
            }
            day.flags << f.id;
            if (f.severity == Severity::Warning) {
                day.warnings << f.id;
            }
        }
        day.longerView = engine.longerView();
        for (LongerViewNote &note : day.longerView) {
            describeLongerView(note, day.date);
        }
        timeline.push_back(std::move(day));
    });
    return timeline;
}

} // namespace ebb
