// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/clock.h"
#include "storage/journal.h"
#include "syntheticdiary.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace ebb::bench {

/** Every benchmark analyses as of the same noon, so runs compare. */
class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC); }
};

inline double msSince(std::chrono::steady_clock::time_point begin)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
}

/** The median of `times` (which it sorts). */
inline double medianOf(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times.empty() ? 0.0 : times[times.size() / 2];
}

/** The median wall time of `runs` calls of `work`, in milliseconds. */
template <typename F>
double medianMs(int runs, F &&work)
{
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const auto begin = std::chrono::steady_clock::now();
        work();
        times.push_back(msSince(begin));
    }
    return medianOf(std::move(times));
}

/** The median time of `saves` saves, the i-th saving `make(i)`; exits on a failed save. */
template <typename Make>
double medianSaveMs(Journal &journal, int saves, Make &&make)
{
    std::vector<double> times;
    for (int i = 0; i < saves; ++i) {
        const CheckIn c = make(i);
        const auto begin = std::chrono::steady_clock::now();
        if (!journal.saveCheckIn(c)) {
            std::fprintf(stderr, "save failed\n");
            std::exit(1);
        }
        times.push_back(msSince(begin));
    }
    return medianOf(std::move(times));
}

/** Days in `years` years of daily use. */
inline int daysIn(int years)
{
    return int(years * 365.25);
}

/** Fills `journal` with `years` of the stable synthetic diary ending on `today` (seed 7); exits on failure. */
inline void fillJournal(Journal &journal, int years, QDate today)
{
    const int days = daysIn(years);
    if (!test::saveDiary(journal,
                         test::syntheticDiary(test::Scenario::Stable, days, days, 7, today.addDays(1 - days)))) {
        std::fprintf(stderr, "could not fill the benchmark journal\n");
        std::exit(1);
    }
}

/**
 * Writes a journal file at `path` holding `years` of the synthetic diary, ending yesterday by the
 * real clock, as a daily user's would for the app started today; exits on failure.
 */
inline void writeDiaryJournal(const QString &path, int years)
{
    const SystemClock now;
    auto journal = Journal::open(path, now);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        std::exit(1);
    }
    fillJournal(**journal, years, now.today().addDays(-1));
}

} // namespace ebb::bench
