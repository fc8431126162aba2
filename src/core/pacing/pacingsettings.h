// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ebb {

/**
 * The person's setting (sleep need) and the detectors' thresholds. Thresholds follow PACING.md
 * and change only with benchmark evidence (tests/bench/pacing_bench.cpp; figures in the README).
 */
struct PacingSettings
{
    double sleepNeedHours = 7.0;

    // Baseline: recorded days in [t-63, t-8]; fewer than this many and the metric is "learning".
    int baselineMinDays = 14;

    // Sustained slide: one-sided CUSUM with reference value k on the worse-direction deviation.
    // Tuned with the benchmark (PACING.md's starting point: k = 0.5, h = 4..6 for all). The
    // per-metric CUSUMs only need to catch a slide that shows in one metric, so they sit high;
    // the combined one carries early detection: k = 0.5, h = 4 took a median of 11 days to flag
    // a 1-SD drop; k = 0.3, h = 3.5 takes 7, within the false-alarm budget.
    double cusumK = 0.5;
    double slideWatch = 8.0;      ///< Per metric (energy, mood, stress).
    double slideWarning = 11.0;   ///< Per metric.
    double combinedK = 0.3;       ///< Reference value of the combined CUSUM.
    double combinedWatch = 3.5;   ///< CUSUM of the mean deviation of energy, mood and stress.
    double combinedWarning = 7.0; ///< Combined.
    int cusumResetGapDays = 7;    ///< A gap this long with no value resets a CUSUM.

    double stressSlopeWatch = 0.15; ///< Theil–Sen points per day over 14 days.
    /// The last week's median must also exceed the baseline by this many scales. PACING.md asks only
    /// "above baseline"; that gave 3.8 false flags per 180 stable days in the benchmark, this 0.1.
    double stressAboveBaseline = 2.0;

    double sleepDebtWatchHours = 5.0;
    double sleepDebtWarningHours = 8.0;

    double slipRatioWatch = 0.5;
    double slipRatioAboveBaseline = 0.35; ///< PACING.md: 0.2; benchmark: 0.45 → 0.13 false flags per 180 days.

    int envelopeGap = 3; ///< load - energy at least this much is "outside the envelope".
    int envelopeWatchDays = 3;
    int envelopeWarningDays = 5;

    double boomZ = 1.5;
    double bustZ = 1.5;
    int boomBustWatchEpisodes = 2;
    int boomBustWarningEpisodes = 3;

    double earlyWarningTau = 0.6; ///< PACING.md: 0.4; benchmark: 0.8 → 0.25 false flags per 180 days.
};

} // namespace ebb
