// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingday.h"
#include "result.h"
#include "storage/journal.h"

#include <QDate>

#include <cstdint>
#include <vector>

namespace ebb::test {

/** What happens to the synthetic person, from `changeDay` on. */
enum class Scenario {
    Stable,              ///< Noise only.
    SuddenDrop,          ///< Energy falls by 1 SD (mood, stress, sleep move with it, less).
    SlowSlide,           ///< The same, growing by 0.05 SD a day.
    BoomBust,            ///< Every 9–12 days a big day, then a low-energy day 1–2 days later.
    RisingVariance,      ///< Day-to-day swings and their persistence grow.
    EnergyAlone,         ///< Energy falls by 1 SD of its own; every other measure stays as it was.
    MoodAlone,           ///< Mood falls by 1 SD alone.
    StressAlone,         ///< Stress rises by 1 SD alone.
    LoadAlone,           ///< Load rises by 1 SD alone.
    SleepAlone,          ///< Hours of sleep fall by 1 SD alone.
    BoomBustThree,       ///< Three episodes within four weeks: load 2.5 SD up (energy a little up), then
                         ///< energy 2.5 SD down 1–2 days later.
    StressRampStays,     ///< Stress alone rises by 1.25 SD over eight weeks, then stays there.
    VarianceBeforeShift, ///< Swings and their persistence grow for 60 days, then energy, mood and stress
                         ///< move 1 SD worse together (and the swings stay).
    ShiftAndReturn,      ///< Energy, mood and stress 1.25 SD worse together for 90 days, then back.
    Improvement,         ///< Energy, mood and stress 1.25 SD better together, and it stays.
};

/** Days of the ramp in StressRampStays, of the swings before the shift in VarianceBeforeShift, and
 *  of the worse stretch in ShiftAndReturn. */
constexpr int kRampDays = 56;
constexpr int kSwingDays = 60;
constexpr int kShiftDays = 90;

/** How the synthetic person differs from the generator's middle. */
struct Person
{
    /// Each measure's usual is moved by a random part of a point (up to ±0.5; sleep ±0.25 h), so
    /// the usual sits anywhere between two whole answers, as people's do.
    bool ownMeans = false;
    /// Added to energy's usual on top (points), to see how where it sits between answers matters.
    double energyOffset = 0.0;
    /// How much more energy on Saturdays and Sundays (points).
    double energyRhythm = 0.4;
    /// How much less stress on Saturdays and Sundays (points).
    double stressRhythm = 0.8;
    /// How much energy, mood and stress share from day to day (0.7: about half their variance; 0:
    /// each moves on its own).
    double shared = 0.7;
};

/**
 * A realistic synthetic diary (PACING.md's benchmark): a day-to-day autocorrelation around 0.3
 * through a shared wellbeing factor, integer answers, a weekly rhythm, and 15% missed days.
 * The same seed always gives the same diary.
 */
std::vector<PacingDay> syntheticDiary(Scenario scenario, int days, int changeDay, std::uint64_t seed,
                                      QDate start = QDate(2020, 1, 6), double missingShare = 0.15, Person person = {});

/**
 * Ten weeks ending on `lastDay`: eight steady weeks, then two in which every measure slides (energy
 * and mood down, stress and load up, short and poor nights, boundaries slipping) — enough for seven
 * or more pacing flags at once. Deterministic.
 */
std::vector<PacingDay> strainedDiary(QDate lastDay);

/**
 * Writes `diary` into `journal` in one transaction, with three boundaries (the first
 * `slipped` of them slipped each day) and four tags; returns the first error, if any.
 */
Result<void> saveDiary(Journal &journal, const std::vector<PacingDay> &diary);

/** The person's usual standard deviation of energy in the generator (for "1 SD"). */
constexpr double kSyntheticEnergySd = 1.2;

/**
 * Each measure's standard deviation over a stable diary of the generator, as one would compute it
 * from the answers (the weekly rhythm and the rounding to whole answers included): "1 SD" of the
 * single-measure changes and of boom and bust. Variances: energy 1.2²·(0.7² + 0.7²) + 0.4²·10/49
 * + 1/12; mood the same without the rhythm; stress with a rhythm of 0.8; load (1.3·0.5)² +
 * 1.5²·10/49 + 1/12; sleep (0.6·0.78)² + 0.25²/12 hours².
 */
constexpr double kEnergySd = 1.236;
constexpr double kMoodSd = 1.222;
constexpr double kStressSd = 1.274;
constexpr double kLoadSd = 0.982;
constexpr double kSleepHoursSd = 0.476;

} // namespace ebb::test
