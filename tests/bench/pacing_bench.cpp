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
#include <array>
#include <chrono>
#include <cmath>
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
                 {"sleepSlideWatch", &PacingSettings::sleepSlideWatch},
                 {"sleepCusumK", &PacingSettings::sleepCusumK},
                 {"slideRelease", &PacingSettings::slideRelease},
                 {"loadSlideWatch", &PacingSettings::loadSlideWatch},
                 {"combinedWatch", &PacingSettings::combinedWatch},
                 {"combinedWarning", &PacingSettings::combinedWarning},
                 {"combinedK", &PacingSettings::combinedK},
                 {"stressSlopeWatch", &PacingSettings::stressSlopeWatch},
                 {"stressAboveBaseline", &PacingSettings::stressAboveBaseline},
                 {"slipRatioWatch", &PacingSettings::slipRatioWatch},
                 {"slipRatioAboveBaseline", &PacingSettings::slipRatioAboveBaseline},
                 {"earlyWarningRatio", &PacingSettings::earlyWarningRatio},
                 {"earlyWarningAcRise", &PacingSettings::earlyWarningAcRise},
                 {"earlyWarningRatioAlone", &PacingSettings::earlyWarningRatioAlone},
                 {"longerViewOn", &PacingSettings::longerViewOn},
                 {"longerViewOff", &PacingSettings::longerViewOff},
                 {"sleepQualitySlideWatch", &PacingSettings::sleepQualitySlideWatch},
                 {"boomZ", &PacingSettings::boomZ},
                 {"bustZ", &PacingSettings::bustZ},
                 {"boomBustSumZ", &PacingSettings::boomBustSumZ},
                 {"boomBustRepeatedSumZ", &PacingSettings::boomBustRepeatedSumZ},
                 {"boomEnergyMaxZ", &PacingSettings::boomEnergyMaxZ},
                 {"poorSleepAboveUsualZ", &PacingSettings::poorSleepAboveUsualZ}};
    const QString name = assignment.section(QLatin1Char('='), 0, 0);
    const struct
    {
        const char *name;
        int PacingSettings::*member;
    } counts[] = {{"longerViewDays", &PacingSettings::longerViewDays},
                  {"baselineOldestDay", &PacingSettings::baselineOldestDay},
                  {"earlyWarningDays", &PacingSettings::earlyWarningDays}};
    for (const auto &knob : counts) {
        if (name == QLatin1String(knob.name)) {
            kSettings.*knob.member = assignment.section(QLatin1Char('='), 1).toInt();
            return true;
        }
    }
    for (const auto &knob : knobs) {
        if (name == QLatin1String(knob.name)) {
            kSettings.*knob.member = assignment.section(QLatin1Char('='), 1).toDouble();
            return true;
        }
    }
    std::fprintf(stderr, "unknown setting %s\n", qPrintable(name));
    return false;
}
const char *const kIds[] = {"energy_slide", "mood_slide",          "stress_slide", "load_slide",      "sleep_slide",
                            "sleep_debt",   "sleep_quality_slide", "poor_sleep",   "stress_climbing", "boundary_slips",
                            "envelope",     "boom_bust",           "early_warning"};

// Every diary of the benchmark is a different person, whose usual sits anywhere between two
// whole answers.
Person kPerson{true};

std::vector<PacingDay> diaryOf(Scenario scenario, int days, int changeDay, std::uint64_t seed, double missing = 0.15)
{
    return syntheticDiary(scenario, days, changeDay, seed, QDate(2020, 1, 6), missing, kPerson);
}

