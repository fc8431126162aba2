// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's schema is Ebb's alone: a trigger, view or table someone added with sqlite3 is
// named by `ebb-cli check`, refused before anything is written (so it never runs), and the app's
// way back is the newest backup. No SQL may corrupt the file on purpose (defensive mode).
#include "clirun.h"
#include "journalaccess.h"
#include "storage/database.h"
#include "storage/integrity.h"
#include "storage/journal.h"
#include "storage/journalerror.h"
#include "storage/journalfile.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::runCli;
using ebb::test::TempDir;

namespace {

/** A journal with three days, closed. */
QString journalWithDays(const TempDir &tmp)
{
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    for (int d = 1; d <= 3; ++d) {
        (void)require(journal->saveCheckIn(ebb::test::sampleCheckIn(QDate(2026, 3, d))));
    }
    return path;
}

/** What someone does with the sqlite3 tool: plain SQLite, none of Ebb's settings. */
void alterWithSqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    INFO((error != nullptr ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("a trigger Ebb did not create is refused before anything is written, so it never runs",
          "[journal][schema][errors]")
{
    TempDir tmp;
    const QString path = journalWithDays(tmp);
    const char *planted = GENERATE("CREATE TRIGGER wipe AFTER INSERT ON checkins BEGIN DELETE FROM checkins "
                                   "WHERE day < new.day; END",
                                   // Under one of Ebb's own names, with other work to do.
                                   "DROP TRIGGER tags_uid; CREATE TRIGGER tags_uid AFTER INSERT ON tags BEGIN "
                                   "DELETE FROM checkins; END",
                                   "CREATE VIEW everything AS SELECT * FROM checkins", "CREATE TABLE extra (x TEXT)");
    INFO(planted);
    alterWithSqlite(path, planted);

    FixedClock clock;
    auto opened = Journal::open(path, clock);
    REQUIRE_FALSE(opened);
    CHECK(journalErrorKind(opened.error()) == JournalErrorKind::Damaged); // the app offers the newest backup
    CHECK(opened.errorString().contains(QStringLiteral("did not create")));

    // As the app opens it, leaving the check for just after its first frame: the check refuses it
    // there, before anything is written, and the app offers the newest backup.
    JournalOpenOptions later;
    later.schemaCheck = false;
    auto app = require(Journal::open(path, clock, later));
    const auto checked = app->checkIntegrity();
    REQUIRE_FALSE(checked);
    CHECK(journalErrorKind(checked.error()) == JournalErrorKind::Damaged);
    app.reset();

    // Read-only, as `ebb-cli check` reads it: named, and the days are all still there.
    auto reading = require(Journal::openForReading(path, clock));
    const IntegrityReport report = require(reading->integrityReport());
    CHECK_FALSE(report.healthy());
    CHECK(report.problems.join(QLatin1Char('\n')).contains(QStringLiteral("not created by Ebb")));
    CHECK(report.checkInCount == 0); // not counted for a report that is not healthy
    CHECK(require(reading->checkInCount()) == 3);
}

TEST_CASE("ebb-cli check names what Ebb did not create, and writing commands refuse the journal",
          "[cli][schema][errors]")
{
    TempDir tmp;
    const QString path = journalWithDays(tmp);
    alterWithSqlite(path, "CREATE TRIGGER wipe AFTER INSERT ON checkins BEGIN DELETE FROM checkins; END");
    const auto check = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(check.exitCode == 1);
    CHECK((check.out + check.err).contains(QStringLiteral("trigger 'wipe' on checkins")));
    const QString csv = ebb::test::writeFile(
        tmp, QStringLiteral("in.csv"),
        "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note\n"
        "2026-03-10,5,5,5,5,7,3,,,,\n");
    const auto import = runCli({QStringLiteral("import"), csv, QStringLiteral("--database"), path});
    CHECK(import.exitCode == 1);
    CHECK(import.err.contains(QStringLiteral("did not create")));
    FixedClock clock;
    CHECK(require(require(Journal::openForReading(path, clock))->checkInCount()) == 3); // the trigger never ran
}

TEST_CASE("Ebb's connections refuse SQL that would corrupt the file on purpose", "[journal][schema]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    Database &db = ebb::test::databaseOf(*journal);
    requireOk(db.exec(QStringLiteral("PRAGMA writable_schema = ON")));
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE sqlite_schema SET sql = 'garbage' WHERE name = 'checkins'")));
    CHECK_FALSE(db.exec(QStringLiteral("DELETE FROM search_text_data")));
}
