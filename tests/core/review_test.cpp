// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/boundary.h"
#include "domain/note.h"
#include "domain/review.h"
#include "pacing/humannames.h"
#include "review/reviewformat.h"
#include "review/weeksummary.h"
#include "review/weekwords.h"
#include "storage/journal.h"
#include "storage/journalsearch.h"
#include "testsupport.h"

#include <cmath>
#include <functional>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::memoryJournal;
using ebb::test::require;
using ebb::test::requireOk;

namespace {

CheckIn day(QDate date, int energy, int mood, int stress, int sleepMinutes = 420)
{
    CheckIn c;
    c.date = date;
    c.energy = energy;
    c.mood = mood;
    c.stress = stress;
    c.sleepMinutes = sleepMinutes;
    return c;
}

} // namespace

TEST_CASE("ISO weeks run Monday to Sunday and belong to their ISO year", "[review][weeks]")
{
    CHECK(isoWeekKey(QDate(2026, 11, 25)) == QStringLiteral("2026-W48"));
    CHECK(isoWeekKey(QDate(2025, 12, 29)) == QStringLiteral("2026-W01")); // 1 January 2026 is a Thursday
    CHECK(isoWeekKey(QDate(2027, 1, 3)) == QStringLiteral("2026-W53"));   // a Sunday still in 2026's last week
    CHECK(isoWeekKey(QDate(2027, 1, 4)) == QStringLiteral("2027-W01"));
    CHECK(mondayOfWeek(QStringLiteral("2026-W53")) == QDate(2026, 12, 28));
    CHECK(mondayOfWeek(QStringLiteral("2026-W01")) == QDate(2025, 12, 29));
    CHECK_FALSE(mondayOfWeek(QStringLiteral("2025-W53")).has_value()); // 2025 has 52 weeks
    CHECK_FALSE(mondayOfWeek(QStringLiteral("2026-W00")).has_value());
    CHECK_FALSE(mondayOfWeek(QStringLiteral("2026-48")).has_value());
}

TEST_CASE("a week's summary: means, ranges, the week before, best and hardest day, sleep, boundaries",
          "[review][summary]")
{
    const QDate monday(2026, 3, 23); // the week in which clocks change in Europe: days are dates, so 7 of them
    std::vector<CheckIn> checkIns = {
        day(monday.addDays(-7), 8, 8, 2),     // the week before
        day(monday.addDays(-6), 6, 6, 4),     // the week before
        day(monday, 4, 5, 6, 360),            // Monday
        day(monday.addDays(2), 7, 7, 2, 480), // Wednesday: best
        day(monday.addDays(6), 2, 3, 8, 300), // Sunday: hardest
        day(monday.addDays(7), 10, 10, 0),    // next week: ignored
    };
    checkIns[2].boundaries = {{1, BoundaryStatus::Held}, {2, BoundaryStatus::Slipped}};
    checkIns[3].boundaries = {{1, BoundaryStatus::Held}};
    const std::vector<Boundary> boundaries = {{1, QStringLiteral("Stopped at 18:00"), 1, {}},
                                              {2, QStringLiteral("Lunch break"), 2, {}}};
    const WeekSummary s = summarizeWeek(checkIns, boundaries, {}, monday.addDays(3));
    CHECK(s.week == QStringLiteral("2026-W13"));
    CHECK(s.monday == monday);
    CHECK(s.sunday == monday.addDays(6));
    CHECK(s.daysRecorded == 3);
    const MetricWeek &energy = s.metrics[size_t(Metric::Energy)];
    CHECK(energy.days == 3);
    CHECK(*energy.mean == Approx(13.0 / 3));
    CHECK(*energy.min == 2);
    CHECK(*energy.max == 7);
    CHECK(*energy.previousMean == Approx(7.0));
    CHECK_FALSE(energy.usual.has_value()); // not enough history for a baseline
    CHECK_FALSE(s.metrics[size_t(Metric::Load)].mean.has_value());
    CHECK(s.bestDay == monday.addDays(2));
    CHECK(s.hardestDay == monday.addDays(6));
    CHECK(s.sleepNights == 3);
    CHECK(s.sleepHours == Approx(19.0));
    CHECK(s.sleepDebtHours == Approx(1.0 + 0.0 + 2.0)); // need 7 h: 6 h, 8 h, 5 h
    CHECK(weekToMarkdown(s, std::nullopt).contains(QStringLiteral("Sleep: 19.0 h over 3 nights; 3.0 h below")));
    REQUIRE(s.boundaries.size() == 2);
    CHECK(s.boundaries[0].held == 2);
    CHECK(s.boundaries[0].slipped == 0);
    CHECK(s.boundaries[1].slipped == 1);
}

