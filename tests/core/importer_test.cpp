// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/boundary.h"
#include "io/importfile.h"
#include "io/interchangecsv.h"
#include "storage/backups.h"
#include "storage/importer.h"
#include "storage/journal.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::fixedToday;
using ebb::test::memoryJournal;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

ImportFile ebbFile(const QString &text)
{
    return require(readImportFile(text, ImportFormat::Ebb, fixedToday()));
}

QString exportAll(Journal &journal)
{
    return interchangeCsv(require(journal.checkIns({}, {})), require(journal.tags()));
}

/** A journal with boundaries, tags and notes of every kind. */
void fill(Journal &journal)
{
    const Boundary stop = require(journal.addBoundary(QStringLiteral("Stopped work by 18:00")));
    const Boundary no = require(journal.addBoundary(QStringLiteral("Said no")));
    const Tag walk = require(journal.addTag(QStringLiteral("walk"), TagKind::Restored));
    const Tag meetings = require(journal.addTag(QStringLiteral("meetings"), TagKind::Drained));
    for (int i = 0; i < 20; ++i) {
        CheckIn c = sampleCheckIn(QDate(2026, 2, 1).addDays(i), i % 11);
        c.boundaries = {{stop.id, i % 3 == 0 ? BoundaryStatus::Slipped : BoundaryStatus::Held},
                        {no.id, i % 2 == 0 ? BoundaryStatus::Held : BoundaryStatus::NotRelevant}};
        c.tagIds = i % 2 == 0 ? std::vector<qint64>{walk.id} : std::vector<qint64>{walk.id, meetings.id};
        c.note = QStringLiteral("Day %1, with \"quotes\", commas\nand a new line ✨").arg(i);
        c.sleepMinutes = i % 4 == 0 ? std::nullopt : std::optional<int>(6 * 60 + 15 * i);
        require(journal.saveCheckIn(c));
    }
}

} // namespace

TEST_CASE("an Ebb CSV exported and imported into an empty journal gives the same CSV back", "[import]")
{
    FixedClock clock;
    auto source = memoryJournal(clock);
    fill(*source);
    const QString csv = exportAll(*source);

    auto target = memoryJournal(clock);
    const ImportFile file = ebbFile(csv);
    const ImportPlan preview = require(target->planImport(file));
    CHECK(preview.count(ImportChange::New) == 20);
    CHECK(preview.newTags.size() == 2);
    CHECK(preview.placeholderBoundaries == 2);
    CHECK(require(target->checkIns({}, {})).empty()); // a preview writes nothing
    CHECK(require(target->tags()).empty());

    const ImportPlan applied = require(target->applyImport(file));
    CHECK(applied.count(ImportChange::New) == 20);
    CHECK(exportAll(*target) == csv);
    // The counts live on as retired placeholder boundaries, out of the way of new check-ins.
    const auto boundaries = require(target->boundaries());
    REQUIRE(boundaries.size() == 2);
    CHECK(boundaries[0].text == importedBoundaryText(1));
    CHECK_FALSE(boundaries[0].isActive());
}

TEST_CASE("re-importing the same file changes nothing", "[import]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    fill(*journal);
    const QString csv = exportAll(*journal);
    const auto before = require(journal->checkIns({}, {}));

    const ImportFile file = ebbFile(csv);
    const ImportPlan plan = require(journal->planImport(file));
    CHECK(plan.count(ImportChange::Unchanged) == 20);
    CHECK(plan.count(ImportChange::Changed) + plan.count(ImportChange::New) == 0);
    CHECK(plan.placeholderBoundaries == 0); // the day's own answers match the counts and are kept
    clock.advanceSeconds(3600);
    require(journal->applyImport(file));
    const auto after = require(journal->checkIns({}, {}));
    REQUIRE(after.size() == before.size());
    for (size_t i = 0; i < after.size(); ++i) {
        CHECK(after[i].sameContentAs(before[i]));
        CHECK(after[i].updatedAt == before[i].updatedAt); // not even rewritten
    }
    CHECK(require(journal->boundaries()).size() == 2);
}

