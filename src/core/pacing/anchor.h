// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacinghistory.h"
#include "pacing/pacingsettings.h"

#include <array>
#include <vector>

namespace ebb {

/** One measure over a stretch of days, as the longer view and the early-warning signs read it. */
struct StretchStats
{
    int recorded = 0;
    double mean = 0.0;
    double sd = 0.0; ///< Of the values as they are (the weekly rhythm included).
    /// Of what is left around the stretch's own level: its weekday and weekend means and one
    /// straight-line drift, so a rhythm or a slow change is not read as swinging.
    double residualVariance = 0.0;
    double autocorrelation = 0.0;    ///< Lag-1, of those residuals, over consecutive recorded days…
    bool hasAutocorrelation = false; ///< …when there are enough such pairs.
};

/** `metric` over days [from, to] of `h` (indices); autocorrelation only when asked (it costs a second pass). */
StretchStats stretchStats(const PacingHistory &h, Metric metric, int from, int to, bool withAutocorrelation);

/** A stretch of days with each measure's figures over it; invalid (from < 0) until one is found. */
struct Stretch
{
    int from = -1;
    int to = -1;
    bool named = false; ///< The person chose it in Settings.
    std::array<StretchStats, kMetricCount> metrics{};

    bool valid() const { return from >= 0; }
    /** The measure has enough recorded days in the stretch to compare with. */
    bool ready(Metric m) const;
};

/**
 * Finds the person's steadier stretch — the six weeks of the past year, ended before the last
 * four, with the best mean of energy, mood and calm (10 − stress) and at least 28 recorded days,
 * or the stretch the person named — and their first six weeks with Ebb. Fed one day at a time,
 * after PacingHistory; looks again once a week, so a day costs O(1) on most days.
 */
class AnchorFinder
{
public:
    explicit AnchorFinder(const PacingSettings &settings);

    /** Call after each day appended to `h`. */
    void update(const PacingHistory &h);

    const Stretch &steadier() const { return m_steadier; }
    const Stretch &firstWeeks() const { return m_first; }

private:
    struct Block
    {
        int days = 0; ///< Days with a wellbeing value.
        double sum = 0.0;
    };

    void findSteadier(const PacingHistory &h, int t);
    bool useNamed(const PacingHistory &h, int t);
    void fill(Stretch &s, const PacingHistory &h, int from, int to, bool named) const;

    const PacingSettings &m_settings;
    std::vector<Block> m_blocks;
    Block m_current;
    Stretch m_steadier;
    Stretch m_first;
};

} // namespace ebb