TEST_CASE("a best and a hardest day are named only when the days differ", "[review][summary]")
{
    const QDate monday(2026, 3, 23);
    // Monday (5 + 5 + 10 − 5) / 3 and Tuesday (5 + 4 + 10 − 4) / 3 score alike.
    const std::vector<CheckIn> alike = {day(monday, 5, 5, 5), day(monday.addDays(1), 5, 4, 4)};
    const WeekSummary twoAlike = summarizeWeek(alike, {}, {}, monday.addDays(1));
    CHECK_FALSE(twoAlike.bestDay.has_value());
    CHECK_FALSE(twoAlike.hardestDay.has_value());
    CHECK_FALSE(weekToMarkdown(twoAlike, std::nullopt).contains(QStringLiteral("Lightest day")));

    const WeekSummary one = summarizeWeek({day(monday, 3, 3, 7)}, {}, {}, monday);
    CHECK_FALSE(one.bestDay.has_value());

    const std::vector<CheckIn> differ = {day(monday, 5, 5, 5), day(monday.addDays(1), 6, 5, 5)};
    const WeekSummary twoDiffer = summarizeWeek(differ, {}, {}, monday.addDays(1));
    CHECK(twoDiffer.bestDay == monday.addDays(1));
    CHECK(twoDiffer.hardestDay == monday);
}

TEST_CASE("a week with no check-ins is still summarised, honestly empty", "[review][summary]")
{
    const WeekSummary s = summarizeWeek({}, {}, {}, QDate(2026, 1, 5));
    CHECK(s.daysRecorded == 0);
    CHECK_FALSE(s.bestDay.has_value());
    CHECK_FALSE(s.metrics[0].mean.has_value());
    CHECK(weekToMarkdown(s, std::nullopt).contains(QStringLiteral("Nothing written for this week yet")));
    CHECK(weekInWords(s)
              .lead.join(QLatin1Char(' '))
              .contains(QStringLiteral("No check-ins this week, and that is all right")));
    CHECK(weekInWords(s).noticed.isEmpty());
}

TEST_CASE("in the week in progress, flags are counted on the days so far, never on days to come", "[review][summary]")
{
    const QDate monday(2026, 3, 23);
    std::vector<CheckIn> checkIns;
    // Ten steady weeks, then a hard fortnight that runs into this week's Monday.
    for (QDate d = monday.addDays(-84); d < monday.addDays(-13); d = d.addDays(1)) {
        checkIns.push_back(day(d, 7 + int(d.day() % 2), 7, 3));
    }
    for (QDate d = monday.addDays(-13); d <= monday; d = d.addDays(1)) {
        checkIns.push_back(day(d, 2, 2, 8));
    }
    const QDate tuesday = monday.addDays(1);
    const WeekSummary soFar = summarizeWeek(checkIns, {}, {}, monday, tuesday);
    CHECK(soFar.daysSoFar == 2);
    REQUIRE_FALSE(soFar.flags.empty()); // the slide is seen
    REQUIRE(soFar.daysRecorded == 1);   // Monday; Tuesday has no check-in (yet)
    for (const FlagWeek &f : soFar.flags) {
        INFO(f.id.toStdString());
        CHECK(f.days == 1); // counted on the days with a check-in only
    }
    CHECK(weekToMarkdown(soFar, std::nullopt).contains(QStringLiteral("on your one check-in.")));
    CHECK(weekToMarkdown(soFar, std::nullopt).contains(QStringLiteral("Sleep: 7.0 h in one night;"))); // not "1 nights"

    // Seen from after the week (or with no day given), the whole week counts.
    const WeekSummary whole = summarizeWeek(checkIns, {}, {}, monday, monday.addDays(30));
    CHECK(whole.daysSoFar == 7);
    for (const FlagWeek &f : whole.flags) {
        CHECK(f.days <= whole.daysRecorded);
    }
    CHECK(summarizeWeek(checkIns, {}, {}, monday).daysSoFar == 7);
}

