// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/boundary.h"
#include "io/checkinjson.h"
#include "storage/draftrepository.h"
#include "storage/journal.h"
#include "testsupport.h"

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {
const QDate kDay(2026, 3, 14);
} // namespace

TEST_CASE("an unsaved form survives closing the journal and is recovered on reopening", "[drafts]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    CheckIn form = sampleCheckIn(kDay, 3);
    form.note = QStringLiteral("Half-written thought, with \"quotes\" and ✓");
    {
        auto journal = require(Journal::open(path, clock));
        const Boundary b = require(journal->addBoundary(QStringLiteral("No email after 20:00")));
        form.boundaries = {{b.id, BoundaryStatus::Slipped}};
        requireOk(journal->saveDraft(form));
        // The journal is dropped without saving the check-in, as when Ebb is killed.
    }
    auto journal = require(Journal::open(path, clock));
    const auto restored = require(journal->draft(kDay));
    REQUIRE(restored.has_value());
    CHECK(restored->checkIn.sameContentAs(form));
    CHECK(restored->savedAt == clock.now());
    CHECK_FALSE(require(journal->checkIn(kDay)).has_value());
}

TEST_CASE("saving the check-in clears that day's draft and no other", "[drafts]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    requireOk(journal->saveDraft(sampleCheckIn(kDay, 4)));
    requireOk(journal->saveDraft(sampleCheckIn(kDay.addDays(-1), 5)));
    require(journal->saveCheckIn(sampleCheckIn(kDay, 4)));
    CHECK_FALSE(require(journal->draft(kDay)).has_value());
    CHECK(require(journal->draft(kDay.addDays(-1))).has_value());
    DraftRepository drafts(ebb::test::databaseOf(*journal));
    CHECK(require(drafts.days()) == std::vector<QDate>{kDay.addDays(-1)});
}

TEST_CASE("a later draft of the same day replaces the earlier one; discarding removes it", "[drafts]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    requireOk(journal->saveDraft(sampleCheckIn(kDay, 4)));
    clock.advanceSeconds(5);
    requireOk(journal->saveDraft(sampleCheckIn(kDay, 8)));
    const auto restored = require(journal->draft(kDay)).value();
    CHECK(restored.checkIn.energy == 8);
    CHECK(restored.savedAt == clock.now());
    requireOk(journal->discardDraft(kDay));
    CHECK_FALSE(require(journal->draft(kDay)).has_value());
}

TEST_CASE("a draft keeps values out of range so validation can name them", "[drafts]")
{
    CheckIn c = sampleCheckIn(kDay);
    c.energy = 12;
    c.sleepMinutes.reset();
    const CheckIn back = require(checkInFromJson(checkInToJson(c)));
    CHECK(back.energy == 12);
    CHECK(back.sleepMinutes == std::nullopt);
    CHECK_FALSE(validationProblems(back).isEmpty());
}

TEST_CASE("a damaged draft is reported, not silently dropped", "[drafts][errors]")
{
    CHECK_FALSE(checkInFromJson(QStringLiteral("{not json")).ok());
    auto noDate = checkInFromJson(QStringLiteral("{\"energy\": 3}"));
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.errorString().contains(QStringLiteral("no valid date")));

    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    requireOk(ebb::test::databaseOf(*journal).exec(
        QStringLiteral("INSERT INTO drafts (day, payload, saved_at) VALUES ('2026-03-14', 'garbage', 'x')")));
    auto r = journal->draft(kDay);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("draft could not be read")));
}
