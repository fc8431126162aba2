// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli import, run as a person would run it.
#include "clirun.h"
#include "io/importlimits.h"
#include "storage/journal.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;
using ebb::test::writeFile;

namespace {

const QString kData = QStringLiteral(EBB_TEST_DATA "/");

QByteArray digestOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("ebb-cli import reads a Daylio export into a new journal, and again changes nothing", "[cli][import]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QStringList args = {QStringLiteral("import"), kData + QStringLiteral("daylio-with-title.csv"),
                              QStringLiteral("--database"), db};
    const Run first = runCli(args);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Daylio export: 4 rows, 3 day(s).")));
    CHECK(first.out.contains(QStringLiteral("New days: 3, changed: 0, unchanged: 0, rejected rows: 0.")));
    CHECK(first.out.contains(QStringLiteral("Imported 3 day(s)")));

    const Run second = runCli(args);
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("unchanged: 3")));
    CHECK(second.out.contains(QStringLiteral("Nothing to change")));

    FixedClock clock;
    auto journal = require(Journal::open(db, clock));
    CHECK(require(journal->checkIn(QDate(2024, 3, 3)))->mood == 7);
}

TEST_CASE("ebb-cli import --dry-run writes nothing, not even a new journal", "[cli][import]")
{
    TempDir tmp;
    const QString absent = tmp.path(QStringLiteral("absent.sqlite"));
    const Run dry = runCli({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv"),
                            QStringLiteral("--dry-run"), QStringLiteral("--database"), absent});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("New days: 2")));
    CHECK(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
    CHECK(QDir(tmp.dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());

    FixedClock clock;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(db, clock));
        require(journal->saveCheckIn(sampleCheckIn(QDate(2023, 11, 20))));
    }
    const QByteArray before = digestOf(db);
    const Run existing = runCli({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--database"), db});
    CHECK(existing.exitCode == 0);
    CHECK(existing.out.contains(QStringLiteral("New days: 1, changed: 1")));
    CHECK(digestOf(db) == before);
    CHECK_FALSE(QDir(tmp.path(QStringLiteral("backups"))).exists());
}

TEST_CASE("ebb-cli import lists unknown moods and takes them with --mood-map", "[cli][import][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString file = kData + QStringLiteral("daylio-scales.tsv");
    const Run refused = runCli({QStringLiteral("import"), file, QStringLiteral("--database"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(refused.err.contains(QStringLiteral("müde, super")));
    CHECK(refused.err.contains(QStringLiteral("--mood-map")));
    CHECK_FALSE(QFile::exists(db)); // a refused import creates nothing

    const Run badMap = runCli({QStringLiteral("import"), file, QStringLiteral("--mood-map"), QStringLiteral("super"),
                               QStringLiteral("--database"), db});
    CHECK(badMap.exitCode == 2);

    const Run placed = runCli({QStringLiteral("import"), file, QStringLiteral("--mood-map"),
                               QStringLiteral("super=9,müde=4"), QStringLiteral("--database"), db});
    INFO(placed.err.toStdString());
    CHECK(placed.exitCode == 0);
    CHECK(placed.out.contains(QStringLiteral("New tags: Lesen, Sport")));
}

TEST_CASE("ebb-cli import names each bad row and imports nothing", "[cli][import][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString csv = writeFile(tmp, QStringLiteral("bad.csv"),
                                  "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                  "boundaries_slipped,tags,note\n"
                                  "2026-01-01,5,,,,,,,,,\n"
                                  "2026-01-02,12,,,,,,,,,\n"
                                  "2026-13-01,5,,,,,,,,,\n");
    const Run r = runCli({QStringLiteral("import"), csv, QStringLiteral("--database"), db});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("Line 3: energy must be a whole number from 0 to 10 (it was \"12\").")));
    CHECK(r.out.contains(QStringLiteral("Line 4: date must be a real day")));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported: 2 row(s)")));
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("ebb-cli import refuses a missing, unknown or non-UTF-8 file with one line", "[cli][import][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const Run missing =
        runCli({QStringLiteral("import"), tmp.path(QStringLiteral("nope.csv")), QStringLiteral("--database"), db});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Could not read")));

    const QString other = writeFile(tmp, QStringLiteral("other.csv"), "day,feeling\n2024-01-01,ok\n");
    const Run unknown = runCli({QStringLiteral("import"), other, QStringLiteral("--database"), db});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("neither an Ebb CSV")));

    const QString latin1 = writeFile(tmp, QStringLiteral("latin1.csv"),
                                     "full_date,date,weekday,time,mood,activities,note\n"
                                     "2024-01-01,x,x,10:00,m\xfc"
                                     "de,,\n");
    const Run notUtf8 = runCli({QStringLiteral("import"), latin1, QStringLiteral("--database"), db});
    CHECK(notUtf8.exitCode == 1);
    CHECK(notUtf8.err.contains(QStringLiteral("not UTF-8")));

    CHECK(runCli({QStringLiteral("import"), QStringLiteral("--database"), db}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), other, QStringLiteral("--format"), QStringLiteral("xls"),
                  QStringLiteral("--database"), db})
              .exitCode == 2);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("ebb-cli import --format forces a reader", "[cli][import]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const Run r = runCli({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv"),
                          QStringLiteral("--format"), QStringLiteral("ebb"), QStringLiteral("--database"), db});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("header must be exactly")));
}

