// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real ebb-cli binary: exit codes, messages and output are its interface.
#include "storage/journal.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EBB_DATABASE"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-ebb-home")); // never the real journal
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EBB_CLI_PATH), args);
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

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
    CHECK_FALSE(r.out.contains(QStringLiteral("analyze")));
    CHECK_FALSE(r.out.contains(QStringLiteral("backup")));
}

TEST_CASE("ebb-cli reports bad usage with exit code 2", "[cli][errors]")
{
    CHECK(runCli({}).exitCode == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--no-such-option")}).exitCode == 2);
    const Run badDate = runCli({QStringLiteral("export"), QStringLiteral("--from"), QStringLiteral("14.3.2026")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode == 2);
}

TEST_CASE("ebb-cli check describes a healthy journal", "[cli]")
{
    TempDir tmp;
    const QString path = makeJournal(tmp, 3);
    const Run r = runCli({QStringLiteral("check"), QStringLiteral("--database"), path});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Schema version: 1")));
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
