// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per journal: the lock every writing ebb-cli command takes, and an encrypted journal
// that refuses to write over a version it never saw.
#include "clirun.h"
#include "storage/backups.h"
#include "storage/journal.h"
#include "storage/journalerror.h"
#include "storage/journallock.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::runCli;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("a long walk by the river");
const QByteArray kHeader = "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                           "boundaries_slipped,tags,note\n";

/** An Ebb CSV with one row per day from `first`, `days` days long. */
QByteArray csvOfDays(QDate first, int days)
{
    QByteArray csv = kHeader;
    for (int i = 0; i < days; ++i) {
        csv += first.addDays(i).toString(Qt::ISODate).toLatin1() + ",5,5,5,5,7.5,3,0,0,,\n";
    }
    return csv;
}

QString encryptedJournal(const TempDir &tmp, const FixedClock &clock)
{
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    require(require(Journal::open(path, clock))->checkInCount());
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    return path;
}

QProcess *startCli(const QStringList &args, const QStringList &environment, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EBB_DATABASE"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-ebb-home"));
    env.insert(QStringLiteral("EBB_TEST_KDF"), QStringLiteral("minimal"));
    for (const QString &pair : environment) {
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(EBB_CLI_PATH), args);
    return process;
}

} // namespace

TEST_CASE("two writers of one encrypted journal: the second is refused and its change is kept in a backup",
          "[crypto][sealed][lock][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    auto first = require(Journal::open(path, clock, {}, kPassphrase));
    auto second = require(Journal::open(path, clock, {}, kPassphrase));

    require(first->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1), 3)));
    auto refused = second->saveCheckIn(sampleCheckIn(QDate(2026, 3, 2), 8));
    REQUIRE_FALSE(refused.ok());
    CHECK(journalErrorKind(refused.error()) == JournalErrorKind::ChangedElsewhere);
    CHECK(refused.errorString().contains(QStringLiteral("Another program changed the encrypted journal")));
    CHECK(refused.errorString().contains(QStringLiteral("backup")));
    second.reset();
    first.reset();

    // The file holds the first writer's day; the second's is in the backup the message names.
    auto onDisk = require(Journal::openForReading(path, clock, kPassphrase));
    CHECK(require(onDisk->checkIn(QDate(2026, 3, 1))).has_value());
    CHECK_FALSE(require(onDisk->checkIn(QDate(2026, 3, 2))).has_value());
    auto backups = require(Backups(Backups::directoryFor(path)).list());
    const auto unsaved = std::find_if(backups.begin(), backups.end(),
                                      [](const BackupInfo &b) { return b.reason == kUnsavedBackupReason; });
    REQUIRE(unsaved != backups.end());
    CHECK(refused.errorString().contains(QFileInfo(unsaved->path).fileName()));
    CHECK(isSealedJournal(unsaved->path));
    auto kept = require(Journal::openForReading(unsaved->path, clock, kPassphrase));
    CHECK(require(kept->checkIn(QDate(2026, 3, 2)))->energy == 8);
}

TEST_CASE("a backup holding changes the journal does not is never rotated away", "[backups]")
{
    const QDateTime now(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC);
    std::vector<BackupInfo> backups;
    backups.reserve(60);
    for (int day = 0; day < 60; ++day) { // newest first
        backups.push_back({QStringLiteral("/b/%1").arg(day), now.addDays(-day), QStringLiteral("daily"), 1});
    }
    backups[40].reason = kUnsavedBackupReason;
    const std::vector<size_t> keep = backupsToKeep(backups, BackupPolicy{});
    CHECK(std::binary_search(keep.begin(), keep.end(), size_t(40)));
    CHECK_FALSE(std::binary_search(keep.begin(), keep.end(), size_t(41)));
}

TEST_CASE("every writing ebb-cli command says so and changes nothing while Ebb has the journal open",
          "[cli][lock][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString plain = tmp.path(QStringLiteral("plain.sqlite"));
    require(require(Journal::open(plain, clock))->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1))));
    const QString sealed = encryptedJournal(tmp, clock);
    const QString csv = ebb::test::writeFile(tmp, QStringLiteral("days.csv"), csvOfDays(QDate(2026, 4, 1), 3));
    const QStringList key = {QStringLiteral("EBB_PASSPHRASE=") + kPassphrase,
                             QStringLiteral("EBB_NEW_PASSPHRASE=another long passphrase")};

    struct Command
    {
        QStringList args;
        QString journal;
    };
    const std::vector<Command> commands = {
        {{QStringLiteral("import"), csv}, plain}, {{QStringLiteral("import"), csv}, sealed},
        {{QStringLiteral("backup")}, plain},      {{QStringLiteral("encrypt")}, plain},
        {{QStringLiteral("decrypt")}, sealed},    {{QStringLiteral("passphrase")}, sealed},
    };
    for (const Command &command : commands) {
        JournalLock app(command.journal); // this test stands for the app, holding its journal
        REQUIRE(app.tryLock() == JournalLock::Outcome::Taken);
        const QByteArray before = ebb::test::readFile(command.journal);
        const auto run = runCli(QStringList(command.args) << QStringLiteral("--database") << command.journal, key);
        INFO(command.args.join(QLatin1Char(' ')).toStdString() << " on " << command.journal.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("Ebb has the journal")));
        CHECK(run.err.contains(QStringLiteral("Nothing was changed")));
        CHECK(ebb::test::readFile(command.journal) == before);
    }
    CHECK(QDir(Backups::directoryFor(plain)).entryList({QStringLiteral("*manual*")}).isEmpty());

    // Reading needs no lock: Ebb being open does not stop an export.
    JournalLock app(plain);
    REQUIRE(app.tryLock() == JournalLock::Outcome::Taken);
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("--database"), plain}).exitCode == 0);
}