TEST_CASE("pacing flags are counted on the week's check-ins, said as such", "[review][summary]")
{
    const QDate monday(2026, 3, 23);
    std::vector<CheckIn> checkIns;
    for (QDate d = monday.addDays(-84); d < monday.addDays(-13); d = d.addDays(1)) {
        checkIns.push_back(day(d, 7 + int(d.day() % 2), 7, 3));
    }
    for (QDate d = monday.addDays(-13); d < monday; d = d.addDays(1)) {
        checkIns.push_back(day(d, 2, 2, 8));
    }
    checkIns.push_back(day(monday, 2, 2, 8));
    checkIns.push_back(day(monday.addDays(3), 2, 2, 8)); // Thursday; Tuesday and Wednesday are gaps
    const WeekSummary s = summarizeWeek(checkIns, {}, {}, monday, monday.addDays(4));
    REQUIRE(s.daysRecorded == 2);
    REQUIRE_FALSE(s.flags.empty());
    for (const FlagWeek &f : s.flags) {
        CHECK(f.days <= 2);
    }
    const FlagWeek &first = s.flags.front();
    const WeekWords words = weekInWords(s);
    REQUIRE_FALSE(words.noticed.isEmpty());
    CHECK(words.noticed.size() <= kMaxNoticedLines);
    CHECK(words.noticed.join(QLatin1Char(' ')).contains(QStringLiteral("on most days"))); // 2 of 2 check-ins
    CHECK_FALSE(weekToMarkdown(s, std::nullopt).contains(first.id)); // the name in words, never the id
}

TEST_CASE("the review opens on the last complete week until this week has four check-ins", "[review][weeks]")
{
    const QDate lastMonday(2026, 3, 16);
    const QDate monday(2026, 3, 23);
    const QDate thursday = monday.addDays(3);
    std::vector<CheckIn> checkIns;
    checkIns.reserve(10);
    for (int i = 0; i < 7; ++i) {
        checkIns.push_back(day(lastMonday.addDays(i), 6, 6, 4));
    }
    CHECK(reviewWeekToOpen(checkIns, monday) == lastMonday); // a week that has barely begun
    for (int i = 0; i < 3; ++i) {
        checkIns.push_back(day(monday.addDays(i), 6, 6, 4));
    }
    CHECK(reviewWeekToOpen(checkIns, thursday) == lastMonday); // three are not yet a week to read
    checkIns.push_back(day(thursday, 6, 6, 4));
    CHECK(reviewWeekToOpen(checkIns, thursday) == monday);
    CHECK(reviewWeekToOpen({}, thursday) == monday);                                // nothing anywhere
    CHECK(reviewWeekToOpen({day(monday, 5, 5, 5)}, thursday) == monday);            // nothing to read last week
    CHECK(reviewWeekToOpen({day(monday.addDays(-30), 5, 5, 5)}, monday) == monday); // nor the week before
}

TEST_CASE("tags before low-energy days are counted, and never claimed as causes", "[review][association]")
{
    // Eight weeks of steady energy 5-7; every Thursday energy 1, after a Wednesday tagged "meetings".
    const QDate sunday(2026, 3, 29);
    std::vector<CheckIn> checkIns;
    for (int i = 0; i < 90; ++i) {
        const QDate d = sunday.addDays(-89 + i);
        CheckIn c = day(d, 5 + i % 3, 6, 4);
        if (d.dayOfWeek() == 4 && d > sunday.addDays(-56)) {
            c.energy = 1;
        }
        if (d.dayOfWeek() == 3) {
            c.tagIds = {1};
        }
        if (d == sunday.addDays(-3)) {
            c.tagIds = {2}; // "walk" once, before nothing in particular
        }
        checkIns.push_back(c);
    }
    const std::vector<Tag> tags = {{1, QStringLiteral("meetings"), TagKind::Drained, {}},
                                   {2, QStringLiteral("walk"), TagKind::Restored, {}}};
    const WeekSummary s = summarizeWeek(checkIns, {}, tags, sunday);
    REQUIRE(s.tagsBefore.lowEnergyDays >= 6);
    REQUIRE(s.tagsBefore.beforeLowEnergy.size() == 1); // "walk" came once: not worth showing
    const TagBefore &meetings = s.tagsBefore.beforeLowEnergy.front();
    CHECK(meetings.tag == QStringLiteral("meetings"));
    CHECK(meetings.before == s.tagsBefore.lowEnergyDays);
    CHECK(meetings.outOf == s.tagsBefore.lowEnergyDays);
    CHECK(meetings.taggedDays == 8);
    CHECK(meetings.recordedDays == 56);
    const QString text = tagBeforeText(meetings, true);
    CHECK(text.contains(QStringLiteral("%1 of your %2 low-energy days").arg(meetings.before).arg(meetings.outOf)));
    CHECK_FALSE(text.contains(QStringLiteral("cause")));
    CHECK(associationCaveat().contains(QStringLiteral("not causes")));
}

