// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/boundary.h"
#include "pacing/pacingday.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "testsupport.h"

#include <sqlite3.h>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::memoryJournal;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;

namespace {

const QDate kDay(2026, 3, 14);

} // namespace

TEST_CASE("a saved check-in reads back exactly, with its boundaries and tags", "[checkins]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const Boundary stop = require(journal->addBoundary(QStringLiteral("Stopped work by 18:00")));
    const Boundary lunch = require(journal->addBoundary(QStringLiteral("Took a lunch break")));
    const Tag meetings = require(journal->addTag(QStringLiteral("meetings"), TagKind::Drained));
    CheckIn c = sampleCheckIn(kDay);
    c.boundaries = {{lunch.id, BoundaryStatus::Slipped}, {stop.id, BoundaryStatus::Held}};
    c.tagIds = {meetings.id};
    c.noteShared = true;
    require(journal->saveCheckIn(c));

    const auto found = require(journal->checkIn(kDay));
    REQUIRE(found.has_value());
    c.normalize();
    CHECK(found->sameContentAs(c));
    CHECK(found->createdAt == clock.now());
    CHECK(found->updatedAt == clock.now());
}

TEST_CASE("a field left empty is stored as not recorded, never as 0", "[checkins]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CheckIn c;
    c.date = kDay;
    c.mood = 0; // a real zero stays a zero
    require(journal->saveCheckIn(c));
    const auto found = require(journal->checkIn(kDay)).value();
    CHECK(found.energy == std::nullopt);
    CHECK(found.mood == 0);
    CHECK(found.sleepMinutes == std::nullopt);
    CHECK(require(ebb::test::databaseOf(*journal).queryInt(
              QStringLiteral("SELECT count(*) FROM checkins WHERE energy IS NULL "
                             "AND stress IS NULL AND sleep_quality IS NULL"))) == 1);
}

TEST_CASE("saving a day again updates it and keeps when it was first written", "[checkins]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const QDateTime first = clock.now();
    require(journal->saveCheckIn(sampleCheckIn(kDay, 6)));
    clock.advanceSeconds(3600);
    require(journal->saveCheckIn(sampleCheckIn(kDay, 2)));
    const auto all = require(journal->checkIns({}, {}));
    REQUIRE(all.size() == 1);
    CHECK(all[0].energy == 2);
    CHECK(all[0].createdAt == first);
    CHECK(all[0].updatedAt == clock.now());
}

TEST_CASE("check-ins come back oldest first within the asked range", "[checkins]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    for (int offset : {3, 0, 1, 7}) {
        require(journal->saveCheckIn(sampleCheckIn(kDay.addDays(-offset), offset)));
    }
    const auto range = require(journal->checkIns(kDay.addDays(-3), kDay.addDays(-1)));
    REQUIRE(range.size() == 2);
    CHECK(range[0].date == kDay.addDays(-3));
    CHECK(range[1].date == kDay.addDays(-1));
    CHECK(require(journal->checkIns({}, {})).size() == 4);
    CHECK_FALSE(require(journal->checkIn(kDay.addDays(-2))).has_value());
}

TEST_CASE("removing a check-in removes its answers and says whether there was one", "[checkins]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const Tag walk = require(journal->addTag(QStringLiteral("walk"), TagKind::Restored));
    CheckIn c = sampleCheckIn(kDay);
    c.tagIds = {walk.id};
    require(journal->saveCheckIn(c));
    CHECK(require(journal->removeCheckIn(kDay)));
    CHECK_FALSE(require(journal->removeCheckIn(kDay)));
    CHECK(require(ebb::test::databaseOf(*journal).queryInt(QStringLiteral("SELECT count(*) FROM checkin_tags"))) == 0);
    CheckInRepository repository(ebb::test::databaseOf(*journal));
    CHECK(require(repository.count()) == 0);
}

TEST_CASE("a check-in with values out of range is refused with every problem named", "[checkins][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CheckIn c = sampleCheckIn(kDay);
    c.energy = 11;
    c.sleepQuality = 0;
    c.sleepMinutes = 7 * 60 + 10;
    auto r = journal->saveCheckIn(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("Energy must be between 0 and 10")));
    CHECK(r.errorString().contains(QStringLiteral("Sleep quality must be between 1 and 5")));
    CHECK(r.errorString().contains(QStringLiteral("quarter hours")));
    CHECK(require(journal->checkIns({}, {})).empty());
}

