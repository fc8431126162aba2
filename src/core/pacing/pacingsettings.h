// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace ebb {

/**
 * The person's setting (sleep need) and the detectors' thresholds. Thresholds follow PACING.md
 * and change only with benchmark evidence (tests/bench/pacing_bench.cpp; figures in docs/pacing.md).
 */
struct PacingSettings
{
    double sleepNeedHours = 7.0;

    // Baseline: recorded days in [t-63, t-8]; fewer than this many and the metric is "learning".
    int baselineMinDays = 14;
    /// The window's oldest day: t minus this. PACING.md: 63 (eight weeks). Half a year estimates the
    /// usual with less noise, which the benchmark showed to be the largest source of false flags
    /// (1.84 → 1.28 per 180 stable days at the same thresholds); the longer view, not the usual,
    /// is what now keeps a change from being absorbed.
    int baselineOldestDay = 182;

    // Sustained slide: one-sided CUSUMs with reference value k, tuned with the benchmark
    // (PACING.md's starting point: k = 0.5, h = 4..6 for all).
    // The combined CUSUM reads the mean deviation of energy, mood and stress, each from the usual
    // for the kind of day: it carries early detection when they move together.
    double combinedK = 0.5;
    double combinedWatch = 3.25;
    double combinedWarning = 7.0;
    // One CUSUM per measure catches a change in that measure alone. Energy, mood and stress read
    // what the other two do not share (PacingHistory::aloneZ). Each is the log-likelihood-ratio
    // CUSUM for a change of one usual spread, δ·(z − δ/2) a day with δ = aloneShift: a measure
    // that shares much stands out more alone and climbs faster; one that shares nothing is read
    // with PACING.md's k = 0.5. Its levels are in those units (a fixed false-alarm rate whatever δ).
    double slideWatch = 9.5;              ///< Energy, mood, stress and sleep quality alone.
    double slideWarning = 15.5;           ///< The same; load and sleep warn as far above their watch level.
    double loadSlideWatch = 9.0;          ///< Load alone.
    double sleepCusumK = 0.5;             ///< Hours of sleep alone: nothing shared to take out, so PACING.md's k.
    double sleepSlideWatch = 8.0;         ///< Hours of sleep alone.
    double sleepQualitySlideWatch = 11.0; ///< How the nights felt, alone (whole answers 1–5 jump: a higher level).
    /// A slide that spoke keeps speaking until its CUSUM falls below this share of its watch level:
    /// a run hovering at the level is one episode, not a flag that comes and goes (and each coming
    /// back would count as a new false alarm: 2.16 → 1.72 per 180 stable days).
    double slideRelease = 0.5;
    int cusumResetGapDays = 7; ///< A gap this long with no value resets a CUSUM.

    double stressSlopeWatch = 0.15; ///< Theil–Sen points per day over 14 days.
    /// The last week's median must also exceed the baseline by this many scales. PACING.md asks only
    /// "above baseline"; that gave 3.8 false flags per 180 stable days in the benchmark, this 0.1.
    double stressAboveBaseline = 2.0;

    double sleepDebtWatchHours = 5.0;
    double sleepDebtWarningHours = 8.0;

    /// A night rated 2 of 5 counts as poor only this far below the person's usual quality (in SDs):
    /// someone whose nights are usually a 3 has weeks of 2s without anything changing. A 1 always
    /// counts.
    double poorSleepAboveUsualZ = 2.0;

    double slipRatioWatch = 0.5;
    double slipRatioAboveBaseline = 0.45; ///< PACING.md: 0.2; benchmark: 0.45 → 0.02 false flags per 180 days.

    int envelopeGap = 3; ///< load - energy at least this much is "outside the envelope".
    int envelopeWatchDays = 3;
    int envelopeWarningDays = 5;

    // Boom and bust, each against the usual for the kind of day (PACING.md: a boom at z 1.5, a
    // bust at 1.5, which flagged 21% of people with three episodes in four weeks).
    double boomZ = 2.0;                 ///< A boom: load (or energy, on a busy day) this far above the usual.
    double bustZ = 1.0;                 ///< A bust: energy this far below it, 1–3 days later.
    double boomBustSumZ = 3.75;         ///< And both together at least this far out of the usual;
    double boomBustRepeatedSumZ = 3.25; ///< or this far, when it happened three times.
    double boomEnergyMaxZ = 1.5;        ///< Energy on a boom day no lower than this (a push, not a bad day).
    int boomBustWatchEpisodes = 2;
    int boomBustWarningEpisodes = 3;

    // The longer view (docs/pacing.md): the last four weeks against a steadier stretch.
    /// A stretch the person named ("a time I felt more like myself"); invalid: Ebb finds one.
    QDate anchorFrom;
    QDate anchorTo;
    double longerViewOn = 0.9;  ///< The four weeks' mean this many of the stretch's SDs away…
    double longerViewOff = 0.4; ///< …and it holds until the mean comes back within this many.
    int longerViewDays = 21;    ///< The difference has held on every one of this many days.

    // Early warning: the last four weeks' day-to-day swings and their persistence, against the
    // steadier stretch (PACING.md's Kendall τ over 90 days never fired on a real diary).
    double earlyWarningRatio = 1.35;  ///< Swings (SD around the four weeks' own level) this many times the stretch's…
    double earlyWarningAcRise = 0.05; ///< …with day-to-day persistence (lag-1 autocorrelation) up by this much;
    double earlyWarningRatioAlone = 1.6; ///< or swings this large on their own.
    int earlyWarningDays = 7;            ///< On each of this many days.
};

} // namespace ebb