namespace {

/**
 * Twelve weeks of energy 5-7 with every Thursday of the last eight at energy 1 (the low days);
 * `tagged` says which days carry tag 1.
 */
std::vector<CheckIn> thursdaysLow(QDate sunday, const std::function<bool(QDate, int)> &tagged)
{
    std::vector<CheckIn> checkIns;
    for (int i = 0; i < 90; ++i) {
        const QDate d = sunday.addDays(-89 + i);
        CheckIn c = day(d, 5 + i % 3, 6, 4);
        if (d.dayOfWeek() == 4 && d > sunday.addDays(-56)) {
            c.energy = 1;
        }
        if (tagged(d, i)) {
            c.tagIds = {1};
        }
        checkIns.push_back(c);
    }
    return checkIns;
}

} // namespace

TEST_CASE("a tag that comes before low days no more often than before other days is not listed",
          "[review][association]")
{
    const QDate sunday(2026, 3, 29);
    const std::vector<Tag> tags = {{1, QStringLiteral("walk outside"), TagKind::Restored, {}}};
    // Every other day: before about half the low days, and about half the others.
    const WeekSummary s =
        summarizeWeek(thursdaysLow(sunday, [](QDate, int i) { return i % 2 == 0; }), {}, tags, sunday);
    REQUIRE(s.tagsBefore.lowEnergyDays >= 6);
    CHECK(s.tagsBefore.beforeLowEnergy.empty());
}

TEST_CASE("a tag that clearly comes before low days is listed with both rates", "[review][association]")
{
    const QDate sunday(2026, 3, 29);
    const std::vector<Tag> tags = {{1, QStringLiteral("meetings"), TagKind::Drained, {}}};
    // Every Wednesday (before each low Thursday) and every Monday (before an ordinary Tuesday).
    const WeekSummary s = summarizeWeek(
        thursdaysLow(sunday, [](QDate d, int) { return d.dayOfWeek() == 3 || d.dayOfWeek() == 1; }), {}, tags, sunday);
    REQUIRE(s.tagsBefore.beforeLowEnergy.size() == 1);
    const TagBefore &t = s.tagsBefore.beforeLowEnergy.front();
    CHECK(t.before == s.tagsBefore.lowEnergyDays);
    CHECK(t.beforeOther >= 7); // the Tuesdays
    CHECK(t.beforeOther <= 8);
    CHECK(t.otherDays > 30);
    const int lowRate = int(std::lround(100.0 * t.before / t.outOf));
    const int otherRate = int(std::lround(100.0 * t.beforeOther / t.otherDays));
    CHECK(tagBeforeText(t, true) == QStringLiteral("meetings — the day before %1 of your %2 low-energy days (%3%), "
                                                   "and before %4 of your %5 other days (%6%)")
                                        .arg(t.before)
                                        .arg(t.outOf)
                                        .arg(lowRate)
                                        .arg(t.beforeOther)
                                        .arg(t.otherDays)
                                        .arg(otherRate));
    CHECK(weekToMarkdown(s, std::nullopt).contains(tagBeforeText(t, true)));
}