TEST_CASE("two ebb-cli imports at once into one encrypted journal both land", "[cli][lock][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    const QString journal = encryptedJournal(tmp, clock);
    const QStringList key = {QStringLiteral("EBB_PASSPHRASE=") + kPassphrase};
    for (int round = 0; round < 3; ++round) {
        const QDate first = QDate(2025, 1, 1).addDays(round * 100);
        const QString a = ebb::test::writeFile(tmp, QStringLiteral("a%1.csv").arg(round), csvOfDays(first, 20));
        const QString b =
            ebb::test::writeFile(tmp, QStringLiteral("b%1.csv").arg(round), csvOfDays(first.addDays(50), 20));
        QObject owner;
        QProcess *one = startCli({QStringLiteral("import"), a, QStringLiteral("--database"), journal}, key, &owner);
        QProcess *two = startCli({QStringLiteral("import"), b, QStringLiteral("--database"), journal}, key, &owner);
        REQUIRE(one->waitForFinished(60000));
        REQUIRE(two->waitForFinished(60000));
        INFO(QString::fromUtf8(one->readAllStandardError() + two->readAllStandardError()).toStdString());
        CHECK(one->exitCode() == 0);
        CHECK(two->exitCode() == 0);
    }
    auto read = require(Journal::openForReading(journal, clock, kPassphrase));
    CHECK(require(read->checkInCount()) == 3 * 40);
}

TEST_CASE("an ebb-cli command holding the lock holds it for every other process, which waits its turn", "[cli][lock]")
{
    TempDir tmp;
    FixedClock clock;
    const QString journal = tmp.path(QStringLiteral("ebb.sqlite"));
    require(require(Journal::open(journal, clock))->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1))));
    // Without EBB_TEST_KDF the test build derives its key at the shipped cost: about a second
    // during which encrypt holds the journal's lock.
    QObject owner;
    QProcess *encrypt =
        startCli({QStringLiteral("encrypt"), QStringLiteral("--database"), journal},
                 {QStringLiteral("EBB_TEST_KDF=none"), QStringLiteral("EBB_NEW_PASSPHRASE=") + kPassphrase}, &owner);
    const JournalLock probe(journal);
    QDeadlineTimer tenSeconds(10000);
    while (probe.holderPid() != encrypt->processId() && !tenSeconds.hasExpired()) {
        QThread::msleep(5);
    }
    REQUIRE(probe.holderPid() == encrypt->processId());
    // A backup started now must wait for it: it then finds the journal encrypted (and has no
    // passphrase). Had it not waited, it would have copied the plain journal at once.
    const auto backup = runCli({QStringLiteral("backup"), QStringLiteral("--database"), journal});
    REQUIRE(encrypt->waitForFinished(60000));
    CHECK(encrypt->exitCode() == 0);
    CHECK(backup.exitCode == 1);
    CHECK(backup.err.contains(QStringLiteral("encrypted")));
}

TEST_CASE("a lock held by an ebb-cli command is waited for, whatever process now has its id", "[cli][lock]")
{
    // The process ids wrap around (32,768 here): a killed command's id can be another program's a
    // moment later. The holder's own word, written beside its id, says what it was.
    TempDir tmp;
    const QString journal = tmp.path(QStringLiteral("ebb.sqlite"));
    JournalLock holder(journal);
    REQUIRE(holder.tryLock() == JournalLock::Outcome::Taken);
    CHECK(holder.holderPid() == QCoreApplication::applicationPid());
    CHECK(holder.holderProgram() == QFileInfo(QCoreApplication::applicationFilePath()).fileName().toUtf8());

    JournalLock probe(journal);
    CHECK(probe.tryLock() == JournalLock::Outcome::HeldElsewhere);
    CHECK(probe.heldByApp()); // this test process is not an ebb-cli command: it stands for the app

    // The same living process, named in the file as an ebb-cli command: waited for, never "the app".
    {
        QFile file(JournalLock::lockPathFor(journal));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + "\nebb-cli\n");
    }
    CHECK_FALSE(probe.heldByApp());
    const auto refused = probe.lockForWriting(300);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("Another ebb-cli command")));
}
