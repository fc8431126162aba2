// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli encrypt, decrypt and passphrase, and the other commands on an encrypted journal.
#include "clirun.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace ebb;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::TempDir;

namespace {

const QString kData = QStringLiteral(EBB_TEST_DATA "/");

QStringList withDatabase(QStringList args, const QString &db)
{
    return args << QStringLiteral("--database") << db;
}

} // namespace

TEST_CASE("ebb-cli encrypts a journal, works on it with the passphrase, and decrypts it", "[cli][crypto]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(runCli(withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv")}, db)).exitCode ==
            0);
    const Run encrypted =
        runCli(withDatabase({QStringLiteral("encrypt")}, db), {QStringLiteral("EBB_NEW_PASSPHRASE=tea and toast")});
    INFO(encrypted.err.toStdString());
    REQUIRE(encrypted.exitCode == 0);
    CHECK(encrypted.out.contains(QStringLiteral("without it the journal cannot be opened")));
    CHECK(isSealedJournal(db));

    const Run locked = runCli(withDatabase({QStringLiteral("export")}, db));
    CHECK(locked.exitCode == 1);
    CHECK(locked.err.contains(QStringLiteral("encrypted")));
    const Run wrong = runCli(withDatabase({QStringLiteral("check")}, db), {QStringLiteral("EBB_PASSPHRASE=tea")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("passphrase did not open")));

    const QStringList key = {QStringLiteral("EBB_PASSPHRASE=tea and toast")};
    const Run check = runCli(withDatabase({QStringLiteral("check")}, db), key);
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("(encrypted)")));
    CHECK(check.out.contains(QStringLiteral("Check-ins: 2")));
    CHECK(runCli(withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-with-title.csv")}, db), key)
              .exitCode == 0);
    const Run exported = runCli(withDatabase({QStringLiteral("export")}, db), key);
    CHECK(exported.out.count(QLatin1Char('\n')) >= 6);
    const Run backup = runCli(withDatabase({QStringLiteral("backup")}, db), key);
    CHECK(backup.exitCode == 0);
    CHECK(isSealedJournal(backup.out.section(QStringLiteral("Backed up to "), 1).trimmed()));

    const Run changed =
        runCli(withDatabase({QStringLiteral("passphrase")}, db),
               {QStringLiteral("EBB_PASSPHRASE=tea and toast"), QStringLiteral("EBB_NEW_PASSPHRASE=a quiet morning")});
    CHECK(changed.exitCode == 0);
    CHECK(runCli(withDatabase({QStringLiteral("check")}, db), key).exitCode == 1);
    const Run decrypted =
        runCli(withDatabase({QStringLiteral("decrypt")}, db), {QStringLiteral("EBB_PASSPHRASE=a quiet morning")});
    CHECK(decrypted.exitCode == 0);
    CHECK_FALSE(isSealedJournal(db));
    CHECK(runCli(withDatabase({QStringLiteral("check")}, db)).out.contains(QStringLiteral("Check-ins: 5")));
}

TEST_CASE("ebb-cli refuses weak or missing passphrases and decrypting a plain journal", "[cli][crypto][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(runCli(withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv")}, db)).exitCode ==
            0);
    CHECK(runCli(withDatabase({QStringLiteral("encrypt")}, db)).exitCode == 2);
    CHECK(
        runCli(withDatabase({QStringLiteral("encrypt")}, db), {QStringLiteral("EBB_NEW_PASSPHRASE=short")}).exitCode ==
        2);
    CHECK_FALSE(isSealedJournal(db));
    const Run plain = runCli(withDatabase({QStringLiteral("decrypt")}, db));
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains(QStringLiteral("not encrypted")));
}