TEST_CASE("a review is saved with its questions, replaced whole, and listed newest first", "[review][storage]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    WeeklyReview review{QStringLiteral("2026-W11"),
                        {{QStringLiteral("drained"), QStringLiteral("What drained me?"), QStringLiteral("Meetings")},
                         {kChangeKey, QStringLiteral("One change:"), QStringLiteral("Lunch outside")}},
                        {},
                        {}};
    const QDateTime first = clock.now();
    require(journal->saveReview(review));
    clock.advanceSeconds(600);
    review.answers.pop_back();
    require(journal->saveReview(review));
    require(journal->saveReview({QStringLiteral("2026-W09"), {}, {}, {}}));
    const auto stored = require(journal->review(QStringLiteral("2026-W11")));
    REQUIRE(stored.has_value());
    CHECK(stored->answers == review.answers);
    CHECK(stored->createdAt == first);
    CHECK(stored->updatedAt == clock.now());
    CHECK(stored->answer(kChangeKey).isEmpty());
    CHECK(require(journal->reviewedWeeks()) == QStringList{QStringLiteral("2026-W11"), QStringLiteral("2026-W09")});
    CHECK_FALSE(require(journal->review(QStringLiteral("2026-W10"))).has_value());
    auto bad = journal->saveReview({QStringLiteral("2026-W60"), {}, {}, {}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorString().contains(QStringLiteral("not a week")));
}

TEST_CASE("one search finds words in check-in notes, notes and reviews, and follows edits", "[review][search]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CheckIn c = day(QDate(2026, 3, 10), 5, 5, 5);
    c.note = QStringLiteral("Walked by the river after work.");
    require(journal->saveCheckIn(c));
    require(journal->addNote({0, QDate(2026, 3, 12), QStringLiteral("The river was loud."), false, {}, {}}));
    require(journal->saveReview(
        {QStringLiteral("2026-W11"),
         {{QStringLiteral("restored"), QStringLiteral("What restored me?"), QStringLiteral("Rivers and long walks")}},
         {},
         {}}));
    auto hits = require(journal->search(QStringLiteral("river")));
    REQUIRE(hits.size() == 3);
    CHECK(hits[0].kind == SearchHit::Kind::Review); // newest first: week 11 starts on 9 March, notes are later
    CHECK(hits[0].week == QStringLiteral("2026-W11"));
    CHECK(hits[0].snippet.contains(QStringLiteral("«Rivers»")));
    CHECK(std::any_of(hits.begin(), hits.end(), [](const SearchHit &h) {
        return h.kind == SearchHit::Kind::CheckInNote && h.day == QDate(2026, 3, 10);
    }));

    c.note = QStringLiteral("Stayed in.");
    require(journal->saveCheckIn(c));
    CHECK(require(journal->search(QStringLiteral("river"))).size() == 2);
    CHECK(require(journal->search(QStringLiteral("walk river"))).size() == 1); // every word must match
    // Query syntax typed by a person is just text.
    CHECK(require(journal->search(QStringLiteral("\"river*)"))).size() == 2);
    CHECK(require(journal->search(QStringLiteral("river AND NOT"))).empty()); // "and", "not": words like any other
    CHECK(require(journal->search(QStringLiteral("  "))).empty());
}

TEST_CASE("the week in words: what was heavy, what helped, one thing that went well", "[review][words]")
{
    const QDate monday(2026, 3, 23);
    const std::vector<Tag> tags = {{1, QStringLiteral("long meetings"), TagKind::Drained, {}},
                                   {2, QStringLiteral("walk outside"), TagKind::Restored, {}}};
    const std::vector<Boundary> boundaries = {{1, QStringLiteral("Stopped at 18:00"), 1, {}}};
    std::vector<CheckIn> checkIns;
    for (int i = 0; i < 4; ++i) {
        CheckIn c = day(monday.addDays(i), 5 - i, 5, 5);
        c.tagIds = i < 3 ? std::vector<qint64>{1} : std::vector<qint64>{2};
        c.boundaries = {{1, i == 0 ? BoundaryStatus::Slipped : BoundaryStatus::Held}};
        checkIns.push_back(c);
    }
    const WeekSummary s = summarizeWeek(checkIns, boundaries, tags, monday, monday.addDays(6));
    REQUIRE(s.tagsThisWeek.size() == 2);
    CHECK(s.tagsThisWeek[0].tag == QStringLiteral("long meetings"));
    CHECK(s.tagsThisWeek[0].days == 3);
    const WeekWords words = weekInWords(s);
    REQUIRE(words.lead.size() == 2);
    CHECK(words.lead[0] == QStringLiteral("“long meetings” weighed on 3 days, and “walk outside” helped on one day."));
    CHECK(words.lead[1] == QStringLiteral("One thing that went well: you held “Stopped at 18:00” 3 times."));

    // Without tags or boundaries the days themselves speak; nothing is invented.
    const WeekSummary plain =
        summarizeWeek({day(monday, 6, 6, 3), day(monday.addDays(1), 3, 4, 6)}, {}, {}, monday, monday.addDays(6));
    const QString said = weekInWords(plain).lead.join(QLatin1Char(' '));
    CHECK(said.contains(QStringLiteral("Tuesday was the heaviest day")));
    CHECK(said.contains(QStringLiteral("Monday was a lighter day")));
    CHECK_FALSE(said.contains(QStringLiteral("“")));

    // A tag named like a placeholder stays a name.
    const std::vector<Tag> odd = {{1, QStringLiteral("%2 things"), TagKind::Drained, {}}};
    std::vector<CheckIn> twice = {day(monday, 5, 5, 5), day(monday.addDays(1), 5, 5, 5)};
    twice[0].tagIds = twice[1].tagIds = {1};
    CHECK(weekInWords(summarizeWeek(twice, {}, odd, monday, monday.addDays(6)))
              .lead.front()
              .startsWith(QStringLiteral("“%2 things” weighed on 2 days")));
}

