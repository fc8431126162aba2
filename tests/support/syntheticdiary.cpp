// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticdiary.h"

#include "journalaccess.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ebb::test {
namespace {

constexpr double kPhi = 0.3; // day-to-day autocorrelation of the noise

int score(double v)
{
    return std::clamp(int(std::lround(v)), 0, 10);
}

} // namespace

std::vector<PacingDay> syntheticDiary(Scenario scenario, int days, int changeDay, std::uint64_t seed, QDate start,
                                      double missingShare, Person person)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);

    // The person's own usual: drawn from a stream of its own, so the days' noise is the same
    // with or without it.
    std::mt19937_64 personal(seed ^ 0x9E3779B97F4A7C15ULL);
    double offset[6] = {};
    if (person.ownMeans) {
        for (double &o : offset) {
            o = uniform(personal) - 0.5;
        }
        offset[4] *= 0.5; // sleep: ±0.25 h
    }
    offset[0] += person.energyOffset;
    // Three boom-and-bust episodes, about nine days apart, from the change on.
    std::vector<int> booms;
    std::vector<int> busts;
    if (scenario == Scenario::BoomBustThree) {
        int day = changeDay + 1;
        for (int e = 0; e < 3; ++e) {
            day += int(uniform(personal) * 3.0);
            booms.push_back(day);
            busts.push_back(day + 1 + int(uniform(personal) * 2.0));
            day += 9;
        }
    }

    // Persistent noise per metric plus a shared wellbeing factor, each AR(1).
    double common = 0.0;
    double own[6] = {};
    int nextBoom = changeDay + 3;
    int bustDay = -1;
    std::vector<PacingDay> diary;
    for (int t = 0; t < days; ++t) {
        const int sinceChange = t - changeDay;
        double phi = kPhi;
        double noise = 1.0;
        const bool swings = (scenario == Scenario::RisingVariance || scenario == Scenario::VarianceBeforeShift);
        if (swings && sinceChange >= 0) {
            const double progress =
                std::min(1.0, sinceChange / (scenario == Scenario::RisingVariance ? 90.0 : double(kSwingDays)));
            phi = kPhi + 0.5 * progress;
            noise = 1.0 + 1.0 * progress;
        }
        const double innovationScale = std::sqrt(1.0 - phi * phi) * noise;
        common = phi * common + innovationScale * normal(rng);
        for (double &o : own) {
            o = phi * o + innovationScale * normal(rng);
        }
        // Shift in SD units of energy: positive = worse.
        double shift = 0.0;
        const bool dropped = (sinceChange >= 0 && scenario == Scenario::SuddenDrop) ||
                             (sinceChange >= kSwingDays && scenario == Scenario::VarianceBeforeShift);
        if (dropped) {
            shift = 1.0;
        } else if (sinceChange >= 0 && scenario == Scenario::SlowSlide) {
            shift = 0.05 * sinceChange;
        } else if (sinceChange >= 0 && sinceChange < kShiftDays && scenario == Scenario::ShiftAndReturn) {
            shift = 1.25;
        } else if (sinceChange >= 0 && scenario == Scenario::Improvement) {
            shift = -1.25;
        }
        double boom = 0.0;
        double bust = 0.0;
        if (scenario == Scenario::BoomBust && sinceChange >= 0) {
            if (t == nextBoom) {
                boom = 1.0;
                bustDay = t + 1 + int(uniform(rng) * 2.0);
                nextBoom = t + 9 + int(uniform(rng) * 4.0);
            }
            if (t == bustDay) {
                bust = 1.0;
            }
        }
        // One measure alone, 1 SD worse (in points, or hours of sleep).
        double alone[5] = {};
        if (sinceChange >= 0) {
            const Scenario single[5] = {Scenario::EnergyAlone, Scenario::MoodAlone, Scenario::StressAlone,
                                        Scenario::LoadAlone, Scenario::SleepAlone};
            const double sd[5] = {-kEnergySd, -kMoodSd, kStressSd, kLoadSd, -kSleepHoursSd};
            for (int m = 0; m < 5; ++m) {
                alone[m] = scenario == single[m] ? sd[m] : 0.0;
            }
        }
        if (scenario == Scenario::StressRampStays && sinceChange >= 0) {
            alone[2] = 1.25 * kStressSd * std::min(1.0, double(sinceChange) / kRampDays);
        }
        const auto episode = [&](const std::vector<int> &days) {
            return std::find(days.begin(), days.end(), t) != days.end() ? 1.0 : 0.0;
        };
        const double bigDay = episode(booms);
        const double crash = episode(busts);
        const bool weekend = start.addDays(t).dayOfWeek() >= 6;
        const double wellbeing = person.shared * common;
        // The measures' own noise makes up the rest, so each measure's spread is the same either way.
        const double ownWeight = std::sqrt(0.98 - person.shared * person.shared);
        const double energy = 6.0 + offset[0] + alone[0] +
                              kSyntheticEnergySd * (wellbeing + ownWeight * own[0] - shift + 0.8 * boom - 2.5 * bust) +
                              kEnergySd * (0.3 * bigDay - 2.5 * crash) + (weekend ? person.energyRhythm : 0.0);
        const double mood =
            6.0 + offset[1] + alone[1] + 1.2 * (wellbeing + ownWeight * own[1] - 0.8 * shift - 1.0 * bust);
        const double stress = 4.0 + offset[2] + alone[2] + 1.2 * (-wellbeing + ownWeight * own[2] + 0.8 * shift) -
                              (weekend ? person.stressRhythm : 0.0);
        const double load = 5.0 + offset[3] + alone[3] + 1.3 * (0.5 * own[3] + 0.3 * shift + 2.8 * boom) +
                            kLoadSd * 2.5 * bigDay - (weekend ? 1.5 : 0.0);
        const double sleepHours = 7.4 + offset[4] + alone[4] + 0.6 * (0.5 * wellbeing + 0.7 * own[4] - 0.4 * shift);
        const double quality = 3.5 + offset[5] + 0.8 * (0.6 * wellbeing + 0.7 * own[5] - 0.5 * shift);

        if (uniform(rng) < missingShare) {
            continue;
        }
        PacingDay d;
        d.date = start.addDays(t);
        d.energy = score(energy);
        d.mood = score(mood);
        d.stress = score(stress);
        d.load = score(load);
        d.sleepMinutes = std::clamp(int(std::lround(sleepHours * 4.0)), 0, 96) * 15;
        d.sleepQuality = std::clamp(int(std::lround(quality)), 1, 5);
        int held = 0;
        int slipped = 0;
        for (int b = 0; b < 3; ++b) {
            (uniform(rng) < 0.2 + 0.1 * std::max(0.0, shift) ? slipped : held) += 1;
        }
        d.held = held;
        d.slipped = slipped;
        diary.push_back(d);
    }
    return diary;
}

