// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The longer view (docs/pacing.md): a change the rolling usual has absorbed is still told, in both
// directions, and clears on return; early-warning signs come before a shift; what a person is
// shown leaves out what they dismissed.
#include "pacing/pacingengine.h"
#include "pacing/pacingsummary.h"
#include "pacing/reportformat.h"
#include "syntheticdiary.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <map>

using namespace ebb;
using test::Scenario;

namespace {

const PacingSettings kSettings;
const QDate kStart(2020, 1, 6);
constexpr int kChange = 150;

/** Per day of `diary` (indexed from kStart): the longer view's notes as "measure:direction", and the flags. */
struct Day
{
    QStringList longer;
    QStringList flags;
};

std::vector<Day> daysOf(const std::vector<PacingDay> &diary, int days, const PacingSettings &settings = kSettings)
{
    std::vector<Day> out(size_t(kStart.daysTo(diary.front().date)));
    analyzePacingHistory(diary, settings, kStart.addDays(days - 1), [&](const PacingReport &r) {
        Day d;
        for (const LongerViewNote &n : r.longerView) {
            d.longer << n.measure + QLatin1Char(':') + directionKey(n.direction);
            REQUIRE_FALSE(n.message.isEmpty());
        }
        for (const Flag &f : r.flags) {
            d.flags << f.id;
        }
        out.push_back(d);
    });
    return out;
}

} // namespace

TEST_CASE("the longer view tells a climb the usual has absorbed, and holds through months of it", "[pacing][longer]")
{
    constexpr int kDays = kChange + test::kRampDays + 120;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const auto days = daysOf(test::syntheticDiary(Scenario::StressRampStays, kDays, kChange, seed), kDays);
        int held = 0;
        int counted = 0;
        for (int t = kChange + test::kRampDays + 21; t < kDays; ++t) {
            held += days[size_t(t)].longer.contains(QStringLiteral("stress:worse")) ? 1 : 0;
            ++counted;
        }
        INFO("seed " << seed << ": held on " << held << " of " << counted << " days");
        REQUIRE(held >= counted * 9 / 10);
        // Before the climb began, nothing of the kind was said.
        for (int t = 0; t < kChange; ++t) {
            REQUIRE_FALSE(days[size_t(t)].longer.contains(QStringLiteral("stress:worse")));
        }
    }
}

TEST_CASE("the longer view clears once the person is back near their steadier weeks", "[pacing][longer]")
{
    constexpr int kDays = kChange + test::kShiftDays + 90;
    int cleared = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const auto days = daysOf(test::syntheticDiary(Scenario::ShiftAndReturn, kDays, kChange, seed), kDays);
        const auto worse = [&](int t) {
            return std::any_of(days[size_t(t)].longer.begin(), days[size_t(t)].longer.end(),
                               [](const QString &n) { return n.endsWith(QLatin1String(":worse")); });
        };
        bool said = false;
        for (int t = kChange; t < kChange + test::kShiftDays; ++t) {
            said = said || worse(t);
        }
        REQUIRE(said);
        cleared += worse(kDays - 1) ? 0 : 1;
    }
    CHECK(cleared >= 5);
}

TEST_CASE("an improvement gets its own line, against the first weeks with Ebb", "[pacing][longer]")
{
    constexpr int kDays = kChange + 120;
    int shown = 0;
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const auto diary = test::syntheticDiary(Scenario::Improvement, kDays, kChange, seed);
        const PacingReport r = analyzePacing(diary, kSettings, kStart.addDays(kDays - 1));
        for (const LongerViewNote &n : r.longerView) {
            REQUIRE(n.direction == Direction::Better);
            if (n.firstWeeks) {
                CHECK(n.message.contains(QStringLiteral("first weeks with Ebb")));
                CHECK(n.anchorFrom < kStart.addDays(60));
            }
        }
        shown += r.longerView.empty() ? 0 : 1;
    }
    CHECK(shown >= 5);
}