TEST_CASE("what Ebb noticed is at most three plain lines, sleep's flags said once", "[review][words]")
{
    const QDate monday(2026, 3, 23);
    std::vector<CheckIn> checkIns;
    for (QDate d = monday.addDays(-84); d < monday.addDays(-13); d = d.addDays(1)) {
        CheckIn c = day(d, 7 + int(d.day() % 2), 7, 3, 480);
        c.load = 4;
        c.sleepQuality = 4;
        checkIns.push_back(c);
    }
    for (QDate d = monday.addDays(-13); d <= monday.addDays(6); d = d.addDays(1)) {
        CheckIn c = day(d, 2, 2, 8, 300);
        c.load = 9;
        c.sleepQuality = 1;
        checkIns.push_back(c);
    }
    const WeekSummary s = summarizeWeek(checkIns, {}, {}, monday, monday.addDays(6));
    REQUIRE(s.flags.size() > 3);
    const WeekWords words = weekInWords(s);
    CHECK(words.noticed.size() == kMaxNoticedLines);
    const QString all = words.noticed.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.count(QStringLiteral("Sleep")) <= 1);
    for (const FlagWeek &f : s.flags) {
        CHECK_FALSE(all.contains(f.id));
        CHECK_FALSE(all.contains(flagName(f.id))); // plain sentences, not the flags' names
    }
    const QString md = weekToMarkdown(s, std::nullopt);
    CHECK_FALSE(md.contains(QStringLiteral("flag"), Qt::CaseInsensitive));
    CHECK(md.indexOf(words.lead.front()) < md.indexOf(QStringLiteral("| measure |")));
    CHECK(md.indexOf(QStringLiteral("## Your reflection")) < md.indexOf(QStringLiteral("## The numbers")));
}

TEST_CASE("a one-day week shows its value, not a range from a number to itself", "[review][summary]")
{
    const QDate monday(2026, 3, 23);
    const WeekSummary s = summarizeWeek({day(monday, 4, 5, 6)}, {}, {}, monday, monday.addDays(6));
    const QString md = weekToMarkdown(s, std::nullopt);
    CHECK_FALSE(md.contains(QStringLiteral("4.0–4.0")));
    CHECK(md.contains(QStringLiteral("| Energy | 4.0 | 4.0 |")));
}

TEST_CASE("each week offers one gentle question, never last week's", "[review][words]")
{
    const auto all = gentleQuestions();
    REQUIRE(all.size() >= 5);
    QSet<QString> seen;
    QDate monday(2026, 12, 7);
    for (int week = 0; week < int(all.size()) * 3; ++week, monday = monday.addDays(7)) {
        const GentleQuestion now = gentleQuestionFor(monday);
        CHECK(now.key != gentleQuestionFor(monday.addDays(-7)).key);
        CHECK(gentleQuestionFor(monday.addDays(6)).key == now.key); // any day of the week gives its question
        CHECK(now.text.endsWith(QLatin1Char('?')));
        seen.insert(now.key);
    }
    CHECK(seen.size() == qsizetype(all.size())); // every question comes round
}