TEST_CASE("a note of 100,000 characters is saved; a longer one is refused, so every export imports again",
          "[checkins][errors][limits]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CheckIn c = sampleCheckIn(kDay);
    c.note = QString(kNoteMaxLength, QLatin1Char('n'));
    require(journal->saveCheckIn(c));
    c.note += QLatin1Char('n');
    auto r = journal->saveCheckIn(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("The note is 100001 characters long; Ebb keeps notes of up to "
                                                  "100000 characters.")));
    CHECK(require(journal->checkIn(kDay))->note.size() == kNoteMaxLength);
}

TEST_CASE("an answer for a boundary that does not exist is refused and nothing is written", "[checkins][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CheckIn c = sampleCheckIn(kDay);
    c.boundaries = {{999, BoundaryStatus::Held}};
    auto r = journal->saveCheckIn(c);
    REQUIRE_FALSE(r.ok());
    CHECK((r.error().code & 0xff) == SQLITE_CONSTRAINT);
    CHECK(require(journal->checkIns({}, {})).empty()); // the whole save rolled back
}

TEST_CASE("the database itself refuses every value outside the documented ranges", "[checkins][constraints]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    Database &db = ebb::test::databaseOf(*journal);
    const auto insert = [&](const QString &column, const QString &value) {
        return db.exec(QStringLiteral("INSERT INTO checkins (day, %1, created_at, updated_at) "
                                      "VALUES ('2026-01-01', %2, 'x', 'x')")
                           .arg(column, value));
    };
    const struct
    {
        const char *column;
        const char *bad;
        const char *good;
    } cases[] = {
        {"energy", "11", "10"},          {"energy", "-1", "0"},         {"mood", "11", "0"},
        {"stress", "-1", "10"},          {"load", "11", "10"},          {"sleep_minutes", "1455", "1440"},
        {"sleep_minutes", "430", "435"}, {"sleep_minutes", "-15", "0"}, {"sleep_quality", "0", "1"},
        {"sleep_quality", "6", "5"},     {"note_shared", "2", "1"},     {"energy", "'high'", "5"},
    };
    for (const auto &c : cases) {
        INFO(c.column << " = " << c.bad);
        auto r = insert(QString::fromUtf8(c.column), QString::fromUtf8(c.bad));
        REQUIRE_FALSE(r.ok());
        CHECK((r.error().code & 0xff) == SQLITE_CONSTRAINT);
        requireOk(insert(QString::fromUtf8(c.column), QString::fromUtf8(c.good)));
        requireOk(db.exec(QStringLiteral("DELETE FROM checkins")));
    }
    SECTION("a day must be a real ISO date")
    {
        CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO checkins (day, created_at, updated_at) "
                                           "VALUES ('2026-02-30', 'x', 'x')"))
                        .ok());
        CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO checkins (day, created_at, updated_at) "
                                           "VALUES ('14.3.2026', 'x', 'x')"))
                        .ok());
    }
    SECTION("a day has at most one check-in")
    {
        requireOk(db.exec(QStringLiteral("INSERT INTO checkins (day, created_at, updated_at) VALUES "
                                         "('2026-01-02', 'x', 'x')")));
        auto r = db.exec(QStringLiteral("INSERT INTO checkins (day, created_at, updated_at) VALUES "
                                        "('2026-01-02', 'x', 'x')"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.errorString().contains(QStringLiteral("already exists")));
    }
    SECTION("a boundary answer must be held, slipped or not relevant")
    {
        requireOk(db.exec(QStringLiteral("INSERT INTO checkins (id, day, created_at, updated_at) VALUES "
                                         "(1, '2026-01-03', 'x', 'x'); INSERT INTO boundaries (id, text, created_at) "
                                         "VALUES (1, 'b', 'x')")));
        CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO checkin_boundaries VALUES (1, 1, 'mostly')")).ok());
        requireOk(db.exec(QStringLiteral("INSERT INTO checkin_boundaries VALUES (1, 1, 'slipped')")));
    }
}