TEST_CASE("stable diaries seldom get a longer-view line in either direction", "[pacing][longer]")
{
    constexpr int kDays = 120 + 720;
    std::map<QString, int> began;
    double counted = 0;
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
        const auto days = daysOf(test::syntheticDiary(Scenario::Stable, kDays, kDays, 700 + seed), kDays);
        for (int t = 121; t < kDays; ++t) {
            for (const QString &n : days[size_t(t)].longer) {
                began[n.section(QLatin1Char(':'), 1)] += days[size_t(t) - 1].longer.contains(n) ? 0 : 1;
            }
            ++counted;
        }
    }
    // The limit: at most one line per 180 stable days, in each direction.
    CHECK(began[QStringLiteral("worse")] * 180.0 / counted <= 1.0);
    CHECK(began[QStringLiteral("better")] * 180.0 / counted <= 1.0);
}

TEST_CASE("early-warning signs come while swings grow, before the shift they lead to", "[pacing][ews]")
{
    constexpr int kDays = kChange + test::kSwingDays + 30;
    int before = 0;
    int stable = 0;
    for (std::uint64_t seed = 1; seed <= 10; ++seed) {
        const auto days = daysOf(test::syntheticDiary(Scenario::VarianceBeforeShift, kDays, kChange, seed), kDays);
        bool seen = false;
        for (int t = kChange; t < kChange + test::kSwingDays; ++t) {
            seen = seen || days[size_t(t)].flags.contains(QStringLiteral("early_warning"));
        }
        before += seen ? 1 : 0;
        const auto quiet = daysOf(test::syntheticDiary(Scenario::Stable, kDays, kDays, seed), kDays);
        bool any = false;
        for (int t = kChange; t < kChange + test::kSwingDays; ++t) {
            any = any || quiet[size_t(t)].flags.contains(QStringLiteral("early_warning"));
        }
        stable += any ? 1 : 0;
    }
    CHECK(before >= 5);
    CHECK(stable <= 1);
}

TEST_CASE("a stretch the person named is the one compared with", "[pacing][longer]")
{
    constexpr int kDays = kChange + test::kRampDays + 60;
    PacingSettings named;
    named.anchorFrom = kStart.addDays(70);
    named.anchorTo = kStart.addDays(111);
    const auto diary = test::syntheticDiary(Scenario::StressRampStays, kDays, kChange, 3);
    const PacingReport r = analyzePacing(diary, named, kStart.addDays(kDays - 1));
    REQUIRE_FALSE(r.longerView.empty());
    CHECK(r.longerView.front().anchorFrom == named.anchorFrom);
    CHECK(r.longerView.front().anchorTo == named.anchorTo);
    CHECK(r.longerView.front().message.startsWith(QStringLiteral("Compared with your steadier weeks in")));
}

TEST_CASE("the longer view is a top-level array in the JSON report, with the documented keys", "[pacing][json]")
{
    constexpr int kDays = kChange + test::kRampDays + 60;
    const auto diary = test::syntheticDiary(Scenario::StressRampStays, kDays, kChange, 2);
    const QJsonObject json = reportToJson(analyzePacing(diary, kSettings, kStart.addDays(kDays - 1)));
    const QJsonArray longer = json.value(QStringLiteral("longer_view")).toArray();
    REQUIRE_FALSE(longer.isEmpty());
    const QJsonObject first = longer.first().toObject();
    for (const char *key :
         {"measure", "direction", "since", "anchor_from", "anchor_to", "anchor_mean", "recent_mean"}) {
        INFO(key);
        CHECK(first.contains(QLatin1String(key)));
    }
    CHECK(first.value(QStringLiteral("measure")).toString() == QStringLiteral("stress"));
    CHECK(first.value(QStringLiteral("direction")).toString() == QStringLiteral("worse"));
    CHECK(first.value(QStringLiteral("recent_mean")).toDouble() >
          first.value(QStringLiteral("anchor_mean")).toDouble());
    // A day with nothing to say has an empty array, not a missing key.
    const QJsonObject early = reportToJson(analyzePacing(diary, kSettings, kStart.addDays(100)));
    REQUIRE(early.value(QStringLiteral("longer_view")).isArray());
    CHECK(early.value(QStringLiteral("longer_view")).toArray().isEmpty());
}