TEST_CASE("the shipped ebb-cli has no test hook: it seals at the moderate cost, and raises a cheaper journal to it",
          "[cli][crypto][security]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(runCli(withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv")}, db)).exitCode ==
            0);
    const auto cost = [](const QString &path) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        auto header = readSealedHeader(f.readAll());
        REQUIRE(header.ok());
        return header->kdf;
    };
    SECTION("encrypt, with EBB_TEST_KDF=minimal set")
    {
        const Run encrypted = ebb::test::runShippedCli(withDatabase({QStringLiteral("encrypt")}, db),
                                                       {QStringLiteral("EBB_NEW_PASSPHRASE=tea and toast")});
        INFO(encrypted.err.toStdString());
        REQUIRE(encrypted.exitCode == 0);
        CHECK(cost(db).opsLimit == KdfParams::moderate().opsLimit);
        CHECK(cost(db).memLimit == KdfParams::moderate().memLimit);
    }
    SECTION("a journal sealed at the minimal cost (by the test build) is re-sealed when the shipped one writes")
    {
        REQUIRE(
            runCli(withDatabase({QStringLiteral("encrypt")}, db), {QStringLiteral("EBB_NEW_PASSPHRASE=tea and toast")})
                .exitCode == 0);
        REQUIRE(cost(db).opsLimit == KdfParams::minimal().opsLimit);
        const Run imported = ebb::test::runShippedCli(
            withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-with-title.csv")}, db),
            {QStringLiteral("EBB_PASSPHRASE=tea and toast")});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
        CHECK(cost(db).opsLimit == KdfParams::moderate().opsLimit);
        CHECK(runCli(withDatabase({QStringLiteral("check")}, db), {QStringLiteral("EBB_PASSPHRASE=tea and toast")})
                  .out.contains(QStringLiteral("Check-ins: 5")));
    }
}

TEST_CASE("a passphrase can come from a file descriptor instead of the environment", "[cli][crypto][passphrase]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(runCli(withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv")}, db)).exitCode ==
            0);
    const auto encrypted = ebb::test::runCliWithInput(
        withDatabase({QStringLiteral("encrypt"), QStringLiteral("--new-passphrase-fd"), QStringLiteral("0")}, db), {},
        "tea and toast\n");
    INFO(encrypted.err.toStdString());
    REQUIRE(encrypted.exitCode == 0);
    const auto check = ebb::test::runCliWithInput(
        withDatabase({QStringLiteral("check"), QStringLiteral("--passphrase-fd"), QStringLiteral("0")}, db), {},
        "tea and toast\n");
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("(encrypted)")));
    // No passphrase anywhere, and no terminal to ask on: a clear refusal naming the ways to give one.
    const auto none = runCli(withDatabase({QStringLiteral("check")}, db));
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("--passphrase-fd")));
    const auto closed =
        runCli(withDatabase({QStringLiteral("check"), QStringLiteral("--passphrase-fd"), QStringLiteral("57")}, db));
    CHECK(closed.exitCode == 2);
    CHECK(closed.err.contains(QStringLiteral("open file descriptor")));
}

TEST_CASE("on a terminal ebb-cli asks for the passphrase, without echoing it", "[cli][crypto][passphrase]")
{
    // script(1) (bsdutils, essential in Debian) gives the command a terminal of its own.
    REQUIRE_FALSE(QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty());
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(runCli(withDatabase({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv")}, db)).exitCode ==
            0);
    REQUIRE(runCli(withDatabase({QStringLiteral("encrypt")}, db), {QStringLiteral("EBB_NEW_PASSPHRASE=tea and toast")})
                .exitCode == 0);
    QProcess terminal; // script(1) runs the command on a new pseudo-terminal and relays its input
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EBB_PASSPHRASE"));
    env.insert(QStringLiteral("EBB_TEST_KDF"), QStringLiteral("minimal"));
    terminal.setProcessEnvironment(env);
    terminal.start(QStringLiteral("script"),
                   {QStringLiteral("-qec"),
                    QStringLiteral("'%1' check --database '%2'").arg(QStringLiteral(EBB_CLI_PATH), db),
                    QStringLiteral("/dev/null")});
    REQUIRE(terminal.waitForStarted(10000));
    QByteArray shown;
    QDeadlineTimer tenSeconds(10000);
    while (!shown.contains("Passphrase: ") && !tenSeconds.hasExpired()) {
        terminal.waitForReadyRead(100);
        shown += terminal.readAllStandardOutput();
    }
    REQUIRE(shown.contains("Passphrase: "));
    terminal.write("tea and toast\n");
    REQUIRE(terminal.waitForFinished(30000));
    shown += terminal.readAllStandardOutput();
    INFO(shown.toStdString());
    CHECK(terminal.exitCode() == 0);
    CHECK(shown.contains("(encrypted)"));
    CHECK_FALSE(shown.contains("tea and toast"));
}