TEST_CASE("the pacing engine's read of the journal matches the check-ins, answer for answer", "[checkins][pacing]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const Boundary stop = require(journal->addBoundary(QStringLiteral("Stopped at 18:00")));
    const Boundary lunch = require(journal->addBoundary(QStringLiteral("Lunch break")));
    const Boundary no = require(journal->addBoundary(QStringLiteral("Said no once")));
    const QDate first(2026, 3, 2);
    CheckIn none = sampleCheckIn(first); // no boundary answered
    CheckIn mixed = sampleCheckIn(first.addDays(1), 3);
    mixed.boundaries = {{stop.id, BoundaryStatus::Held}, {lunch.id, BoundaryStatus::Slipped}};
    CheckIn notRelevant = sampleCheckIn(first.addDays(2), 7);
    notRelevant.boundaries = {{no.id, BoundaryStatus::NotRelevant}};
    CheckIn slips = sampleCheckIn(first.addDays(5), 2);
    slips.sleepMinutes.reset();
    slips.boundaries = {
        {no.id, BoundaryStatus::Slipped}, {stop.id, BoundaryStatus::Slipped}, {lunch.id, BoundaryStatus::Held}};
    // Saved out of order: the read comes back by day.
    for (const CheckIn &c : {slips, none, notRelevant, mixed}) {
        require(journal->saveCheckIn(c));
    }
    requireOk(journal->retireBoundary(no.id)); // a retired boundary's slips keep their name

    const std::vector<PacingDay> days = require(journal->pacingDays());
    REQUIRE(days.size() == 4);
    CHECK(days[0].date == first);
    CHECK_FALSE(days[0].held.has_value()); // not answered is not "held 0"
    CHECK(days[1].held == 1);
    CHECK(days[1].slipped == 1);
    CHECK(days[1].slippedNames == QStringList{QStringLiteral("Lunch break")});
    CHECK_FALSE(days[2].held.has_value()); // only "not relevant"
    CHECK(days[3].date == first.addDays(5));
    CHECK(days[3].energy == 2);
    CHECK_FALSE(days[3].sleepMinutes.has_value());
    CHECK(days[3].slipped == 2);
    CHECK(days[3].slippedNames == (QStringList{QStringLiteral("Stopped at 18:00"), QStringLiteral("Said no once")}));

    // The same as the general path from whole check-ins, field for field.
    const std::vector<PacingDay> general =
        pacingDays(require(journal->checkIns({}, {})), require(journal->boundaries()));
    REQUIRE(general.size() == days.size());
    for (size_t i = 0; i < days.size(); ++i) {
        INFO("day " << i);
        CHECK(days[i].date == general[i].date);
        CHECK(days[i].energy == general[i].energy);
        CHECK(days[i].mood == general[i].mood);
        CHECK(days[i].stress == general[i].stress);
        CHECK(days[i].load == general[i].load);
        CHECK(days[i].sleepMinutes == general[i].sleepMinutes);
        CHECK(days[i].sleepQuality == general[i].sleepQuality);
        CHECK(days[i].held == general[i].held);
        CHECK(days[i].slipped == general[i].slipped);
        CHECK(days[i].slippedNames == general[i].slippedNames);
    }
}

TEST_CASE("a full disk or a read-only journal: the save fails, says why, and promises nothing it cannot keep",
          "[checkins][errors]")
{
    // The message reaches ebb-cli too, which has exited when it is read: "your changes are kept"
    // would be untrue there. Only the app, which keeps the form, may say that (checkinpage_test).
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    Database &db = ebb::test::databaseOf(*journal);
    const qint64 pages = require(db.queryInt(QStringLiteral("PRAGMA page_count")));
    requireOk(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages))); // SQLite's stand-in for a full disk
    CheckIn big = ebb::test::sampleCheckIn(clock.today());
    big.note = QString(QStringLiteral("A long day. ")).repeated(4000);
    auto full = journal->saveCheckIn(big);
    REQUIRE_FALSE(full);
    CHECK(full.errorString().contains(QStringLiteral("disk is full")));
    CHECK(full.errorString().contains(QStringLiteral("nothing was written")));
    CHECK_FALSE(full.errorString().contains(QStringLiteral("kept")));
    CHECK_FALSE(require(journal->checkIn(clock.today())).has_value());

    requireOk(db.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    requireOk(db.exec(QStringLiteral("PRAGMA query_only = ON"))); // refuses every write as SQLITE_READONLY
    auto readOnly = journal->saveCheckIn(big);
    REQUIRE_FALSE(readOnly);
    CHECK(readOnly.errorString().contains(QStringLiteral("read-only")));
    CHECK_FALSE(readOnly.errorString().contains(QStringLiteral("kept")));
}
