// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The search index is derived data: a damaged one is found (SQLite's own check does not look
// inside it), and rebuilt from the notes instead of making every save fail.
#include "clirun.h"
#include "journalaccess.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/journal.h"
#include "storage/journalsearch.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <sqlite3.h>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::runCli;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("a long walk by the river");
// Removes the index's structure record: FTS5 then fails every change to the table.
const QString kDamage = QStringLiteral("DELETE FROM search_text_data WHERE id = 10");

/** Damages the index as a disk might: SQLite's defensive mode, on in Ebb, refuses such a write from SQL. */
void damage(Database &db)
{
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    requireOk(db.exec(kDamage));
}

void writeDays(Journal &journal)
{
    for (int d = 1; d <= 3; ++d) {
        CheckIn day = sampleCheckIn(QDate(2026, 3, d));
        day.note = QStringLiteral("walked by the river, day %1").arg(d);
        require(journal.saveCheckIn(day));
    }
}

} // namespace

TEST_CASE("a damaged search index is found and rebuilt at start-up, and saving works again",
          "[search][integrity][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    const bool encrypted = GENERATE(false, true);
    {
        auto journal = require(Journal::open(path, clock));
        writeDays(*journal);
        if (!encrypted) {
            damage(ebb::test::databaseOf(*journal));
        }
    }
    if (encrypted) {
        require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
        ebb::test::alterSealedImage(path, kPassphrase, [](QByteArray &image) {
            auto db = require(Database::fromImage(image));
            damage(db);
            image = require(db.image());
        });
    }
    INFO((encrypted ? "encrypted" : "plain"));
    auto journal = require(Journal::open(path, clock, {}, encrypted ? kPassphrase : QString()));
    auto report = require(journal->integrityReport());
    CHECK(report.healthy());              // what the person wrote is whole…
    CHECK_FALSE(report.searchIndexSound); // …but the index is not
    CHECK_FALSE(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 4))).ok());

    requireOk(journal->checkIntegrity()); // what the app runs after its first frame
    CHECK(journal->searchIndexRebuilt());
    CHECK(require(journal->integrityReport()).searchIndexSound);
    CHECK(require(journal->search(QStringLiteral("river"))).size() == 3);
    CheckIn later = sampleCheckIn(QDate(2026, 3, 4));
    later.note = QStringLiteral("a quiet evening");
    require(journal->saveCheckIn(later));
    CHECK(require(journal->search(QStringLiteral("quiet"))).size() == 1);
    journal.reset();
    // Rebuilt once, it stays rebuilt (an encrypted journal's too: it was sealed again).
    auto reopened = require(Journal::open(path, clock, {}, encrypted ? kPassphrase : QString()));
    requireOk(reopened->checkIntegrity());
    CHECK_FALSE(reopened->searchIndexRebuilt());
}

TEST_CASE("ebb-cli check reports a damaged search index without writing, and --repair rebuilds it",
          "[search][integrity][cli][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(path, clock));
        writeDays(*journal);
        damage(ebb::test::databaseOf(*journal));
    }
    const QByteArray before = ebb::test::readFile(path);
    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains(QStringLiteral("Integrity: ok")));
    CHECK(check.out.contains(QStringLiteral("Search index: DAMAGED")));
    CHECK(check.err.contains(QStringLiteral("--repair")));
    CHECK(ebb::test::readFile(path) == before);

    const auto repaired =
        runCli({QStringLiteral("check"), QStringLiteral("--repair"), QStringLiteral("--database"), path});
    INFO(repaired.err.toStdString());
    CHECK(repaired.exitCode == 0);
    CHECK(repaired.out.contains(QStringLiteral("Search index: rebuilt")));
    const auto after = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("Search index: ok")));
}
