// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each detector pinned on hand-built series: fires, stays quiet, learns, copes with gaps.
#include "pacing/pacingengine.h"
#include "pacing/pacingtimeline.h"
#include "pacing/reportformat.h"
#include "pacing/robuststats.h"
#include "syntheticdiary.h"
#include "testsupport.h"

#include <QJsonArray>

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
    const auto energyOnly = series(70, 3, [](PacingDay &d, int) { d.energy = 4; });
    const auto together = series(70, 3, [](PacingDay &d, int) {
        d.energy = 4;
        d.mood = 4;
        d.stress = 6;
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
