// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Boundaries, tags and notes: the named things a check-in refers to.
#include "domain/boundary.h"
#include "domain/note.h"
#include "pacing/pacingreport.h"
#include "storage/journal.h"
#include "storage/tagrepository.h"
#include "testsupport.h"

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::memoryJournal;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;

namespace {

const QDate kDay(2026, 3, 14);

} // namespace

TEST_CASE("boundaries are added in order, renamed, retired and restored", "[boundaries]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    int changed = 0;
    QObject::connect(journal.get(), &Journal::boundariesChanged, [&] { ++changed; });
    const Boundary a = require(journal->addBoundary(QStringLiteral("  Stopped   work by 18:00 ")));
    const Boundary b = require(journal->addBoundary(QStringLiteral("Said no to one extra task")));
    CHECK(a.text == QStringLiteral("Stopped work by 18:00"));
    CHECK(a.position < b.position);

    requireOk(journal->renameBoundary(a.id, QStringLiteral("Stopped work by 17:30")));
    requireOk(journal->retireBoundary(a.id));
    auto all = require(journal->boundaries());
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == b.id); // active first
    CHECK(all[1].text == QStringLiteral("Stopped work by 17:30"));
    CHECK_FALSE(all[1].isActive());
    CHECK(all[1].retiredAt == clock.now());

    requireOk(journal->restoreBoundary(a.id));
    all = require(journal->boundaries());
    CHECK(all[1].id == a.id); // a restored boundary goes to the end of the active list
    CHECK(all[1].isActive());
    CHECK(changed == 5);
}

TEST_CASE("retiring a boundary keeps every past answer", "[boundaries]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const Boundary a = require(journal->addBoundary(QStringLiteral("Lunch away from the desk")));
    CheckIn c = sampleCheckIn(kDay);
    c.boundaries = {{a.id, BoundaryStatus::Held}};
    require(journal->saveCheckIn(c));
    requireOk(journal->retireBoundary(a.id));
    const auto stored = require(journal->checkIn(kDay)).value();
    REQUIRE(stored.boundaries.size() == 1);
    CHECK(stored.boundaries[0].status == BoundaryStatus::Held);
}

TEST_CASE("a boundary must have words and not be too long", "[boundaries][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    auto empty = journal->addBoundary(QStringLiteral("   "));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorString().contains(QStringLiteral("write the boundary first")));
    auto tooLong = journal->addBoundary(QString(201, QLatin1Char('x')));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.errorString().contains(QStringLiteral("under 200")));
    CHECK(require(journal->boundaries()).empty());
    auto missing = journal->renameBoundary(42, QStringLiteral("x"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorString().contains(QStringLiteral("no longer exists")));
    CHECK_FALSE(journal->retireBoundary(42).ok());
    CHECK_FALSE(journal->restoreBoundary(42).ok());
}

TEST_CASE("tags are added, found by name ignoring case, renamed, re-kinded, retired and restored", "[tags]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const Tag t = require(journal->addTag(QStringLiteral("Meetings"), TagKind::Drained));
    require(journal->addTag(QStringLiteral("walk outside"), TagKind::Restored));
    TagRepository repository(ebb::test::databaseOf(*journal));
    CHECK(require(repository.findByName(QStringLiteral("meetings")))->id == t.id);
    CHECK_FALSE(require(repository.findByName(QStringLiteral("naps"))).has_value());

    requireOk(journal->renameTag(t.id, QStringLiteral("long meetings")));
    requireOk(journal->setTagKind(t.id, TagKind::Neutral));
    requireOk(journal->retireTag(t.id));
    auto all = require(journal->tags());
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == QStringLiteral("walk outside"));
    CHECK(all[1].name == QStringLiteral("long meetings"));
    CHECK(all[1].kind == TagKind::Neutral);
    CHECK_FALSE(all[1].isActive());
    requireOk(journal->restoreTag(t.id));
    CHECK(require(journal->tags())[0].name == QStringLiteral("long meetings"));
}

TEST_CASE("tag names are unique ignoring case and cannot hold the CSV separator", "[tags][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    require(journal->addTag(QStringLiteral("Meetings"), TagKind::Drained));
    auto duplicate = journal->addTag(QStringLiteral("meetings"), TagKind::Restored);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.errorString().contains(QStringLiteral("already a tag called")));
    auto semicolon = journal->addTag(QStringLiteral("a;b"), TagKind::Neutral);
    REQUIRE_FALSE(semicolon.ok());
    CHECK(semicolon.errorString().contains(QStringLiteral("';'")));
    CHECK_FALSE(journal->addTag(QString(61, QLatin1Char('t')), TagKind::Neutral).ok());
    CHECK_FALSE(journal->renameTag(999, QStringLiteral("x")).ok());
    CHECK_FALSE(journal->setTagKind(999, TagKind::Drained).ok());
    CHECK(require(journal->tags()).size() == 1);
}

TEST_CASE("notes are many per day, each with its own share mark", "[notes]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    int changed = 0;
    QObject::connect(journal.get(), &Journal::notesChanged, [&] { ++changed; });
    Note first = require(journal->addNote({0, kDay, QStringLiteral("Morning: tired."), false, {}, {}}));
    require(journal->addNote({0, kDay, QStringLiteral("Evening: better after the walk."), true, {}, {}}));
    require(journal->addNote({0, kDay.addDays(-5), QStringLiteral("Older"), false, {}, {}}));
    CHECK(require(journal->notes(kDay, kDay)).size() == 2);

    clock.advanceSeconds(60);
    first.body = QStringLiteral("Morning: tired, slept badly.");
    first.shared = true;
    const Note updated = require(journal->updateNote(first));
    CHECK(updated.updatedAt == clock.now());
    const auto today = require(journal->notes(kDay, kDay));
    CHECK(today[0].body == first.body);
    CHECK(today[0].shared);
    CHECK(today[0].createdAt < today[0].updatedAt);

    requireOk(journal->removeNote(first.id, kDay));
    CHECK(require(journal->notes({}, {})).size() == 2);
    CHECK(changed == 5);
}

TEST_CASE("an empty note or a note that is gone is refused", "[notes][errors]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    CHECK_FALSE(journal->addNote({0, kDay, QStringLiteral("  \n "), false, {}, {}}).ok());
    CHECK_FALSE(journal->addNote({0, QDate(), QStringLiteral("text"), false, {}, {}}).ok());
    auto missing = journal->updateNote({77, kDay, QStringLiteral("text"), false, {}, {}});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorString().contains(QStringLiteral("no longer exists")));
    CHECK_FALSE(journal->removeNote(77, kDay).ok());
}

TEST_CASE("a dismissed flag episode is remembered once, and a bad one is refused", "[dismissals]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    int dismissed = 0;
    QObject::connect(journal.get(), &Journal::flagDismissed, [&] { ++dismissed; });
    const DismissedFlag flag{QStringLiteral("energy_slide"), kDay};
    requireOk(journal->dismissFlag(flag));
    requireOk(journal->dismissFlag(flag)); // twice is fine
    requireOk(journal->dismissFlag({QStringLiteral("energy_slide"), kDay.addDays(20)}));
    const auto all = require(journal->dismissedFlags());
    CHECK(all.size() == 2);
    CHECK(all.contains(flag));
    CHECK(dismissed == 3);
    auto bad = journal->dismissFlag({QString(), kDay});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorString().contains(QStringLiteral("no name")));
}
