// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/anchor.h"
#include "pacing/pacingreport.h"

#include <array>
#include <vector>

namespace ebb {

/** Each measure over the last four weeks (days t-27 … t), as the longer view and early warning read it. */
using RecentStats = std::array<StretchStats, kMetricCount>;

/** The last four weeks of every measure, as of the newest day of `h`. */
RecentStats recentStats(const PacingHistory &h);

/**
 * The longer view of docs/pacing.md, fed one day at a time: for each measure, whether its last four
 * weeks have differed from the steadier stretch (worse) or from the first weeks with Ebb (better)
 * by about one of that stretch's SDs, on every one of the last three weeks. A difference holds
 * until the four weeks come back near the stretch.
 */
class LongerView
{
public:
    explicit LongerView(const PacingSettings &settings);

    void update(const PacingHistory &h, const AnchorFinder &anchors, const RecentStats &recent);
    /** What holds as of the last day fed: worse first, then better; in measure order within each (no text). */
    const std::vector<LongerViewNote> &notes() const { return m_notes; }

private:
    struct State
    {
        int run = 0; ///< Days in a row the difference has been there.
        int runStart = -1;
        bool holding = false;
        int since = -1;
    };

    /** Steps one measure's state in one direction against `ref`; true while it holds. */
    bool step(State &state, const Stretch &ref, Metric m, double sign, const StretchStats &recent, int t) const;

    const PacingSettings &m_settings;
    std::array<std::array<State, 2>, kMetricCount> m_states{};
    std::vector<LongerViewNote> m_notes;
};

} // namespace ebb