TEST_CASE("an Ebb CSV row replaces its day; other days are left alone", "[import]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CheckIn kept = sampleCheckIn(QDate(2026, 1, 1));
    kept.note = QStringLiteral("Walked by the river.");
    kept.noteShared = true;
    kept.noteBringUp = true;
    require(journal->saveCheckIn(kept));
    CheckIn rewritten = sampleCheckIn(QDate(2026, 1, 2));
    rewritten.note = QStringLiteral("What I chose to share.");
    rewritten.noteShared = true;
    rewritten.noteBringUp = true;
    require(journal->saveCheckIn(rewritten));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 1, 4))));
    const ImportFile file = ebbFile(interchangeHeader().join(QLatin1Char(',')) +
                                    QStringLiteral("\n2026-01-01,2,,,,,,,,Rest,Walked by the river.\n"
                                                   "2026-01-02,5,,,,,,,,,Words I never marked.\n"
                                                   "2026-01-03,4,4,4,4,8,4,,,,\n"));
    const ImportPlan plan = require(journal->applyImport(file));
    CHECK(plan.count(ImportChange::Changed) == 2);
    CHECK(plan.count(ImportChange::New) == 1);
    CHECK(plan.newTags == QStringList{QStringLiteral("Rest")});
    const CheckIn first = *require(journal->checkIn(QDate(2026, 1, 1)));
    CHECK(first.energy == 2);
    CHECK_FALSE(first.mood.has_value()); // an empty cell means "not recorded"
    CHECK(first.noteShared);             // the CSV cannot say; the same words keep the person's marks
    CHECK(first.noteBringUp);
    // New words in the note were never marked: they are not shared or brought up until marked.
    const CheckIn second = *require(journal->checkIn(QDate(2026, 1, 2)));
    CHECK(second.note == QStringLiteral("Words I never marked."));
    CHECK_FALSE(second.noteShared);
    CHECK_FALSE(second.noteBringUp);
    CHECK(require(journal->checkIn(QDate(2026, 1, 3)))->sleepMinutes == 8 * 60);
    CHECK(require(journal->checkIn(QDate(2026, 1, 4)))->sameContentAs(sampleCheckIn(QDate(2026, 1, 4))));
}

TEST_CASE("a Daylio day merges into the journal's day and keeps what Daylio does not record", "[import][daylio]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const Tag walk = require(journal->addTag(QStringLiteral("Walk"), TagKind::Restored));
    CheckIn mine = sampleCheckIn(QDate(2024, 3, 3), 8);
    mine.tagIds = {walk.id};
    require(journal->saveCheckIn(mine));
    const QString daylio = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                          "2024-03-03,March 3,Sunday,20:00,bad,walk | work,\"Long, long day\"\n");
    const ImportFile file = require(readImportFile(daylio, ImportFormat::Daylio, fixedToday()));
    const ImportPlan plan = require(journal->applyImport(file));
    CHECK(plan.count(ImportChange::Changed) == 1);
    CHECK(plan.newTags == QStringList{QStringLiteral("work")}); // "walk" is the existing "Walk"
    const CheckIn day = *require(journal->checkIn(QDate(2024, 3, 3)));
    CHECK(day.energy == 8);
    CHECK(day.mood == 3);
    CHECK(day.note == QStringLiteral("Walked by the river.\n\nLong, long day"));
    CHECK(day.tagIds.size() == 2);
    // Again: nothing changes, the note is not appended twice.
    const ImportPlan again = require(journal->applyImport(file));
    CHECK(again.count(ImportChange::Unchanged) == 1);
    CHECK(require(journal->checkIn(QDate(2024, 3, 3)))->note == day.note);
}

TEST_CASE("a file with a bad row imports nothing at all", "[import][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const ImportFile file =
        ebbFile(interchangeHeader().join(QLatin1Char(',')) + QStringLiteral("\n2026-01-01,5,,,,,,,,walk,\n"
                                                                            "2026-01-02,11,,,,,,,,,\n"
                                                                            "2026-01-03,5,5\n"
                                                                            "2026-01-01,5,,,,,,,,,\n"
                                                                            "2026-01-04,5,,,,25,,,,,\n"
                                                                            "2026-01-05,5,,,,,,,,,\n"));
    REQUIRE(file.problems.size() == 4);
    CHECK(file.problems[0].line == 3);
    CHECK(file.problems[0].message.contains(QStringLiteral("energy")));
    CHECK(file.problems[1].line == 4);
    CHECK(file.problems[1].message.contains(QStringLiteral("fields")));
    CHECK(file.problems[2].line == 5);
    CHECK(file.problems[2].message.contains(QStringLiteral("appears twice")));
    CHECK(file.problems[3].line == 6);
    CHECK(file.problems[3].message.contains(QStringLiteral("sleep_hours")));
    const ImportPlan plan = require(journal->planImport(file));
    CHECK(plan.rejected() == 4);
    CHECK(plan.count(ImportChange::New) == 2);
    auto applied = journal->applyImport(file);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.errorString().contains(QStringLiteral("Nothing was imported: 4 rows")));
    CHECK(require(journal->checkIns({}, {})).empty());
    CHECK(require(journal->tags()).empty());
}