/** Per day: which flags are active and at which severity (0 none, 1 watch, 2 warning). */
std::vector<std::map<std::string, int>> flagDays(const std::vector<PacingDay> &diary, QDate to)
{
    // Indexed by days since the diary's start, even when its first days were missed.
    std::vector<std::map<std::string, int>> days(diary.empty() ? 0
                                                               : size_t(QDate(2020, 1, 6).daysTo(diary.front().date)));
    analyzePacingHistory(diary, kSettings, to, [&](const PacingReport &r) {
        std::map<std::string, int> active;
        for (const Flag &f : r.flags) {
            active[f.id.toStdString()] = f.severity == Severity::Warning ? 2 : 1;
        }
        // The longer view, under names of its own ("longer:stress:worse"); not a flag.
        for (const LongerViewNote &n : r.longerView) {
            active["longer:" + n.measure.toStdString() + ":" + directionKey(n.direction).toStdString()] = 0;
        }
        days.push_back(std::move(active));
    });
    return days;
}

bool isLonger(const std::string &id)
{
    return id.rfind("longer:", 0) == 0;
}

struct Onsets
{
    int longerWorse = 0;                ///< A longer-view line began (worse).
    int longerBetter = 0;               ///< A longer-view line began (better).
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
            if (isLonger(id)) {
                const bool began = before.count(id) == 0;
                (id.find(":worse") != std::string::npos ? o.longerWorse : o.longerBetter) += began ? 1 : 0;
                continue;
            }
            const int was = before.count(id) ? before.at(id) : 0;
            o.watch[id] += was == 0 ? 1 : 0;
            o.warning[id] += level == 2 && was < 2 ? 1 : 0;
            maxNow = std::max(maxNow, level);
        }
        for (const auto &[id, level] : before) {
            maxBefore = std::max(maxBefore, level);
        }
        const auto flagged = [](const std::map<std::string, int> &day) {
            return std::any_of(day.begin(), day.end(), [](const auto &e) { return !isLonger(e.first); });
        };
        maxNow = flagged(now) ? std::max(maxNow, 1) : 0;
        maxBefore = flagged(before) ? std::max(maxBefore, 1) : 0;
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

/** The median delay over every diary, a missed change counting as later than any caught one (-1: most missed). */
double medianCountingMisses(std::vector<double> delays, int missed)
{
    delays.insert(delays.end(), size_t(missed), 1e9);
    const double m = medianOf(delays);
    return m >= 1e9 ? -1 : m;
}

struct Detection
{
    double median = -1;
    double missed = 0;
};

