// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real ebb-cli binary: exit codes, messages and output are its interface.
#include "clirun.h"
#include "domain/review.h"
#include "io/interchangecsv.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/journalfile.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

QString makeJournal(const TempDir &tmp, int days)
{
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    const Tag walk = require(journal->addTag(QStringLiteral("walk"), TagKind::Restored));
    for (int i = 0; i < days; ++i) {
        CheckIn c = sampleCheckIn(QDate(2026, 3, 1).addDays(i), i % 11);
        c.tagIds = {walk.id};
        c.note = QStringLiteral("day %1, with a comma").arg(i);
        require(journal->saveCheckIn(c));
    }
    return path;
}

} // namespace

TEST_CASE("ebb-cli --help lists only the commands that exist", "[cli]")
{
    const Run r = runCli({QStringLiteral("--help")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("check")));
    CHECK(r.out.contains(QStringLiteral("export")));
    CHECK(r.out.contains(QStringLiteral("analyze")));
    CHECK(r.out.contains(QStringLiteral("review")));
    CHECK(r.out.contains(QStringLiteral("\n  backup")));
    CHECK(r.out.contains(QStringLiteral("\n  import")));
    // Commands of later work are not offered before they exist.
    CHECK_FALSE(r.out.contains(QStringLiteral("\n  lock")));
}

TEST_CASE("ebb-cli reports bad usage with exit code 2", "[cli][errors]")
{
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--no-such-option")}).exitCode == 2);
    const Run badDate = runCli({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("14.3.2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--sections"), QStringLiteral("everything")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--include-notes"), QStringLiteral("some")}).exitCode == 2);
}

TEST_CASE("ebb-cli check describes a healthy journal", "[cli]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 3);
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Schema version: %1").arg(latestSchemaVersion())));
    CHECK(r.out.contains(QStringLiteral("Check-ins: 3 (2026-03-01 to 2026-03-03)")));
    CHECK(r.out.contains(QStringLiteral("Integrity: ok")));
}

TEST_CASE("ebb-cli check fails with one line for a missing or foreign file and creates nothing", "[cli][errors]")
{
    TempDir tmp;
    const QString missing = tmp.path(QStringLiteral("absent.sqlite"));
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--database"), missing});
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(QStringLiteral("There is no journal")));
    CHECK_FALSE(QFile::exists(missing));

    const QString foreign = tmp.path(QStringLiteral("foreign.sqlite"));
    QFile f(foreign);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    const Run bad = runCli({QStringLiteral("check"), QStringLiteral("--database"), foreign});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("not an Ebb journal")));
}

TEST_CASE("ebb-cli check finds damage inside a journal", "[cli][errors]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 400);
    {
        // Overwrite a page in the middle of the file, past the header.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.size() > 8 * 4096);
        f.seek(4 * 4096);
        f.write(QByteArray(4096, '\x5a'));
    }
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(r.exitCode == 1);
    CHECK((r.out.contains(QStringLiteral("PROBLEMS")) || r.err.contains(QStringLiteral("damaged"))));
}

TEST_CASE("ebb-cli export writes the interchange CSV for the asked range", "[cli]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 10);
    const QString out = tmp.path(QStringLiteral("out.csv"));
    const ebb::test::ScopedUmask desktop(022); // ebb-cli inherits it: new files readable by everyone
    const Run r = runCli({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                          QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2026-03-03"),
                          QStringLiteral("--to"), QStringLiteral("2026-03-05"), QStringLiteral("--out"), out});
    CHECK(r.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith(QStringLiteral("date,energy,mood")));
    CHECK(lines[1] == QStringLiteral("2026-03-03,2,5,4,7,7.5,3,,,walk,\"day 2, with a comma\""));
    CHECK(lines[3].startsWith(QStringLiteral("2026-03-05,")));
    // Notes leave the journal only for their owner's eyes.
    CHECK(QFileInfo(out).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const Run toStdout = runCli({QStringLiteral("export"), QStringLiteral("--database"), path});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out.count(QStringLiteral("\r\n")) == 11);
}