TEST_CASE("a failure while writing rolls the whole import back", "[import][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 1, 1))));
    // The database refuses the third day, as a full disk would refuse a page.
    requireOk(ebb::test::databaseOf(*journal).exec(
        QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON checkins WHEN new.day = '2026-01-04' "
                       "BEGIN SELECT RAISE(ABORT, 'no room'); END;")));
    const ImportFile file =
        ebbFile(interchangeHeader().join(QLatin1Char(',')) + QStringLiteral("\n2026-01-01,1,,,,,,,,new tag,\n"
                                                                            "2026-01-02,2,,,,,,,,,\n"
                                                                            "2026-01-04,4,,,,,,,,,\n"));
    auto applied = journal->applyImport(file);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.errorString().contains(QStringLiteral("2026-01-04")));
    CHECK(applied.errorString().startsWith(QStringLiteral("Nothing was imported")));
    const auto days = require(journal->checkIns({}, {}));
    REQUIRE(days.size() == 1);
    CHECK(days[0].sameContentAs(sampleCheckIn(QDate(2026, 1, 1))));
    CHECK(require(journal->tags()).empty());
}

TEST_CASE("an import that changes the journal is preceded by a backup", "[import][backup]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 1, 1))));
    const ImportFile file =
        ebbFile(interchangeHeader().join(QLatin1Char(',')) + QStringLiteral("\n2026-01-02,2,,,,,,,,,\n"));
    int notices = 0;
    QObject::connect(journal.get(), &Journal::imported, [&] { ++notices; });
    require(journal->applyImport(file));
    CHECK(notices == 1);
    const auto backups = require(Backups(Backups::directoryFor(path)).list());
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason == QStringLiteral("before-import"));
    // The backup holds the journal as it was before.
    auto old = require(Journal::open(backups[0].path, clock));
    CHECK(require(old->checkIns({}, {})).size() == 1);
    // Nothing to change: no second backup, no signal.
    require(journal->applyImport(file));
    CHECK(require(Backups(Backups::directoryFor(path)).list()).size() == 1);
    CHECK(notices == 1);
}

TEST_CASE("a Daylio file whose activities have odd spacing imports once and then changes nothing", "[import][daylio]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const ImportFile file =
        require(readImportFile(QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                              "2023-11-20,November 20,Monday,22:15,bad,\" k   coffee \",\n"),
                               ImportFormat::Daylio, fixedToday()));
    require(journal->applyImport(file));
    CHECK(require(journal->tags()).front().name == QStringLiteral("k coffee"));
    const ImportPlan again = require(journal->planImport(file));
    CHECK(again.count(ImportChange::Unchanged) == 1);
    CHECK(again.newTags.isEmpty());
}

TEST_CASE("a day's most boundary counts make at most 20 placeholder boundaries; more are refused before planning",
          "[import][limits]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const QString header = QStringLiteral("date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                          "boundaries_slipped,tags,note\n");
    const ImportFile most = ebbFile(header + QStringLiteral("2026-03-01,,,,,,,15,5,,\n"));
    REQUIRE(most.canApply());
    const ImportPlan plan = require(journal->applyImport(most));
    CHECK(plan.placeholderBoundaries == 20);
    CHECK(require(journal->boundaries()).size() == 20);

    const ImportFile tooMany = ebbFile(header + QStringLiteral("2026-03-02,,,,,,,1000,1000,,\n"));
    CHECK_FALSE(tooMany.canApply());
    CHECK(tooMany.days.empty());
    CHECK(require(journal->planImport(tooMany)).placeholderBoundaries == 0);
}