TEST_CASE("ebb-cli import reads a file of exactly 20 MB and refuses one byte more before reading it",
          "[cli][import][errors][limits]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QByteArray rows = "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                            "boundaries_slipped,tags,note\n2026-01-01,5,,,,,,,,,\n";
    // Blank lines are skipped, so they pad a real file up to the limit.
    const QString largest =
        writeFile(tmp, QStringLiteral("largest.csv"), rows + QByteArray(kImportMaxFileBytes - rows.size(), '\n'));
    const Run fits =
        runCli({QStringLiteral("import"), largest, QStringLiteral("--dry-run"), QStringLiteral("--database"), db});
    INFO(fits.err.toStdString());
    CHECK(fits.exitCode == 0);
    CHECK(fits.out.contains(QStringLiteral("New days: 1")));

    const QString tooBig = tmp.path(QStringLiteral("too-big.csv"));
    {
        QFile f(tooBig);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(rows) == rows.size());
        REQUIRE(f.resize(kImportMaxFileBytes + 1)); // sparse: the rest reads as NUL bytes
    }
    const Run refused = runCli({QStringLiteral("import"), tooBig, QStringLiteral("--database"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.trimmed() ==
          QStringLiteral(
              "ebb-cli: Nothing was imported: the file is 20.0 MB (20000001 bytes), and Ebb imports files of up "
              "to 20 MB. Ebb's own export of a hundred years of days with a note every day is about 11 MB: "
              "is this the file you meant? If it is, split it into smaller files and import each."));
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("ebb-cli import refuses days before 1900 or far in the future, naming the line", "[cli][import][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString csv = writeFile(tmp, QStringLiteral("far.csv"),
                                  "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                  "boundaries_slipped,tags,note\n"
                                  "0001-01-01,5,,,,,,,,,\n"
                                  "2026-01-02,5,,,,,,,,,\n"
                                  "9999-12-31,5,,,,,,,,,\n");
    const Run r = runCli({QStringLiteral("import"), csv, QStringLiteral("--database"), db});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(QStringLiteral("Line 2: date must be a day from 1900-01-01 to ")));
    CHECK(r.out.contains(QStringLiteral("(it was \"0001-01-01\").")));
    CHECK(r.out.contains(QStringLiteral("Line 4: date must be a day from 1900-01-01 to ")));
    CHECK(r.err.contains(QStringLiteral("Nothing was imported: 2 row(s)")));
    CHECK_FALSE(QFile::exists(db));

    const QString daylio = writeFile(tmp, QStringLiteral("far-daylio.csv"),
                                     "full_date,date,weekday,time,mood,activities,note\n"
                                     "9999-12-31,x,x,10:00,good,,\n");
    const Run d = runCli({QStringLiteral("import"), daylio, QStringLiteral("--database"), db});
    CHECK(d.exitCode == 1);
    CHECK(d.out.contains(QStringLiteral("Line 2: full_date must be a day from 1900-01-01 to ")));
    CHECK_FALSE(QFile::exists(db));
}
