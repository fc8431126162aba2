// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// No readable copy of an encrypted journal stays beside it: not after encrypting, not after an
// interrupted backup, restore, creation or decryption.
#include "clirun.h"
#include "storage/backups.h"
#include "storage/journal.h"
#include "storage/plaintextsweep.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>

using namespace ebb;
using ebb::test::filesContaining;
using ebb::test::FixedClock;
using ebb::test::readFile;
using ebb::test::require;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("a long walk by the river");
const QByteArray kSecret = "SECRET-4f1e-the-words-of-a-hard-day";

/** A plain journal whose one check-in's note holds kSecret (so its bytes do). */
void writePlainJournal(const QString &path, const FixedClock &clock, QDate day)
{
    auto journal = require(Journal::open(path, clock));
    CheckIn checkIn = ebb::test::sampleCheckIn(day);
    checkIn.note = QString::fromLatin1(kSecret);
    require(journal->saveCheckIn(checkIn));
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

/**
 * An encrypted journal "ebb.sqlite" in `tmp`, and a plain journal elsewhere holding kSecret that
 * stands for plain copies appearing beside it later; returns the plain one's path.
 */
QString encryptedJournalAndPlainSource(const TempDir &tmp, const FixedClock &clock)
{
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    require(require(Journal::open(path, clock))->checkInCount());
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    const QString source = tmp.path(QStringLiteral("elsewhere/plain.sqlite"));
    writePlainJournal(source, clock, QDate(2026, 5, 1));
    return source;
}

} // namespace

TEST_CASE("encrypting leaves no readable copy: unfinished ones go, kept ones are encrypted in place",
          "[crypto][sealed][leftovers]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    writePlainJournal(path, clock, QDate(2026, 3, 1));
    const QString backup = require(require(Journal::open(path, clock))->backupNow(QStringLiteral("manual"))).path;
    // What interrupted steps leave: a backup cut off, a restore's file set aside and its incoming
    // copy, a new journal being made.
    copyFile(path, backup + QStringLiteral(".partial-4242-0badcafe"));
    const QString aside = path + QStringLiteral(".set-aside-20260301-120000");
    copyFile(path, aside);
    copyFile(path, path + QStringLiteral(".restoring"));
    copyFile(path, path + QStringLiteral(".creating-4242"));
    REQUIRE(filesContaining(tmp.dir.path(), kSecret).size() >= 5);

    const PlaintextSweep swept = require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    INFO(swept.summary().toStdString());
    CHECK(filesContaining(tmp.dir.path(), kSecret).isEmpty());
    CHECK(swept.removed.size() == 3);
    CHECK(swept.sealed.size() == 2);
    CHECK(swept.failed.isEmpty());
    CHECK(swept.summary().contains(QStringLiteral("3 unfinished unencrypted copies")));

    // What was kept is still whole, now behind the passphrase.
    for (const QString &kept : {backup, aside}) {
        CHECK(isSealedJournal(kept));
        auto journal = require(Journal::openForReading(kept, clock, kPassphrase));
        CHECK(require(journal->checkIn(QDate(2026, 3, 1)))->note == QString::fromLatin1(kSecret));
    }
}

TEST_CASE("an encrypted journal that opens clears plain copies left since, and says so", "[crypto][sealed][leftovers]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    // The plain journal elsewhere stands for plain copies that appear later (a killed decrypt, a
    // plain backup copied back in, a damaged file set aside).
    const QString source = encryptedJournalAndPlainSource(tmp, clock);
    QDir().mkpath(Backups::directoryFor(path));
    const QString plainBackup =
        QDir(Backups::directoryFor(path)).filePath(QStringLiteral("ebb-20260501-090000-daily.sqlite"));
    copyFile(source, plainBackup);
    copyFile(source, path + QStringLiteral(".plain"));
    copyFile(source, path + QStringLiteral("-wal"));
    const QString damagedAside = path + QStringLiteral(".set-aside-20260502-100000");
    {
        QFile f(damagedAside);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a database, but private: " + kSecret);
    }
    const QString elsewhere = QFileInfo(source).absolutePath();

    SECTION("opened only to read, nothing is written")
    {
        auto reading = require(Journal::openForReading(path, clock, kPassphrase));
        CHECK(reading->plaintextSweep().isEmpty());
        // The same through open() with readOnly (ebb-cli import plans that way before it takes the
        // lock: a sweep there deleted a writer's temporary file under its feet).
        JournalOpenOptions readOnly;
        readOnly.create = false;
        readOnly.readOnly = true;
        CHECK(require(Journal::open(path, clock, readOnly, kPassphrase))->plaintextSweep().isEmpty());
        CHECK(QFile::exists(path + QStringLiteral(".plain")));
    }
    SECTION("opened to write, every plain copy is dealt with")
    {
        auto journal = require(Journal::open(path, clock, {}, kPassphrase));
        const PlaintextSweep &swept = journal->plaintextSweep();
        CHECK(swept.removed.size() == 2); // .plain and -wal
        CHECK(swept.sealed.size() == 2);  // the backup and the damaged file set aside
        QStringList leftovers = filesContaining(tmp.dir.path(), kSecret);
        leftovers.removeIf([&elsewhere](const QString &f) { return f.startsWith(elsewhere); });
        CHECK(leftovers.isEmpty());
        CHECK(isSealedJournal(plainBackup));
        CHECK(require(require(Journal::openForReading(plainBackup, clock, kPassphrase))->checkInCount()) == 1);
        CHECK(isSealedJournal(damagedAside));
        // Opening again finds nothing more to do.
        journal.reset();
        CHECK(require(Journal::open(path, clock, {}, kPassphrase))->plaintextSweep().isEmpty());
    }
}

TEST_CASE("every ebb-cli command that opens an encrypted journal to write says what it did about plain copies",
          "[crypto][sealed][leftovers][cli]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString source = encryptedJournalAndPlainSource(tmp, clock);
    const QStringList key = {QStringLiteral("EBB_PASSPHRASE=") + kPassphrase};
    const QByteArray kOneDayCsv = "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                  "boundaries_slipped,tags,note\n2026-03-01,5,,,,,,,,,\n";
    const QString db = QStringLiteral("--database=") + path;
    const QList<QStringList> commands = {
        {QStringLiteral("import"), ebb::test::writeFile(tmp, QStringLiteral("days.csv"), kOneDayCsv), db},
        {QStringLiteral("selfcheck"), QStringLiteral("add"), db, QStringLiteral("--date=2026-03-01"),
         QStringLiteral("--answers=50,50,50,50,50,50")},
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        copyFile(source, path + QStringLiteral(".plain")); // a decryption killed halfway left it
        const Run r = runCli(command, key);
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("Ebb deleted 1 unfinished unencrypted copy")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral(".plain")));
    }
}

TEST_CASE("a plain copy's SQLite log left without its file goes too", "[crypto][sealed][leftovers]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    // A log holds the rows' text as much as its database: the ones a killed decrypt or restore left.
    const QString source = encryptedJournalAndPlainSource(tmp, clock);
    for (const char *orphan : {".plain-wal", ".restoring-journal", ".plain-shm"}) {
        copyFile(source, path + QLatin1String(orphan));
    }
    auto journal = require(Journal::open(path, clock, {}, kPassphrase));
    CHECK(journal->plaintextSweep().removed.size() == 3);
    for (const char *orphan : {".plain-wal", ".restoring-journal", ".plain-shm"}) {
        INFO(orphan);
        CHECK_FALSE(QFileInfo::exists(path + QLatin1String(orphan)));
    }
    // The encrypted journal itself and its lock stay.
    CHECK(isSealedJournal(path));
}
