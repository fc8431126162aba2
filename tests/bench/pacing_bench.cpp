// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pacing benchmark of PACING.md: false alerts on stable synthetic diaries, days to detect
// injected changes, and the time to analyse 1, 10 and 100 years. Fixed seeds: the same build
// prints the same detection figures every time. Run it with scripts/bench.
#include "pacing/pacingengine.h"
#include "syntheticdiary.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <string>

using namespace ebb;
using namespace ebb::test;

namespace {

PacingSettings kSettings;

/** `--set name=value` overrides a threshold, for trying a change before making it the default. */
bool applySetting(const QString &assignment)
{
    const struct
    {
        const char *name;
        double PacingSettings::*member;
    } knobs[] = {{"slideWatch", &PacingSettings::slideWatch},
                 {"slideWarning", &PacingSettings::slideWarning},
                 {"combinedWatch", &PacingSettings::combinedWatch},
                 {"combinedWarning", &PacingSettings::combinedWarning},
                 {"cusumK", &PacingSettings::cusumK},
                 {"combinedK", &PacingSettings::combinedK},
                 {"stressSlopeWatch", &PacingSettings::stressSlopeWatch},
                 {"stressAboveBaseline", &PacingSettings::stressAboveBaseline},
                 {"slipRatioWatch", &PacingSettings::slipRatioWatch},
                 {"slipRatioAboveBaseline", &PacingSettings::slipRatioAboveBaseline},
                 {"earlyWarningTau", &PacingSettings::earlyWarningTau}};
    const QString name = assignment.section(QLatin1Char('='), 0, 0);
    for (const auto &knob : knobs) {
        if (name == QLatin1String(knob.name)) {
            kSettings.*knob.member = assignment.section(QLatin1Char('='), 1).toDouble();
            return true;
        }
    }
    std::fprintf(stderr, "unknown setting %s\n", qPrintable(name));
    return false;
}
const char *const kIds[] = {"energy_slide", "mood_slide",     "stress_slide", "stress_climbing", "sleep_debt",
                            "poor_sleep",   "boundary_slips", "envelope",     "boom_bust",       "early_warning"};

/** Per day: which flags are active and at which severity (0 none, 1 watch, 2 warning). */
std::vector<std::map<std::string, int>> flagDays(const std::vector<PacingDay> &diary, QDate to)
{
    std::vector<std::map<std::string, int>> days;
    analyzePacingHistory(diary, kSettings, to, [&](const PacingReport &r) {
        std::map<std::string, int> active;
        for (const Flag &f : r.flags) {
            active[f.id.toStdString()] = f.severity == Severity::Warning ? 2 : 1;
        }
        days.push_back(std::move(active));
    });
    return days;
}

struct Onsets
{
    std::map<std::string, int> watch;   ///< Flag became active (any severity).
    std::map<std::string, int> warning; ///< Flag reached warning.
    int anyWatch = 0;                   ///< Status left steady.
    int anyWarning = 0;                 ///< Some flag reached warning while none was.
    double days = 0;
};

void countOnsets(const std::vector<std::map<std::string, int>> &days, int from, Onsets &o)
{
    for (int t = std::max(1, from); t < int(days.size()); ++t) {
        const auto &now = days[size_t(t)];
        const auto &before = days[size_t(t) - 1];
        int maxNow = 0;
        int maxBefore = 0;
        for (const auto &[id, level] : now) {
            const int was = before.count(id) ? before.at(id) : 0;
            o.watch[id] += was == 0 ? 1 : 0;
            o.warning[id] += level == 2 && was < 2 ? 1 : 0;
            maxNow = std::max(maxNow, level);
        }
        for (const auto &[id, level] : before) {
            maxBefore = std::max(maxBefore, level);
        }
        o.anyWatch += maxNow > 0 && maxBefore == 0 ? 1 : 0;
        o.anyWarning += maxNow == 2 && maxBefore < 2 ? 1 : 0;
        o.days += 1;
    }
}

double medianOf(std::vector<double> v)
{
    if (v.empty()) {
        return -1;
    }
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2.0;
}

struct Detection
{
    double median = -1;
    double missed = 0;
};

/** Days from the change to the first day one of `ids` is active, over `runs` diaries. */
Detection detect(Scenario scenario, const std::vector<std::string> &ids, int runs, int changeDay, int window,
                 std::uint64_t seedBase)
{
    std::vector<double> delays;
    int missed = 0;
    for (int r = 0; r < runs; ++r) {
        const auto diary = syntheticDiary(scenario, changeDay + window, changeDay, seedBase + std::uint64_t(r));
        const auto days = flagDays(diary, QDate(2020, 1, 6).addDays(changeDay + window - 1));
        int found = -1;
        for (int t = changeDay; t < int(days.size()) && found < 0; ++t) {
            for (const auto &id : ids) {
                if (days[size_t(t)].count(id)) {
                    found = t - changeDay;
                    break;
                }
            }
        }
        if (found < 0) {
            ++missed;
        } else {
            delays.push_back(found);
        }
    }
    return {medianOf(delays), double(missed) / runs};
}

double millisecondsToAnalyse(int years, bool history)
{
    const int days = int(years * 365.25);
    const auto diary = syntheticDiary(Scenario::Stable, days, days, 99);
    const QDate last = QDate(2020, 1, 6).addDays(days - 1);
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        const auto begin = std::chrono::steady_clock::now();
        if (history) {
            int n = 0;
            analyzePacingHistory(diary, kSettings, last, [&](const PacingReport &r) { n += int(r.flags.size()); });
        } else {
            volatile auto status = analyzePacing(diary, kSettings, last).status;
            (void)status;
        }
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
    }
    return medianOf(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--set") && !applySetting(args[i + 1])) {
            return 2;
        }
    }
    const int stableRuns = quick ? 20 : 100;
    const int changeRuns = quick ? 40 : 200;
    constexpr int kWarmUp = 120; // days before counting: the baselines settle
    constexpr int kStableDays = 120 + 720;

    Onsets stable;
    for (int r = 0; r < stableRuns; ++r) {
        const auto diary = syntheticDiary(Scenario::Stable, kStableDays, kStableDays, 1000 + std::uint64_t(r));
        countOnsets(flagDays(diary, QDate(2020, 1, 6).addDays(kStableDays - 1)), kWarmUp, stable);
    }
    const double per180 = 180.0 / stable.days;
    std::printf("Stable diaries: %d x %d days (first %d not counted), 15%% missed days\n\n", stableRuns, kStableDays,
                kWarmUp);
    std::printf("| detector | false watch+ per 180 days | false warnings per 180 days |\n|---|---|---|\n");
    for (const char *id : kIds) {
        std::printf("| %s | %.2f | %.2f |\n", id, stable.watch[id] * per180, stable.warning[id] * per180);
    }
    std::printf("| **any flag** (target: watch <= 2.0, i.e. 1 per 90 days; warning <= 1.0) | %.2f | %.2f |\n\n",
                stable.anyWatch * per180, stable.anyWarning * per180);

    const std::vector<std::string> slides = {"energy_slide", "mood_slide", "stress_slide"};
    struct Row
    {
        const char *name;
        Scenario scenario;
        std::vector<std::string> ids;
        int window;
        const char *target;
    };
    const Row rows[] = {
        {"sudden 1-SD drop", Scenario::SuddenDrop, slides, 60, "median <= 7 days"},
        {"slide 0.05 SD/day", Scenario::SlowSlide, slides, 60, "before -1.5 SD: <= 30 days"},
        {"boom and bust", Scenario::BoomBust, {"boom_bust"}, 90, "(none set)"},
        {"rising variance", Scenario::RisingVariance, {"early_warning"}, 150, "(none set)"},
    };
    std::printf("Changes injected on day 150 of each diary, %d diaries each\n\n", changeRuns);
    std::printf(
        "| change | detectors | median days to flag | missed (within window) | target |\n|---|---|---|---|---|\n");
    std::uint64_t seed = 5000;
    for (const Row &row : rows) {
        const Detection d = detect(row.scenario, row.ids, changeRuns, 150, row.window, seed);
        seed += 1000;
        std::string names;
        for (const auto &id : row.ids) {
            names += (names.empty() ? "" : ", ") + id;
        }
        std::printf("| %s | %s | %.1f | %.0f%% of %d days | %s |\n", row.name, names.c_str(), d.median, d.missed * 100,
                    row.window, row.target);
    }

    std::printf("\n| data | analyse today (ms) | --history, every day (ms) | target (today) |\n|---|---|---|---|\n");
    for (int years : {1, 10, 100}) {
        const char *target = years == 10 ? "<= 20 ms" : years == 100 ? "<= 200 ms" : "";
        std::printf("| %d year(s) | %.2f | %.1f | %s |\n", years, millisecondsToAnalyse(years, false),
                    millisecondsToAnalyse(years, true), target);
    }
    return 0;
}