TEST_CASE("what a person is shown leaves out the episodes they dismissed, and says steady when none is left",
          "[pacing][shown]")
{
    PacingReport report;
    Flag energy;
    energy.id = QStringLiteral("energy_slide");
    energy.since = QDate(2026, 3, 1);
    Flag sleep = energy;
    sleep.id = QStringLiteral("sleep_debt");
    sleep.severity = Severity::Warning;
    report.flags = {energy, sleep};
    report.status = statusOf(report.flags);
    REQUIRE(report.status == PacingStatus::TakeCare);

    const PacingReport one = shownReport(report, {{QStringLiteral("sleep_debt"), QDate(2026, 3, 1)}});
    REQUIRE(one.flags.size() == 1);
    CHECK(one.status == PacingStatus::Watch);
    // Another episode of the same flag is not the one dismissed.
    CHECK(shownReport(report, {{QStringLiteral("sleep_debt"), QDate(2026, 2, 1)}}).flags.size() == 2);
    const PacingReport none = shownReport(report, {{QStringLiteral("sleep_debt"), QDate(2026, 3, 1)},
                                                   {QStringLiteral("energy_slide"), QDate(2026, 3, 1)}});
    CHECK(none.flags.empty());
    CHECK(none.status == PacingStatus::Steady);
}

TEST_CASE("a steady title with a worse longer view says there is a change, and one quiet line waits",
          "[pacing][longer]")
{
    PacingReport report;
    report.asOf = QDate(2026, 12, 1);
    LongerViewNote note;
    note.measure = QStringLiteral("stress");
    note.message = QStringLiteral("Compared with your steadier weeks in August and September, stress has been higher.");
    report.longerView = {note};
    const PacingSummary s = summarizePacing(report, 200);
    CHECK(s.title != QStringLiteral("Steady"));
    REQUIRE(s.longerView.size() == 1);
    CHECK(foldedCount(s, false) == 0); // under the headline, not folded
    CHECK(foldedCount(s, true) == 1);  // after a thank-you, it waits with the rest
    CHECK(summaryToText(s, report.asOf).contains(note.message));
}

TEST_CASE("nights rated below the usual, every night, are flagged as a slide of their own", "[pacing][sleep]")
{
    std::vector<PacingDay> days;
    for (int t = 0; t < 120; ++t) {
        PacingDay d;
        d.date = kStart.addDays(t);
        d.energy = 6 + t % 2;
        d.mood = 6 + (t / 2) % 2;
        d.stress = 4 - t % 2;
        d.load = 4;
        d.sleepMinutes = 450;
        // Usually a 3 (sometimes a 4); from day 100 on, every night a 2.
        d.sleepQuality = t >= 100 ? 2 : 3 + (t % 3 == 0 ? 1 : 0);
        days.push_back(d);
    }
    const PacingReport before = analyzePacing(days, kSettings, kStart.addDays(99));
    CHECK(std::none_of(before.flags.begin(), before.flags.end(),
                       [](const Flag &f) { return f.id == QLatin1String("sleep_quality_slide"); }));
    const PacingReport after = analyzePacing(days, kSettings, kStart.addDays(119));
    const auto it = std::find_if(after.flags.begin(), after.flags.end(),
                                 [](const Flag &f) { return f.id == QLatin1String("sleep_quality_slide"); });
    REQUIRE(it != after.flags.end());
    CHECK_FALSE(it->message.isEmpty());
}

TEST_CASE("several measures better than in the first weeks are one line of good news", "[pacing][longer]")
{
    PacingReport report;
    report.asOf = QDate(2026, 12, 1);
    for (const char *measure : {"energy", "mood", "stress"}) {
        LongerViewNote note;
        note.measure = QString::fromLatin1(measure);
        note.direction = Direction::Better;
        note.firstWeeks = true;
        note.message = QStringLiteral("one line for %1").arg(note.measure);
        report.longerView.push_back(note);
    }
    const PacingSummary s = summarizePacing(report, 200);
    REQUIRE(s.longerView.size() == 1);
    CHECK(s.longerView.front() == QStringLiteral("Your energy, mood and stress have been better than in your first "
                                                 "weeks with Ebb."));
    CHECK(s.title == QStringLiteral("Steady")); // good news does not change a steady title
    CHECK(foldedCount(s, false) == 0);
}