TEST_CASE("ebb-cli export to a place it cannot write fails clearly and leaves no file", "[cli][errors]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 2);
    const QString out = tmp.path(QStringLiteral("missing/dir/out.csv"));
    const Run r = runCli({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--out"), out});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("Could not write")));
    CHECK_FALSE(QFile::exists(out));
}

namespace {

QString writeText(const TempDir &tmp, const QString &name, const QString &text)
{
    const QString path = tmp.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

/** A CSV of `days` steady days from 2026-01-01, then `slideDays` of low energy, mood and high stress. */
QString slideCsv(int days, int slideDays)
{
    QString csv = interchangeHeader().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (int i = 0; i < days + slideDays; ++i) {
        const bool sliding = i >= days;
        csv += QStringLiteral("%1,%2,%3,%4,4,7.5,3,3,0,,\r\n")
                   .arg(QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate))
                   .arg(sliding ? 2 : 5 + i % 3)
                   .arg(sliding ? 2 : 5 + (i + 1) % 3)
                   .arg(sliding ? 9 : 3 + i % 3);
    }
    return csv;
}

} // namespace

TEST_CASE("ebb-cli analyze reads a CSV and prints the report as JSON", "[cli][pacing]")
{
    TempDir tmp;
    const QString csv = writeText(tmp, QStringLiteral("days.csv"), slideCsv(60, 6));
    const Run r = runCli({QStringLiteral("analyze"), QStringLiteral("--csv"), csv, QStringLiteral("--today"),
                          QStringLiteral("2026-03-07"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("as_of")).toString() == QStringLiteral("2026-03-07"));
    CHECK(o.value(QStringLiteral("status")).toString() != QStringLiteral("steady"));
    CHECK(r.out.contains(QStringLiteral("energy_slide")));
}

TEST_CASE("ebb-cli analyze --history prints one report per day of the data", "[cli][pacing]")
{
    TempDir tmp;
    const QString csv = writeText(tmp, QStringLiteral("days.csv"), slideCsv(30, 0));
    const Run r = runCli({QStringLiteral("analyze"), QStringLiteral("--csv"), csv, QStringLiteral("--history"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 30);
    CHECK(lines.first().contains(QStringLiteral("\"as_of\":\"2026-01-01\"")));
    CHECK(lines.last().contains(QStringLiteral("\"as_of\":\"2026-01-30\"")));
}

TEST_CASE("ebb-cli analyze of a journal speaks in text and says it is not a medical tool", "[cli][pacing]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 5);
    const Run r = runCli({QStringLiteral("analyze"), QStringLiteral("--database"), path, QStringLiteral("--today"),
                          QStringLiteral("2026-03-05")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(QLocale().toString(QDate(2026, 3, 5), QLocale::LongFormat)));
    // Load 7 on days of energy 0-4: the envelope, a warning, named in words with what it means.
    CHECK(r.out.contains(QStringLiteral("Time to take care")));
    CHECK(r.out.contains(QStringLiteral("Days asking more than the energy there was")));
    CHECK(r.out.contains(QStringLiteral("the day's load was 3 or more points above your energy")));
    CHECK_FALSE(r.out.contains(QStringLiteral("envelope")));
    CHECK(r.out.contains(QStringLiteral("not a medical tool")));
}

TEST_CASE("ebb-cli analyze names the bad line of a malformed CSV in one line", "[cli][pacing][errors]")
{
    TempDir tmp;
    QString text = slideCsv(3, 0);
    text += QStringLiteral("2026-01-04,12,,,,,,,,,\r\n");
    const QString csv = writeText(tmp, QStringLiteral("bad.csv"), text);
    const Run r = runCli({QStringLiteral("analyze"), QStringLiteral("--csv"), csv});
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
    CHECK(r.err.contains(QStringLiteral("Line 5: energy must be a whole number from 0 to 10")));
    CHECK(r.out.isEmpty());

    const Run missing =
        runCli({QStringLiteral("analyze"), QStringLiteral("--csv"), tmp.path(QStringLiteral("no.csv"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("Could not read")));
}

TEST_CASE("ebb-cli analyze refuses contradictory or unknown options", "[cli][pacing][errors]")
{
    CHECK(runCli({QStringLiteral("analyze"), QStringLiteral("--csv"), QStringLiteral("a.csv"),
                  QStringLiteral("--database"), QStringLiteral("b.sqlite")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("analyze"), QStringLiteral("--today"), QStringLiteral("tomorrow")}).exitCode == 2);
}

TEST_CASE("ebb-cli review prints a week's summary with the saved answers", "[cli][review]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 10);
    {
        FixedClock clock;
        auto journal = require(Journal::open(path, clock));
        require(
            journal->saveReview({QStringLiteral("2026-W10"),
                                 {{QStringLiteral("proud"), QStringLiteral("Proud of:"), QStringLiteral("Resting")}},
                                 {},
                                 {}}));
    }
    const Run md = runCli({QStringLiteral("review"), QStringLiteral("--database"), path, QStringLiteral("--week"),
                           QStringLiteral("2026-W10")});
    CHECK(md.exitCode == 0);
    CHECK(md.out.startsWith(QStringLiteral("# Week 2026-W10 (2026-03-02 to 2026-03-08)")));
    CHECK(md.out.contains(QStringLiteral("Days with a check-in: 7 of 7")));
    // Words first: the numbers come after the reflection.
    CHECK(md.out.indexOf(QStringLiteral("**Proud of:**")) < md.out.indexOf(QStringLiteral("## The numbers")));
    CHECK(md.out.indexOf(QStringLiteral("| measure |")) > md.out.indexOf(QStringLiteral("## The numbers")));
    CHECK(md.out.contains(QStringLiteral("**Proud of:**\n\nResting")));
    const Run json = runCli({QStringLiteral("review"), QStringLiteral("--database"), path, QStringLiteral("--week"),
                             QStringLiteral("2026-W10"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("days_recorded")).toInt() == 7);
    CHECK(o.value(QStringLiteral("review")).toArray().size() == 1);
}

TEST_CASE("ebb-cli review refuses a week that does not exist and explains an old journal", "[cli][review][errors]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 2);
    const Run bad = runCli({QStringLiteral("review"), QStringLiteral("--database"), path, QStringLiteral("--week"),
                            QStringLiteral("2025-W53")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("ISO week")));
    {
        Database db = require(openJournalFile(path));
        requireOk(db.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    const Run old = runCli({QStringLiteral("review"), QStringLiteral("--database"), path});
    CHECK(old.exitCode == 1);
    CHECK(old.err.contains(QStringLiteral("older Ebb")));
}

TEST_CASE("ebb-cli export writes a PDF report headless, and a Markdown one with only the chosen sections",
          "[cli][export]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 10);
    const QString pdf = tmp.path(QStringLiteral("report.pdf"));
    QStringList args = {QStringLiteral("export"),
                        QStringLiteral("--database"),
                        path,
                        QStringLiteral("--format"),
                        QStringLiteral("pdf"),
                        QStringLiteral("--from"),
                        QStringLiteral("2026-03-01"),
                        QStringLiteral("--to"),
                        QStringLiteral("2026-03-10"),
                        QStringLiteral("--out"),
                        pdf};
    const Run r = runCli(args);
    CHECK(r.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const Run md = runCli({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                           QStringLiteral("md"), QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                           QStringLiteral("--to"), QStringLiteral("2026-03-10"), QStringLiteral("--sections"),
                           QStringLiteral("overview,notes"), QStringLiteral("--include-notes"), QStringLiteral("all")});
    CHECK(md.exitCode == 0);
    CHECK(md.out.contains(QStringLiteral("## Key numbers")));
    CHECK_FALSE(md.out.contains(QStringLiteral("## Boundaries")));
    CHECK(md.out.contains(QStringLiteral("day 3, with a comma"))); // the check-in notes, all of them
}

TEST_CASE("ebb-cli backup takes a snapshot beside the journal and lists it", "[cli][backups]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 3);
    const Run taken = runCli({QStringLiteral("backup"), QStringLiteral("--database"), path});
    CHECK(taken.exitCode == 0);
    CHECK(taken.out.contains(QStringLiteral("Backed up to")));
    const Run list = runCli({QStringLiteral("backup"), QStringLiteral("--database"), path, QStringLiteral("--list")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.contains(QStringLiteral("manual")));
    const Run missing =
        runCli({QStringLiteral("backup"), QStringLiteral("--database"), tmp.path(QStringLiteral("none.sqlite"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("There is no journal")));
}

TEST_CASE("ebb-cli's reading commands leave an older journal byte for byte as it was", "[cli][journal]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 5);
    {
        Database db = require(openJournalFile(path));
        requireOk(db.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const QStringList db = {QStringLiteral("--database"), path};
    for (const QStringList &command :
         {QStringList{QStringLiteral("check")}, QStringList{QStringLiteral("analyze")},
          QStringList{QStringLiteral("review"), QStringLiteral("--week"), QStringLiteral("2026-W10")},
          QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")},
          QStringList{QStringLiteral("backup")}}) {
        const Run run = runCli(command + db);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
        file.close();
        CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0); // nothing written aside either
    }
    const Run check = runCli(QStringList{QStringLiteral("check")} + db);
    CHECK(check.out.contains(QStringLiteral("Schema version: 3")));
}

TEST_CASE("ebb-cli's help never points to a document the person does not have", "[cli]")
{
    for (const QString &command : {QStringLiteral("analyze"), QStringLiteral("backup"), QStringLiteral("check"),
                                   QStringLiteral("decrypt"), QStringLiteral("encrypt"), QStringLiteral("export"),
                                   QStringLiteral("import"), QStringLiteral("passphrase"), QStringLiteral("review")}) {
        const Run help = runCli({command, QStringLiteral("--help")});
        INFO(command.toStdString() << ": " << help.out.toStdString());
        CHECK(help.exitCode == 0);
        CHECK_FALSE(help.out.contains(QStringLiteral(".md")));
    }
    CHECK_FALSE(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral(".md")));
}

TEST_CASE("ebb-cli keeps the journal out of core dumps from its first line", "[cli][security]")
{
    TempDir tmp;
    // A FIFO holds ebb-cli at its first read, long after start-up, so its limits can be read.
    const QString fifo = tmp.path(QStringLiteral("waiting.csv"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess cli;
    cli.setProgram(QStringLiteral(EBB_CLI_PATH));
    cli.setArguments({QStringLiteral("import"), fifo, QStringLiteral("--dry-run"), QStringLiteral("--database"),
                      tmp.path(QStringLiteral("ebb.sqlite"))});
    cli.start();
    REQUIRE(cli.waitForStarted());
    const QRegularExpression noCore(QStringLiteral("Max core file size\\s+0\\s+0\\s"));
    QString limits;
    for (int i = 0; i < 300 && !noCore.match(limits).hasMatch(); ++i) {
        QThread::msleep(10);
        QFile f(QStringLiteral("/proc/%1/limits").arg(cli.processId()));
        if (f.open(QIODevice::ReadOnly)) {
            limits = QString::fromUtf8(f.readAll());
        }
    }
    {
        QFile writer(fifo); // lets it read an empty file, refuse it and end
        REQUIRE(writer.open(QIODevice::WriteOnly));
    }
    REQUIRE(cli.waitForFinished(10000));
    INFO(limits.toStdString());
    CHECK(noCore.match(limits).hasMatch());
    CHECK(cli.exitCode() == 1);
}

TEST_CASE("check and export write nothing beside an idle journal, and work in a folder they may not write",
          "[cli][files]")
{
    // A folder of its own, readable by anyone, so a user other than root can be given it below.
    QTemporaryDir outer(QDir::tempPath() + QStringLiteral("/ebb-readonly-XXXXXX"));
    REQUIRE(outer.isValid());
    const QString folder = outer.filePath(QStringLiteral("journal"));
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/ebb.sqlite");
    FixedClock clock;
    require(require(Journal::open(path, clock))->saveCheckIn(ebb::test::sampleCheckIn(QDate(2026, 3, 1))));
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal"))); // closed: SQLite removed its log
    const QByteArray before = ebb::test::readFile(path);

    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export")}) {
        const Run run = runCli({command, QStringLiteral("--database"), path});
        INFO(command.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-shm")));
        CHECK(ebb::test::readFile(path) == before);
    }

    // A folder that may not be written (for root, whom permissions do not stop: run as nobody).
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    for (const QString &dir : {outer.path(), folder}) {
        REQUIRE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther |
                                               QFile::ReadGroup | QFile::ExeGroup));
    }
    QFile::remove(path + QStringLiteral(".lock"));
    QStringList program{QStringLiteral(EBB_CLI_PATH)};
    if (::geteuid() == 0) {
        program = QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                              QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")} +
                  program;
    }
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("export")}) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-ebb-home"));
        process.setProcessEnvironment(env);
        process.start(program.constFirst(), program.mid(1) + QStringList{command, QStringLiteral("--database"), path});
        REQUIRE(process.waitForFinished(30000));
        INFO(command.toStdString() << ": " << process.readAllStandardError().toStdString());
        CHECK(process.exitCode() == 0);
    }
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("ebb.sqlite")});
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); // so it can be removed
    QFile::setPermissions(outer.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
