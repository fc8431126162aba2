// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each detector pinned on hand-built series: fires, stays quiet, learns, copes with gaps.
#include "pacing/pacingengine.h"
#include "pacing/pacinghistory.h"
#include "pacing/pacingtimeline.h"
#include "pacing/reportformat.h"
#include "pacing/robuststats.h"
#include "syntheticdiary.h"
#include "testsupport.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>
#include <random>

using namespace ebb;

namespace {

const QDate kStart(2026, 1, 5);
const PacingSettings kSettings;

/** A steady person: energy/mood around 6, stress/load around 4, 7.5 h of fair sleep, boundaries mostly held. */
PacingDay steadyDay(int t)
{
    static constexpr int kOffsets[4] = {-1, 0, 1, 0}; // a spread, so baselines have a scale above the floor
    const int a = kOffsets[t % 4];
    const int b = kOffsets[(t + 1) % 4];
    PacingDay d;
    d.date = kStart.addDays(t);
    d.energy = 6 + a;
    d.mood = 6 + b;
    d.stress = 4 - b;
    d.load = 4 + a;
    d.sleepMinutes = 450 + 15 * a;
    d.sleepQuality = 3 + (b + 1) / 2;
    d.held = 3;
    d.slipped = t % 5 == 0 ? 1 : 0;
    return d;
}

/** `days` days of steady data, then `change` applied to each of the last `changed` days. */
std::vector<PacingDay> series(int days, int changed, const std::function<void(PacingDay &, int)> &change)
{
    std::vector<PacingDay> out;
    for (int t = 0; t < days; ++t) {
        PacingDay d = steadyDay(t);
        if (t >= days - changed) {
            change(d, t - (days - changed));
        }
        out.push_back(d);
    }
    return out;
}

PacingReport asOfLast(const std::vector<PacingDay> &days)
{
    return analyzePacing(days, kSettings, days.back().date);
}

/** A copy, not a pointer: the report is often a temporary. */
std::optional<Flag> findFlag(const PacingReport &report, const char *id)
{
    for (const Flag &f : report.flags) {
        if (f.id == QLatin1String(id)) {
            return f;
        }
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("histogram median and MAD equal the sorted-vector definitions", "[pacing][stats]")
{
    std::mt19937 rng(7);
    for (int trial = 0; trial < 200; ++trial) {
        IntHistogram h(96);
        std::vector<double> values;
        const int n = 1 + int(rng() % 40);
        for (int i = 0; i < n; ++i) {
            const int v = int(rng() % 97);
            h.add(v);
            values.push_back(v);
        }
        const double m = *median(values);
        std::vector<double> deviations;
        deviations.reserve(values.size());
        for (double v : values) {
            deviations.push_back(std::abs(v - m));
        }
        REQUIRE(h.median() == Approx(m));
        REQUIRE(h.medianAbsoluteDeviation(m) == Approx(*median(deviations)));
    }
}

TEST_CASE("grouped quartiles move smoothly with the answers, where the plain median sticks", "[pacing][stats]")
{
    const auto quartiles = [](std::initializer_list<int> values) {
        IntHistogram h(10);
        for (int v : values) {
            h.add(v);
        }
        return std::pair{h.median(), h.groupedQuartiles()};
    };
    const auto [mostlySix, q1] = quartiles({6, 6, 6, 7});
    const auto [mostlySeven, q2] = quartiles({6, 7, 7, 7});
    CHECK(mostlySix == 6.0);
    CHECK(mostlySeven == 7.0);
    // Each answer v spread over [v - 0.5, v + 0.5]: the middle is where half the answers lie.
    CHECK(q1.lower == Approx(5.5 + 1.0 / 3));
    CHECK(q1.middle == Approx(5.5 + 2.0 / 3));
    CHECK(q1.upper == Approx(6.5));
    CHECK(q2.lower == Approx(6.5));
    CHECK(q2.middle == Approx(6.5 + 1.0 / 3));
    CHECK(q2.upper == Approx(6.5 + 2.0 / 3));
    // Half hours of sleep kept in quarter hours: the middle of 7 h, 7 h, 7.5 h, 7.5 h is 7.25 h.
    IntHistogram quarters(96);
    for (int v : {28, 28, 30, 30}) {
        quarters.add(v);
    }
    CHECK(quarters.groupedQuartiles().middle == Approx(29.0));
    quarters.add(30); // one more 7.5 h moves it a little way, not across the gap
    CHECK(quarters.groupedQuartiles().middle == Approx(29.5 + 0.5 / 3));
    const auto [single, q3] = quartiles({3});
    CHECK(single == 3.0);
    CHECK(q3.middle == Approx(3.0));
}

TEST_CASE("the usual for the kind of day keeps a clear weekly rhythm and drops a faint one", "[pacing][stats]")
{
    PacingSettings settings;
    PacingHistory h(settings, kStart); // a Monday
    for (int t = 0; t < 70; ++t) {
        PacingDay d = steadyDay(t);
        const bool weekend = kStart.addDays(t).dayOfWeek() >= 6;
        d.load = (weekend ? 2 : 6) + (t % 3 == 0 ? 1 : 0);          // much lighter weekends
        d.energy = 6 + (t % 3 == 0 ? 1 : 0) - (t % 7 == 2 ? 1 : 0); // no rhythm to speak of
        h.append(&d);
    }
    PacingDay saturday = steadyDay(70); // day 70 from a Monday is a Monday; 75 is a Saturday
    for (int t = 70; t < 75; ++t) {
        PacingDay d = steadyDay(t);
        d.load = 6;
        d.energy = 6;
        h.append(&d);
    }
    saturday.date = kStart.addDays(75);
    REQUIRE(saturday.date.dayOfWeek() == 6);
    saturday.load = 6; // a usual weekday's load, on a Saturday
    saturday.energy = 6;
    h.append(&saturday);
    const int t = h.last();
    CHECK(h.dayZ(Metric::Load, t) > 3.0);                          // a big Saturday is big for a Saturday
    CHECK(h.dayZ(Metric::Load, t - 1) == Approx(0.0).margin(0.7)); // Friday's 6 is usual
    CHECK(std::abs(h.dayZ(Metric::Energy, t)) < 0.7);              // energy: no weekend usual of its own
}

TEST_CASE("what one measure does alone stands out from what the three do together", "[pacing][stats]")
{
    PacingSettings settings;
    PacingHistory h(settings, kStart);
    // Energy, mood and stress rise and fall together from day to day.
    for (int t = 0; t < 70; ++t) {
        PacingDay d = steadyDay(t);
        const int swing = t % 3 - 1;
        d.energy = 6 + swing;
        d.mood = 6 + swing;
        d.stress = 4 - swing;
        h.append(&d);
    }
    PacingDay together = steadyDay(70);
    together.energy = 4;
    together.mood = 4;
    together.stress = 6;
    h.append(&together);
    PacingDay alone = steadyDay(71);
    alone.energy = 4;
    alone.mood = 6;
    alone.stress = 4;
    h.append(&alone);
    const int t = h.last();
    CHECK(h.dayZ(Metric::Energy, t - 1) == Approx(h.dayZ(Metric::Energy, t)).margin(0.15)); // same energy
    CHECK(h.aloneZ(Metric::Energy, t - 1) < 0.5);                         // as low as mood and stress say it would be
    CHECK(h.aloneZ(Metric::Energy, t) > 2.0 * h.dayZ(Metric::Energy, t)); // low on its own: clear
    CHECK(h.aloneZ(Metric::Load, t) == h.dayZ(Metric::Load, t));          // load: nothing shared
}

TEST_CASE("Theil-Sen and Kendall's tau read trends and ignore an outlier", "[pacing][stats]")
{
    std::vector<double> scratch;
    const std::vector<double> x = {0, 1, 2, 3, 4, 5};
    const std::vector<double> y = {1, 1.5, 2, 2.5, 30, 3.5}; // slope 0.5 with one wild value
    CHECK(*theilSenSlope(x, y, scratch) == Approx(0.5));
    CHECK(*kendallTauTrend(std::vector<double>{1, 2, 3, 4}) == Approx(1.0));
    CHECK(*kendallTauTrend(std::vector<double>{4, 3, 2, 1}) == Approx(-1.0));
    CHECK_FALSE(kendallTauTrend(std::vector<double>{2, 2, 2}).has_value());
    CHECK_FALSE(kendallTauTrend(std::vector<double>{1, 2}).has_value());
}

TEST_CASE("with under two weeks of history the personal detectors are still learning", "[pacing]")
{
    const auto days = series(20, 5, [](PacingDay &d, int) {
        d.energy = 0;
        d.mood = 0;
    });
    const PacingReport r = asOfLast(days);
    CHECK(r.learning.contains(QStringLiteral("energy")));
    CHECK(r.learning.size() == 6);
    CHECK(findFlag(r, "energy_slide") == std::nullopt);
    CHECK(findFlag(r, "mood_slide") == std::nullopt);
    // Measures with a meaning of their own still speak: a day asking far more than the energy there is.
    CHECK(findFlag(r, "envelope") != std::nullopt);
    CHECK(analyzePacing({}, kSettings, kStart).learning.size() == 6);
}

TEST_CASE("steady data raises no flag", "[pacing]")
{
    const PacingReport r = asOfLast(series(120, 0, {}));
    CHECK(r.learning.isEmpty());
    CHECK(r.flags.empty());
    CHECK(r.status == PacingStatus::Steady);
}

TEST_CASE("an energy slide is flagged within a week, with its evidence and kind words", "[pacing][slide]")
{
    const auto days = series(70, 5, [](PacingDay &d, int) { d.energy = 3; });
    const PacingReport r = asOfLast(days);
    const auto f = findFlag(r, "energy_slide");
    REQUIRE(f != std::nullopt);
    CHECK(f->since >= days[65].date);
    CHECK(f->message.contains(QStringLiteral("lower than usual")));
    CHECK_FALSE(f->suggestion.isEmpty());
    CHECK(f->evidence[0].first == QStringLiteral("cusum"));
    CHECK(f->evidence[0].second >= kSettings.slideWatch);
    CHECK(r.status != PacingStatus::Steady);
    CHECK(findFlag(r, "mood_slide") == std::nullopt);
}

TEST_CASE("mood and stress moving together with energy raise the combined slide sooner", "[pacing][slide]")
{
    // Four days a point worse than usual: for energy alone not yet a slide, for all three at once one.
    const auto energyOnly = series(70, 4, [](PacingDay &d, int) { d.energy = *d.energy - 1; });
    const auto together = series(70, 4, [](PacingDay &d, int) {
        d.energy = *d.energy - 1;
        d.mood = *d.mood - 1;
        d.stress = *d.stress + 1;
    });
    CHECK(asOfLast(energyOnly).flags.empty());
    const PacingReport r = asOfLast(together);
    REQUIRE_FALSE(r.flags.empty());
    const Flag &f = r.flags.front();
    CHECK(f.id.endsWith(QStringLiteral("_slide")));
    CHECK(std::any_of(f.evidence.begin(), f.evidence.end(),
                      [](const auto &e) { return e.first == QStringLiteral("combined_cusum"); }));
}

TEST_CASE("missed days leave a slide's evidence in place; a week-long gap resets it", "[pacing][slide]")
{
    auto days = series(70, 5, [](PacingDay &d, int) { d.energy = 3; });
    // Two missed days after the slide: still flagged as of the second.
    REQUIRE(findFlag(analyzePacing(days, kSettings, days.back().date.addDays(2)), "energy_slide") != std::nullopt);
    // Seven days with nothing recorded: the old evidence no longer speaks.
    const PacingReport afterGap = analyzePacing(days, kSettings, days.back().date.addDays(7));
    CHECK(findFlag(afterGap, "energy_slide") == std::nullopt);
}

namespace {

struct SingleMeasure
{
    const char *id;
    test::Scenario scenario;
    std::function<void(PacingDay &)> worse; ///< About 1.5 SD worse on the steady series.
};

const SingleMeasure kSingleMeasures[] = {
    {"energy_slide", test::Scenario::EnergyAlone,
     [](PacingDay &d) {
         d.energy = *d.energy - 1;
     }},
    {"mood_slide", test::Scenario::MoodAlone,
     [](PacingDay &d) {
         d.mood = *d.mood - 1;
     }},
    {"stress_slide", test::Scenario::StressAlone,
     [](PacingDay &d) {
         d.stress = *d.stress + 1;
     }},
    {"load_slide", test::Scenario::LoadAlone,
     [](PacingDay &d) {
         d.load = *d.load + 1;
     }},
    {"sleep_slide", test::Scenario::SleepAlone,
     [](PacingDay &d) {
         d.sleepMinutes = *d.sleepMinutes - 30;
     }},
};

/** The first day (from the change) on which `id` is active, or -1 within the diary. */
int daysToFlag(const std::vector<PacingDay> &diary, QDate changeDay, const char *id)
{
    int found = -1;
    analyzePacingHistory(diary, kSettings, {}, [&](const PacingReport &r) {
        if (found < 0 && r.asOf >= changeDay && findFlag(r, id)) {
            found = int(changeDay.daysTo(r.asOf));
        }
    });
    return found;
}

} // namespace

TEST_CASE("one measure alone moving worse is flagged within two weeks, and only that measure", "[pacing][single]")
{
    for (const SingleMeasure &m : kSingleMeasures) {
        INFO(m.id);
        // A steady person; then one measure a point worse (half an hour less sleep) every day,
        // everything else as it was.
        const auto days = series(70 + 28, 28, [&](PacingDay &d, int) { m.worse(d); });
        const int delay = daysToFlag(days, days[70].date, m.id);
        CHECK(delay >= 0);
        CHECK(delay <= 14);
        const PacingReport r = asOfLast(days);
        for (const SingleMeasure &other : kSingleMeasures) {
            if (other.id != m.id) {
                CHECK(findFlag(r, other.id) == std::nullopt);
            }
        }
    }
}

TEST_CASE("a 1-SD change in one measure alone is caught within weeks; stable diaries stay quiet", "[pacing][single]")
{
    constexpr int kChange = 150;
    constexpr int kPeople = 41;
    for (const SingleMeasure &m : kSingleMeasures) {
        INFO(m.id);
        std::vector<int> delays;
        for (int person = 0; person < kPeople; ++person) {
            const auto diary = test::syntheticDiary(m.scenario, kChange + 60, kChange, 700 + std::uint64_t(person),
                                                    QDate(2020, 1, 6), 0.15, test::Person{true});
            const int delay = daysToFlag(diary, QDate(2020, 1, 6).addDays(kChange), m.id);
            delays.push_back(delay < 0 ? 1000 : delay);
        }
        std::sort(delays.begin(), delays.end());
        std::string all;
        for (int d : delays) {
            all += std::to_string(d) + " ";
        }
        INFO("days to the flag: " << all);
        // The benchmark holds the median to two weeks over 200 people (docs/pacing.md); for these few,
        // a median within three weeks, and three in five caught within the two months.
        CHECK(delays[kPeople / 2] <= 21);
        CHECK(delays[kPeople * 3 / 5] <= 60);

        // The same people with nothing changing: this flag speaks at most once in 90 days.
        int onsets = 0;
        int counted = 0;
        for (int person = 0; person < kPeople; ++person) {
            const auto diary = test::syntheticDiary(test::Scenario::Stable, 480, 480, 700 + std::uint64_t(person),
                                                    QDate(2020, 1, 6), 0.15, test::Person{true});
            bool before = false;
            int day = 0;
            analyzePacingHistory(diary, kSettings, {}, [&](const PacingReport &r) {
                const bool now = findFlag(r, m.id) != std::nullopt;
                if (day++ >= 120) { // once the baselines have settled
                    onsets += now && !before ? 1 : 0;
                    ++counted;
                }
                before = now;
            });
        }
        CHECK(onsets <= counted / 90);
    }
}

TEST_CASE("stress climbing steadily well above the usual is flagged; a flat high week is not", "[pacing][stress]")
{
    const auto climbing = series(70, 14, [](PacingDay &d, int i) { d.stress = std::min(10, 3 + i / 2); });
    const auto f = findFlag(asOfLast(climbing), "stress_climbing");
    REQUIRE(f != std::nullopt);
    CHECK(f->evidence[0].second >= kSettings.stressSlopeWatch);
    const auto flat = series(70, 14, [](PacingDay &d, int) { d.stress = 5; });
    CHECK(findFlag(asOfLast(flat), "stress_climbing") == std::nullopt);
}

TEST_CASE("sleep debt needs five recorded nights, and grows from watch to warning", "[pacing][sleep]")
{
    const auto shortNights = [](int minutes) {
        return series(40, 7, [minutes](PacingDay &d, int) { d.sleepMinutes = minutes; });
    };
    const auto watch = findFlag(asOfLast(shortNights(360)), "sleep_debt"); // 6 h: 7 h of debt
    REQUIRE(watch != std::nullopt);
    CHECK(watch->severity == Severity::Watch);
    CHECK(watch->evidence[0].second == Approx(7.0));
    const auto warning = findFlag(asOfLast(shortNights(300)), "sleep_debt"); // 5 h: 14 h of debt
    REQUIRE(warning != std::nullopt);
    CHECK(warning->severity == Severity::Warning);

    auto sparse = shortNights(300);
    for (int i = 1; i <= 3; ++i) {
        sparse[sparse.size() - size_t(i)].sleepMinutes.reset(); // only 4 nights recorded
    }
    CHECK(findFlag(asOfLast(sparse), "sleep_debt") == std::nullopt);
}

TEST_CASE("poor sleep on four of the last seven nights is flagged", "[pacing][sleep]")
{
    CHECK(findFlag(asOfLast(series(40, 4, [](PacingDay &d, int) { d.sleepQuality = 2; })), "poor_sleep") !=
          std::nullopt);
    CHECK(findFlag(asOfLast(series(40, 3, [](PacingDay &d, int) { d.sleepQuality = 1; })), "poor_sleep") ==
          std::nullopt);
}

TEST_CASE("boundaries slipping well above the usual are flagged, naming the ones that slipped", "[pacing][boundaries]")
{
    const auto days = series(70, 7, [](PacingDay &d, int i) {
        d.held = 1;
        d.slipped = 2;
        d.slippedNames = {QStringLiteral("Stopped work by 18:00"),
                          i % 2 ? QStringLiteral("Lunch away from the desk") : QStringLiteral("Stopped work by 18:00")};
    });
    const auto f = findFlag(asOfLast(days), "boundary_slips");
    REQUIRE(f != std::nullopt);
    CHECK(f->evidenceNames.first() == QStringLiteral("Stopped work by 18:00"));
    CHECK(f->message.contains(QStringLiteral("Stopped work by 18:00")));
    const auto fewAnswers = series(70, 7, [](PacingDay &d, int i) {
        d.held = i == 0 ? 1 : 0;
        d.slipped = i < 2 ? 1 : 0;
    });
    CHECK(findFlag(asOfLast(fewAnswers), "boundary_slips") == std::nullopt); // 3 answers: too few to say
}

TEST_CASE("days that ask more than the energy there is are flagged, more strongly when frequent", "[pacing][envelope]")
{
    const auto over = [](int n) {
        return series(40, n, [](PacingDay &d, int) {
            d.energy = 4;
            d.load = 8;
        });
    };
    CHECK(findFlag(asOfLast(over(2)), "envelope") == std::nullopt);
    const auto three = findFlag(asOfLast(over(3)), "envelope");
    REQUIRE(three != std::nullopt);
    CHECK(three->severity == Severity::Watch);
    const auto five = findFlag(asOfLast(over(5)), "envelope");
    REQUIRE(five != std::nullopt);
    CHECK(five->severity == Severity::Warning);
}

TEST_CASE("big days followed by crashes are counted as boom-bust episodes", "[pacing][boombust]")
{
    const auto episodes = [](int count) {
        return series(70, 28, [count](PacingDay &d, int i) {
            const int episode = i / 9;
            if (episode < count && i % 9 == 0) {
                d.load = 10; // the boom
            } else if (episode < count && i % 9 == 2) {
                d.energy = 1; // the bust, two days later
            }
        });
    };
    CHECK(findFlag(asOfLast(episodes(1)), "boom_bust") == std::nullopt);
    const auto two = findFlag(asOfLast(episodes(2)), "boom_bust");
    REQUIRE(two != std::nullopt);
    CHECK(two->severity == Severity::Watch);
    CHECK(two->evidenceDates.size() == 2);
    const auto three = findFlag(asOfLast(episodes(3)), "boom_bust");
    REQUIRE(three != std::nullopt);
    CHECK(three->severity == Severity::Warning);
}

TEST_CASE("three boom-and-bust episodes in four weeks are flagged despite rounding and missed days",
          "[pacing][boombust]")
{
    constexpr int kChange = 150;
    constexpr int kPeople = 12;
    int flagged = 0;
    for (int person = 0; person < kPeople; ++person) {
        const auto diary =
            test::syntheticDiary(test::Scenario::BoomBustThree, kChange + 35, kChange, 300 + std::uint64_t(person),
                                 QDate(2020, 1, 6), 0.05, test::Person{true});
        std::optional<Flag> seen;
        QDate asOf;
        analyzePacingHistory(diary, kSettings, {}, [&](const PacingReport &r) {
            if (!seen && r.asOf >= QDate(2020, 1, 6).addDays(kChange)) {
                seen = findFlag(r, "boom_bust");
                asOf = r.asOf;
            }
        });
        if (seen) {
            ++flagged;
            // The evidence is the big days themselves, each inside the last four weeks.
            REQUIRE(seen->evidenceDates.size() >= 2);
            for (const QString &day : seen->evidenceDates) {
                const QDate big = QDate::fromString(day, Qt::ISODate);
                CHECK(big >= asOf.addDays(-27));
                CHECK(big < asOf);
            }
        }
    }
    CHECK(flagged >= kPeople * 3 / 4);
}

TEST_CASE("a slide that spoke keeps speaking until its CUSUM is well down, not on and off", "[pacing][slide]")
{
    // Without the release level a run hovering at the watch level comes and goes; with it, the
    // same runs are told once each: fewer onsets, and none of them lost.
    const auto onsetsAndDays = [](double release) {
        PacingSettings settings;
        settings.slideRelease = release;
        int onsets = 0;
        int active = 0;
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            bool before = false;
            analyzePacingHistory(
                test::syntheticDiary(test::Scenario::Stable, 480, 480, seed), settings, {}, [&](const PacingReport &r) {
                    const bool now = std::any_of(r.flags.begin(), r.flags.end(),
                                                 [](const Flag &f) { return f.id.endsWith(QStringLiteral("_slide")); });
                    onsets += now && !before ? 1 : 0;
                    active += now ? 1 : 0;
                    before = now;
                });
        }
        return std::pair{onsets, active};
    };
    const auto [flickering, daysFlickering] = onsetsAndDays(1.0);
    const auto [held, daysHeld] = onsetsAndDays(kSettings.slideRelease);
    REQUIRE(kSettings.slideRelease < 1.0);
    CHECK(held < flickering);
    CHECK(daysHeld > 0);
}

TEST_CASE("growing swings raise the early-warning flag more often than steady days do", "[pacing][ews]")
{
    const auto runsFlagged = [](test::Scenario scenario) {
        int flagged = 0;
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            bool seen = false;
            analyzePacingHistory(test::syntheticDiary(scenario, 330, 150, seed), kSettings, {},
                                 [&](const PacingReport &r) {
                                     if (const auto f = findFlag(r, "early_warning")) {
                                         seen = true;
                                         CHECK(f->message.contains(QStringLiteral("uncertain")));
                                     }
                                 });
            flagged += seen ? 1 : 0;
        }
        return flagged;
    };
    const int rising = runsFlagged(test::Scenario::RisingVariance);
    const int stable = runsFlagged(test::Scenario::Stable);
    CHECK(rising >= 3);
    CHECK(rising > stable);
}

TEST_CASE("three watch flags at once, or any warning, read as take care", "[pacing]")
{
    Flag watch;
    Flag warning;
    warning.severity = Severity::Warning;
    CHECK(statusOf({}) == PacingStatus::Steady);
    CHECK(statusOf({watch, watch}) == PacingStatus::Watch);
    CHECK(statusOf({watch, watch, watch}) == PacingStatus::TakeCare);
    CHECK(statusOf({warning}) == PacingStatus::TakeCare);
}

TEST_CASE("a flag that clears after three days says so kindly, once", "[pacing]")
{
    auto days = series(70, 6, [](PacingDay &d, int) {
        d.energy = 4;
        d.load = 8;
    });
    for (int i = 0; i < 8; ++i) {
        days.push_back(steadyDay(70 + i));
    }
    int clearedOn = 0;
    analyzePacingHistory(days, kSettings, {}, [&](const PacingReport &r) {
        for (const ClearedFlag &c : r.cleared) {
            if (c.id == QLatin1String("envelope")) {
                ++clearedOn;
                CHECK(c.message.contains(QStringLiteral("closer to the energy")));
            }
        }
    });
    CHECK(clearedOn == 1);
}

TEST_CASE("a history equals analysing each truncated prefix on its own (no look-ahead)", "[pacing][property]")
{
    for (auto scenario : {test::Scenario::SuddenDrop, test::Scenario::BoomBust, test::Scenario::SlowSlide}) {
        const auto diary = test::syntheticDiary(scenario, 200, 110, 11 + int(scenario));
        std::vector<QByteArray> history;
        analyzePacingHistory(diary, kSettings, {},
                             [&](const PacingReport &r) { history.push_back(reportToJsonLine(r)); });
        REQUIRE(history.size() == size_t(diary.front().date.daysTo(diary.back().date) + 1));
        for (size_t i = 0; i < history.size(); i += 3) {
            const QDate day = diary.front().date.addDays(qint64(i));
            std::vector<PacingDay> prefix;
            for (const PacingDay &d : diary) {
                if (d.date <= day) {
                    prefix.push_back(d);
                }
            }
            INFO("scenario " << int(scenario) << ", day " << i);
            REQUIRE(reportToJsonLine(analyzePacing(prefix, kSettings, day)) == history[i]);
            // Data after the day changes nothing either.
            REQUIRE(reportToJsonLine(analyzePacing(diary, kSettings, day)) == history[i]);
        }
    }
}

TEST_CASE("the JSON report has the documented shape", "[pacing][json]")
{
    const auto days = series(70, 5, [](PacingDay &d, int) { d.energy = 3; });
    const QJsonObject o = reportToJson(asOfLast(days));
    CHECK(o.value(QStringLiteral("as_of")).toString() == days.back().date.toString(Qt::ISODate));
    CHECK(QStringList{QStringLiteral("watch"), QStringLiteral("take_care")}.contains(
        o.value(QStringLiteral("status")).toString()));
    CHECK(o.value(QStringLiteral("learning")).toArray().isEmpty());
    const QJsonObject flag = o.value(QStringLiteral("flags")).toArray().first().toObject();
    for (const char *key : {"id", "severity", "since", "evidence", "message", "suggestion"}) {
        CHECK(flag.contains(QLatin1String(key)));
    }
    CHECK(flag.value(QStringLiteral("evidence")).toObject().contains(QStringLiteral("baseline_median")));
}

TEST_CASE("the timeline carries each day's value, baseline and active flags", "[pacing][timeline]")
{
    auto days = series(70, 5, [](PacingDay &d, int) { d.energy = 3; });
    days.erase(days.begin() + 40); // one missed day
    const auto timeline = pacingTimeline(days, kSettings);
    REQUIRE(timeline.size() == 70);
    CHECK(timeline[0].date == kStart);
    CHECK(std::isnan(timeline[40].values[size_t(Metric::Energy)]));
    CHECK_FALSE(timeline[10].baselines[size_t(Metric::Energy)].ready);
    CHECK(timeline[60].baselines[size_t(Metric::Energy)].ready);
    CHECK(timeline[60].baselines[size_t(Metric::Energy)].median == Approx(6.0));
    CHECK(timeline[69].values[size_t(Metric::Energy)] == 3.0f);
    CHECK(timeline[69].flags.contains(QStringLiteral("energy_slide")));
    CHECK(timeline[60].flags.isEmpty());
    CHECK(pacingTimeline({}, kSettings).empty());
}
