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
    Stable,         ///< Noise only.
    SuddenDrop,     ///< Energy falls by 1 SD (mood, stress, sleep move with it, less).
    SlowSlide,      ///< The same, growing by 0.05 SD a day.
    BoomBust,       ///< Every 9–12 days a big day, then a low-energy day 1–2 days later.
    RisingVariance, ///< Day-to-day swings and their persistence grow.
};

/**
 * A realistic synthetic diary (PACING.md's benchmark): a day-to-day autocorrelation around 0.3
 * through a shared wellbeing factor, integer answers, a weekly rhythm, and 15% missed days.
 * The same seed always gives the same diary.
 */
std::vector<PacingDay> syntheticDiary(Scenario scenario, int days, int changeDay, std::uint64_t seed,
                                      QDate start = QDate(2020, 1, 6), double missingShare = 0.15);

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

} // namespace ebb::test