std::vector<PacingDay> strainedDiary(QDate lastDay)
{
    constexpr int kDays = 70;
    constexpr int kSteadyDays = 56;
    std::vector<PacingDay> days;
    for (int i = 0; i < kDays; ++i) {
        const int wobble = i % 3 - 1; // -1, 0, +1: a little day-to-day movement
        PacingDay d;
        d.date = lastDay.addDays(i - (kDays - 1));
        if (i < kSteadyDays) {
            d.energy = 6 + wobble;
            d.mood = 6 - wobble;
            d.stress = 4 + wobble;
            d.load = 5 + wobble;
            d.sleepMinutes = 450 + 30 * wobble;
            d.sleepQuality = 4 + (wobble < 0 ? -1 : 0);
            d.held = i % 5 == 0 ? 2 : 3;
            d.slipped = i % 5 == 0 ? 1 : 0;
        } else {
            const int k = i - kSteadyDays + 1; // 1…14: the slide deepens
            d.energy = std::max(0, 5 - k / 2);
            d.mood = std::max(0, 5 - k / 2);
            d.stress = std::min(10, 4 + (k + 1) / 2);
            d.load = std::min(10, 6 + k / 3);
            d.sleepMinutes = 300;
            d.sleepQuality = 1 + k % 2;
            d.held = 1;
            d.slipped = 2;
        }
        days.push_back(d);
    }
    return days;
}

Result<void> saveDiary(Journal &journal, const std::vector<PacingDay> &diary)
{
    std::vector<qint64> boundaries;
    for (const char *text : {"Stopped work by 18:00", "Took a real lunch break", "Said no to one extra task"}) {
        auto b = journal.addBoundary(QString::fromUtf8(text));
        if (!b) {
            return b.error();
        }
        boundaries.push_back(b->id);
    }
    std::vector<qint64> tags;
    for (const auto &[name, kind] : {std::pair{"meetings", TagKind::Drained},
                                     {"commute", TagKind::Drained},
                                     {"walk outside", TagKind::Restored},
                                     {"time with friends", TagKind::Restored}}) {
        auto t = journal.addTag(QString::fromUtf8(name), kind);
        if (!t) {
            return t.error();
        }
        tags.push_back(t->id);
    }
    auto tx =
        Transaction::begin(ebb::test::databaseOf(journal)); // one transaction: years of data in well under a second
    if (!tx) {
        return tx.error();
    }
    for (const PacingDay &d : diary) {
        CheckIn c;
        c.date = d.date;
        c.energy = d.energy;
        c.mood = d.mood;
        c.stress = d.stress;
        c.load = d.load;
        c.sleepMinutes = d.sleepMinutes;
        c.sleepQuality = d.sleepQuality;
        for (int b = 0; b < 3; ++b) {
            c.boundaries.push_back(
                {boundaries[size_t(b)], b < d.slipped.value_or(0) ? BoundaryStatus::Slipped : BoundaryStatus::Held});
        }
        c.tagIds = {tags[size_t(d.date.day() % 4)]};
        if (auto r = journal.saveCheckIn(c); !r) {
            return r.error();
        }
    }
    return tx->commit();
}

} // namespace ebb::test