/** Days from the change to the first day one of `ids` is active, over `runs` diaries. */
Detection detect(Scenario scenario, const std::vector<std::string> &ids, int runs, int changeDay, int window,
                 std::uint64_t seedBase, double missing)
{
    std::vector<double> delays;
    int missed = 0;
    for (int r = 0; r < runs; ++r) {
        const auto diary = diaryOf(scenario, changeDay + window, changeDay, seedBase + std::uint64_t(r), missing);
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
    return {medianCountingMisses(delays, missed), double(missed) / runs};
}

// The textbook reference: one CUSUM per measure on (x − mean) / SD of the same baseline window
// as Ebb's ([t−63, t−8], at least 14 recorded days), k = 0.5, a missed day leaving it unchanged;
// h is tuned so that it raises as many alarms on the stable diaries as Ebb raises flags.
constexpr Metric kReferenceMeasures[5] = {Metric::Energy, Metric::Mood, Metric::Stress, Metric::Load,
                                          Metric::SleepHours};
constexpr double kReferenceWorse[5] = {-1, -1, +1, +1, -1};

/** Per day and measure, the textbook's worse-direction z (NaN when missing or learning). */
std::vector<std::array<float, 5>> referenceZ(const std::vector<PacingDay> &diary, int days)
{
    std::vector<std::array<float, 5>> z(size_t(days), {NAN, NAN, NAN, NAN, NAN});
    std::vector<std::array<float, 5>> value(size_t(days), {NAN, NAN, NAN, NAN, NAN});
    const QDate start = QDate(2020, 1, 6);
    for (const PacingDay &d : diary) {
        const auto t = size_t(start.daysTo(d.date));
        for (int m = 0; m < 5; ++m) {
            if (const auto v = metricValue(d, kReferenceMeasures[m])) {
                value[t][size_t(m)] = float(*v);
            }
        }
    }
    for (int m = 0; m < 5; ++m) {
        double n = 0, sum = 0, sumSq = 0;
        const auto slide = [&](int day, int sign) {
            if (day >= 0 && !std::isnan(value[size_t(day)][size_t(m)])) {
                const double v = value[size_t(day)][size_t(m)];
                n += sign, sum += sign * v, sumSq += sign * v * v;
            }
        };
        for (int t = 0; t < days; ++t) {
            slide(t - 8, +1);
            slide(t - 64, -1);
            const float v = value[size_t(t)][size_t(m)];
            if (n >= 14 && !std::isnan(v)) {
                const double mean = sum / n;
                const double sd = std::sqrt(std::max(1e-6, (sumSq - n * mean * mean) / (n - 1)));
                z[size_t(t)][size_t(m)] = float(kReferenceWorse[m] * (v - mean) / sd);
            }
        }
    }
    return z;
}

/** Per day: which of the five measures' CUSUMs are at or above h (a bit per measure). */
std::vector<int> referenceAlarms(const std::vector<std::array<float, 5>> &z, double h)
{
    std::vector<int> alarms(z.size(), 0);
    double c[5] = {};
    for (size_t t = 0; t < z.size(); ++t) {
        for (int m = 0; m < 5; ++m) {
            if (!std::isnan(z[t][size_t(m)])) {
                c[m] = std::max(0.0, c[m] + z[t][size_t(m)] - 0.5);
            }
            alarms[t] |= c[m] >= h ? 1 << m : 0;
        }
    }
    return alarms;
}

/** Alarm onsets (no alarm the day before) per 180 counted days. */
double referenceFalseRate(const std::vector<std::vector<std::array<float, 5>>> &stable, int from, double h)
{
    double onsets = 0;
    double days = 0;
    for (const auto &z : stable) {
        const auto alarms = referenceAlarms(z, h);
        for (size_t t = size_t(std::max(1, from)); t < alarms.size(); ++t) {
            onsets += alarms[t] != 0 && alarms[t - 1] == 0 ? 1 : 0;
            days += 1;
        }
    }
    return onsets * 180.0 / days;
}

/** The h at which the reference raises `rate` alarms per 180 stable days (bisection). */
double tuneReference(const std::vector<std::vector<std::array<float, 5>>> &stable, int from, double rate)
{
    double low = 0.5;
    double high = 40.0;
    for (int i = 0; i < 30; ++i) {
        const double mid = (low + high) / 2;
        (referenceFalseRate(stable, from, mid) > rate ? low : high) = mid;
    }
    return high;
}

/** The reference's days to alarm on one of `measures` (bits), over the same diaries as detect(). */
Detection detectReference(Scenario scenario, int measures, double h, int runs, int changeDay, int window,
                          std::uint64_t seedBase, double missing)
{
    std::vector<double> delays;
    int missed = 0;
    for (int r = 0; r < runs; ++r) {
        const auto diary = diaryOf(scenario, changeDay + window, changeDay, seedBase + std::uint64_t(r), missing);
        const auto alarms = referenceAlarms(referenceZ(diary, changeDay + window), h);
        int found = -1;
        for (int t = changeDay; t < int(alarms.size()) && found < 0; ++t) {
            found = alarms[size_t(t)] & measures ? t - changeDay : -1;
        }
        if (found < 0) {
            ++missed;
        } else {
            delays.push_back(found);
        }
    }
    return {medianCountingMisses(delays, missed), double(missed) / runs};
}

/** Does any of `ids` (prefix match: "longer:stress" matches "longer:stress:worse") hold on `day`? */
bool holds(const std::map<std::string, int> &day, const std::vector<std::string> &ids)
{
    return std::any_of(day.begin(), day.end(), [&](const auto &e) {
        return std::any_of(ids.begin(), ids.end(), [&](const std::string &id) { return e.first.rfind(id, 0) == 0; });
    });
}

/** Every person's days of `scenario`, changed on day 150. */
std::vector<std::vector<std::map<std::string, int>>> people(Scenario scenario, int count, int days, std::uint64_t seed)
{
    std::vector<std::vector<std::map<std::string, int>>> all;
    for (int r = 0; r < count; ++r) {
        const auto diary = diaryOf(scenario, days, 150, seed + std::uint64_t(r));
        all.push_back(flagDays(diary, QDate(2020, 1, 6).addDays(days - 1)));
    }
    return all;
}

/** The first day in [from, to) on which `ids` hold (`want`) or no longer hold (!want), minus `from`; -1: none. */
int firstDay(const std::vector<std::map<std::string, int>> &days, int from, int to, const std::vector<std::string> &ids,
             bool want = true)
{
    for (int t = from; t < std::min(to, int(days.size())); ++t) {
        if (holds(days[size_t(t)], ids) == want) {
            return t - from;
        }
    }
    return -1;
}

void printLongerView(int count, double stableWorse, double stableBetter)
{
    constexpr int kChange = 150;
    const std::vector<std::string> worse = {"longer:energy:worse", "longer:mood:worse", "longer:stress:worse"};
    const std::vector<std::string> better = {"longer:energy:better", "longer:mood:better", "longer:stress:better"};
    std::printf("\n| case (the longer view and early warning; %d people each) | measured | target |\n|---|---|---|\n",
                count);
    std::printf("| stable diaries: longer-view lines begun per 180 days, worse / better | %.2f / %.2f | <= 1 each |\n",
                stableWorse, stableBetter);

    // Stress alone climbs 1.25 SD over eight weeks, then stays for four months.
    {
        const int days = kChange + kRampDays + 120;
        double held = 0;
        double counted = 0;
        std::vector<double> onset;
        int missed = 0;
        for (const auto &p : people(Scenario::StressRampStays, count, days, 200000)) {
            const int first = firstDay(p, kChange, days, {"longer:stress:worse"});
            first < 0 ? ++missed : (onset.push_back(first), 0);
            for (int t = kChange + kRampDays + 21; t < days; ++t) {
                held += holds(p[size_t(t)], {"longer:stress:worse"}) ? 1 : 0;
                counted += 1;
            }
        }
        std::printf("| stress climbs 1.25 SD over 8 weeks, stays 4 months: days the longer view holds, from 3 weeks "
                    "after the climb | %.0f%% (first said after a median of %.0f days; never: %d) | >= 80%% |\n",
                    100 * held / counted, medianCountingMisses(onset, missed), missed);
    }
    // Swings grow for 60 days, then a 1-SD shift together.
    {
        const int days = kChange + kSwingDays + 60;
        int before = 0;
        int flagged = 0;
        std::vector<double> lead;
        for (const auto &p : people(Scenario::VarianceBeforeShift, count, days, 300000)) {
            const int first = firstDay(p, kChange, days, {"early_warning"});
            before += first >= 0 && first < kSwingDays ? 1 : 0;
            flagged += first >= 0 ? 1 : 0;
            if (first >= 0 && first < kSwingDays) {
                lead.push_back(kSwingDays - first);
            }
        }
        std::printf("| swings grow for 60 days, then a 1-SD shift: early warning before the shift | %.0f%% (%d of %d; "
                    "a median of %.0f days ahead; at all: %.0f%%) | >= 50%% (3 of 6) |\n",
                    100.0 * before / count, before, count, medianOf(lead), 100.0 * flagged / count);
    }
    // Worse together for 90 days, then back.
    {
        const int days = kChange + kShiftDays + 120;
        int appeared = 0;
        std::vector<double> cleared;
        int notCleared = 0;
        for (const auto &p : people(Scenario::ShiftAndReturn, count, days, 400000)) {
            if (firstDay(p, kChange, kChange + kShiftDays, worse) < 0) {
                continue;
            }
            ++appeared;
            const int gone = firstDay(p, kChange + kShiftDays, days, worse, false);
            gone < 0 ? ++notCleared : (cleared.push_back(gone), 0);
        }
        std::printf("| 1.25 SD worse together for 90 days, then back: said during them / cleared after the return "
                    "(median days) | %.0f%% / %.0f (never: %d) | >= 80%% / <= 42 |\n",
                    100.0 * appeared / count, medianCountingMisses(cleared, notCleared), notCleared);
    }
    // Better together, and it stays.
    {
        const int days = kChange + 120;
        std::vector<double> onset;
        int missed = 0;
        for (const auto &p : people(Scenario::Improvement, count, days, 500000)) {
            const int first = firstDay(p, kChange, days, better);
            first < 0 ? ++missed : (onset.push_back(first), 0);
        }
        std::printf("| 1.25 SD better together, and it stays: the better line, median days (never in 120) | %.0f "
                    "(%.0f%%) | <= 42 |\n",
                    medianCountingMisses(onset, missed), 100.0 * missed / count);
    }
}

double millisecondsToAnalyse(int years, bool history)
{
    const int days = int(years * 365.25);
    const auto diary = syntheticDiary(Scenario::Stable, days, days, 99);
    const QDate last = QDate(2020, 1, 6).addDays(days - 1);
    std::vector<double> times;
    for (int run = 0; run < 9; ++run) {
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

void printTimings()
{
    std::printf("\n| data | analyse today (ms) | --history, every day (ms) | target (today) |\n|---|---|---|---|\n");
    for (int years : {1, 10, 100}) {
        const char *target = years == 10 ? "<= 20 ms" : years == 100 ? "<= 200 ms" : "";
        std::printf("| %d year(s) | %.2f | %.1f | %s |\n", years, millisecondsToAnalyse(years, false),
                    millisecondsToAnalyse(years, true), target);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    // --same-usual: every person's usual exactly on the generator's whole numbers (as before).
    kPerson.ownMeans = !args.contains(QStringLiteral("--same-usual"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--energy-offset")); i >= 0 && i + 1 < args.size()) {
        kPerson.energyOffset = args[i + 1].toDouble(); // for finding out how the usual's place matters
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--shared")); i >= 0 && i + 1 < args.size()) {
        kPerson.shared = args[i + 1].toDouble(); // 0: energy, mood and stress each move on their own
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--energy-rhythm")); i >= 0 && i + 1 < args.size()) {
        kPerson.energyRhythm = args[i + 1].toDouble(); // and how a weekly rhythm does
    }
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--set") && !applySetting(args[i + 1])) {
            return 2;
        }
    }
    const bool timingOnly = args.contains(QStringLiteral("--timing")); // only the time to analyse
    const int stableRuns = quick ? 20 : 100;
    const int changeRuns = quick ? 40 : 200;
    constexpr int kWarmUp = 120; // days before counting: the baselines settle
    constexpr int kStableDays = 120 + 720;

    if (timingOnly) {
        printTimings();
        return 0;
    }
    Onsets stable;
    std::vector<std::vector<std::array<float, 5>>> stableZ;
    for (int r = 0; r < stableRuns; ++r) {
        const auto diary = diaryOf(Scenario::Stable, kStableDays, kStableDays, 1000 + std::uint64_t(r));
        countOnsets(flagDays(diary, QDate(2020, 1, 6).addDays(kStableDays - 1)), kWarmUp, stable);
        stableZ.push_back(referenceZ(diary, kStableDays));
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

    const double ebbRate = stable.anyWatch * per180;
    const double h = tuneReference(stableZ, kWarmUp, ebbRate);
    std::printf("Textbook reference: one CUSUM per measure (energy, mood, stress, load, hours of sleep) on the "
                "deviation from the\nbaseline window's mean in its SDs, k = 0.5, h = %.2f: %.2f alarms per 180 "
                "stable days, as many as Ebb's %.2f flags.\n\n",
                h, referenceFalseRate(stableZ, kWarmUp, h), ebbRate);

    const std::vector<std::string> slides = {"energy_slide", "mood_slide", "stress_slide"};
    struct Row
    {
        const char *name;
        Scenario scenario;
        std::vector<std::string> ids;
        int referenceMeasures; ///< Bits of kReferenceMeasures; 0: no reference.
        int window;
        double missing;
        const char *target;
    };
    const Row rows[] = {
        {"sudden 1-SD drop, energy, mood and stress together", Scenario::SuddenDrop, slides, 0b111, 60, 0.15,
         "median <= 7 days"},
        {"slide 0.05 SD/day, together", Scenario::SlowSlide, slides, 0b111, 60, 0.15, "before -1.5 SD: <= 30 days"},
        {"energy alone drops 1 SD", Scenario::EnergyAlone, {"energy_slide"}, 0b1, 60, 0.15, "median <= 14 days"},
        {"mood alone drops 1 SD", Scenario::MoodAlone, {"mood_slide"}, 0b10, 60, 0.15, "median <= 14 days"},
        {"stress alone rises 1 SD",
         Scenario::StressAlone,
         {"stress_slide", "stress_climbing"},
         0b100,
         60,
         0.15,
         "median <= 14 days"},
        {"load alone rises 1 SD", Scenario::LoadAlone, {"load_slide"}, 0b1000, 60, 0.15, "median <= 14 days"},
        {"sleep alone falls 1 SD", Scenario::SleepAlone, {"sleep_slide"}, 0b10000, 60, 0.15, "median <= 14 days"},
        {"boom and bust every 9-12 days", Scenario::BoomBust, {"boom_bust"}, 0, 90, 0.15, "(none set)"},
        {"rising variance", Scenario::RisingVariance, {"early_warning"}, 0, 150, 0.15, "(none set)"},
    };
    std::printf("Changes injected on day 150 of each diary, %d diaries each\n\n", changeRuns);
    std::printf("| change | Ebb's flags | Ebb: median days to flag (missed) | textbook CUSUM: median days "
                "(missed) | target |\n|---|---|---|---|---|\n");
    std::uint64_t seed = 5000;
    for (const Row &row : rows) {
        const Detection d = detect(row.scenario, row.ids, changeRuns, 150, row.window, seed, row.missing);
        std::string reference = "-";
        if (row.referenceMeasures != 0) {
            const Detection r =
                detectReference(row.scenario, row.referenceMeasures, h, changeRuns, 150, row.window, seed, row.missing);
            char text[64];
            std::snprintf(text, sizeof text, "%.1f (%.0f%%)", r.median, r.missed * 100);
            reference = text;
        }
        seed += 1000;
        std::string names;
        for (const auto &id : row.ids) {
            names += (names.empty() ? "" : ", ") + id;
        }
        std::printf("| %s | %s | %.1f (%.0f%% of %d days) | %s | %s |\n", row.name, names.c_str(), d.median,
                    d.missed * 100, row.window, reference.c_str(), row.target);
    }

    // Three episodes within four weeks, 5% missed days: flagged at all within five weeks?
    int flagged = 0;
    const int people = changeRuns;
    for (int r = 0; r < people; ++r) {
        constexpr int kChange = 150;
        constexpr int kWindow = 35;
        const auto diary = diaryOf(Scenario::BoomBustThree, kChange + kWindow, kChange, 90000 + std::uint64_t(r), 0.05);
        const auto days = flagDays(diary, QDate(2020, 1, 6).addDays(kChange + kWindow - 1));
        bool seen = false;
        for (int t = kChange; t < int(days.size()) && !seen; ++t) {
            seen = days[size_t(t)].count("boom_bust") > 0;
        }
        flagged += seen ? 1 : 0;
    }
    std::printf("\nThree boom-and-bust episodes within four weeks (load 2.5 SD up and energy a little up, then "
                "energy 2.5 SD down 1-2 days later; 5%% missed days): boom_bust flagged within five weeks for "
                "%d of %d people (%.0f%%; target: at least 5 of 6, 83%%).\n",
                flagged, people, 100.0 * flagged / people);

    printLongerView(changeRuns, stable.longerWorse * per180, stable.longerBetter * per180);
    printTimings();
    return 0;
}
