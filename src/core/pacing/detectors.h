// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/earlywarning.h"
#include "pacing/pacinghistory.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"

#include <array>
#include <vector>

namespace ebb {

/** A one-sided CUSUM on worse-direction deviations, with what it saw since it left zero. */
struct Cusum
{
    double value = 0.0;
    int start = -1;               ///< The day it left zero, or -1 while at zero.
    int lastSeen = -1;            ///< The last day with a deviation.
    std::array<double, 3> zSum{}; ///< Per slide metric (energy, mood, stress), since start.
    std::array<int, 3> count{};
    bool speaking = false; ///< Above its watch level, or not yet back below its release level.
};

/**
 * The detectors of PACING.md, run once per day in date order. The CUSUMs and the boom/bust
 * marks carry state from day to day; everything else is recomputed from the history.
 */
class Detectors
{
public:
    static constexpr int kSlideMeasures = 6; ///< Energy, mood, stress, load, sleep hours and quality.

    explicit Detectors(const PacingSettings &settings);

    /** The flags (without text or `since`) for the newest day of `history`. */
    std::vector<Flag> run(const PacingHistory &history, const AnchorFinder &anchors, const RecentStats &recent);

private:
    void updateCusums(const PacingHistory &h, int t);
    double measureWatch(int measure) const;
    void slides(const PacingHistory &h, int t, std::vector<Flag> &out) const;
    void stressClimbing(const PacingHistory &h, int t, std::vector<Flag> &out) const;
    void sleep(const PacingHistory &h, int t, std::vector<Flag> &out) const;
    void boundarySlips(const PacingHistory &h, int t, std::vector<Flag> &out) const;
    void envelope(const PacingHistory &h, int t, std::vector<Flag> &out) const;
    void boomBust(const PacingHistory &h, int t, std::vector<Flag> &out);

    const PacingSettings &m_settings;
    std::array<Cusum, kSlideMeasures> m_measureCusums; ///< Energy, mood, stress, load, sleep hours and quality.
    Cusum m_combined;
    std::vector<float> m_boom; ///< Per day: how far the day's push was out of the usual, or NaN.
    std::vector<float> m_bust; ///< Per day: energy's worse-direction deviation, or NaN.
    EarlyWarning m_earlyWarning;
    mutable std::vector<double> m_scratch; ///< Reused by the detectors so a day allocates nothing.
};

} // namespace ebb
