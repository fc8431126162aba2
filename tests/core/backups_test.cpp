// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/journalfile.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

#include <thread>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

TEST_CASE("a backup is a checked, owner-only copy of the live journal", "[backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    require(journal->saveCheckIn(sampleCheckIn(clock.today(), 3)));
    Backups backups(Backups::directoryFor(path));
    const BackupInfo info =
        require(backups.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("manual")));
    CHECK(QFileInfo(info.path).fileName() == QStringLiteral("ebb-20260314-090000-manual.sqlite"));
    CHECK((QFileInfo(info.path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == QFile::Permissions());
    CHECK((QFileInfo(backups.directory()).permissions() & (QFile::ExeGroup | QFile::ExeOther)) == QFile::Permissions());
    auto copy = require(Database::open(info.path, Database::Access::ReadOnly));
    CHECK(require(copy.queryInt(QStringLiteral("SELECT energy FROM checkins"))) == 3);
    CHECK(QDir(backups.directory()).entryList({QStringLiteral("*.partial*")}).isEmpty());

    // Two in the same second are both kept, and the list is newest first.
    require(backups.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("manual")));
    clock.advanceSeconds(60);
    require(backups.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("daily")));
    const auto all = require(backups.list());
    REQUIRE(all.size() == 3);
    CHECK(all.front().reason == QStringLiteral("daily"));
}

TEST_CASE("the daily backup is taken once a day", "[backups]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = require(Journal::open(tmp.path(QStringLiteral("ebb.sqlite")), clock));
    CHECK(require(journal->dailyBackup()).has_value());
    clock.advanceSeconds(3600);
    CHECK_FALSE(require(journal->dailyBackup()).has_value());
    clock.advanceSeconds(24 * 3600);
    CHECK(require(journal->dailyBackup()).has_value());
    auto memory = ebb::test::memoryJournal(clock);
    CHECK_FALSE(require(memory->dailyBackup()).has_value()); // nothing to back up
}

TEST_CASE("rotation keeps the newest of the last 7 days, 4 weeks and 12 months", "[backups]")
{
    std::vector<BackupInfo> daily;
    daily.reserve(401);
    const QDateTime newest(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 400; ++i) { // one a day, newest first, plus a second one on the newest day
        daily.push_back({QString(), newest.addDays(-i), QStringLiteral("daily"), 0});
    }
    daily.insert(daily.begin(), BackupInfo{QString(), newest.addSecs(60), QStringLiteral("daily"), 0});
    const auto keep = backupsToKeep(daily, {});
    CHECK(keep.front() == 0);                                    // the newest of all
    CHECK(std::find(keep.begin(), keep.end(), 1) == keep.end()); // an older one of the same day goes
    for (size_t i = 2; i <= 7; ++i) {
        CHECK(std::find(keep.begin(), keep.end(), i) != keep.end()); // the other six recent days
    }
    CHECK(keep.size() <= 7 + 4 + 12);
    CHECK(keep.size() >= 12 + 1);
    const QDate oldestKept = daily[keep.back()].takenAt.date();
    CHECK(oldestKept >= newest.date().addMonths(-12));

    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    Backups backups(Backups::directoryFor(path));
    for (int i = 0; i < 10; ++i) {
        require(backups.take(ebb::test::databaseOf(*journal), clock.now().addDays(-i), QStringLiteral("daily")));
    }
    CHECK(require(backups.rotate({3, 0, 0})) == 7);
    CHECK(require(backups.list()).size() == 3);
}

TEST_CASE("an older journal is backed up before its schema changes", "[backups][migrations]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    ebb::test::writeOlderJournal(path, 1);
    Database db = require(openJournalFile(path));
    CHECK(require(db.userVersion()) == latestSchemaVersion());
    const auto backups = require(Backups(Backups::directoryFor(path)).list());
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().reason == QStringLiteral("before-schema-%1").arg(latestSchemaVersion()));
    auto old = require(Database::open(backups.front().path, Database::Access::ReadOnly));
    CHECK(require(old.userVersion()) == 1);
}

TEST_CASE("an older journal that is damaged is refused before its schema changes, and left as it was",
          "[backups][migrations][errors]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        JournalOpenOptions options;
        options.migrate = false;
        Database db = require(openJournalFile(path, options));
        requireOk(migrate(db, schemaMigrations().first(1)));
        // Pages to damage, in Ebb's own table (a table Ebb did not make would be refused for that alone).
        for (int i = 0; i < 200; ++i) {
            requireOk(db.exec(QStringLiteral("INSERT INTO checkins (day, note, created_at, updated_at) VALUES "
                                             "(date('2025-01-01', '+%1 days'), printf('%.300c', 'x'), "
                                             "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                                  .arg(i)));
        }
        requireOk(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(6 * 4096);
        f.write(QByteArray(2 * 4096, '\x33'));
    }
    QFile before(path);
    REQUIRE(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    // No quick check asked for (the app checks after its first frame): the backup taken before the
    // migration is checked, finds the damage, and nothing is migrated.
    auto opened = openJournalFile(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorString().contains(QStringLiteral("damaged")));
    QFile after(path);
    REQUIRE(after.open(QIODevice::ReadOnly));
    CHECK(after.readAll() == bytes);
    CHECK(require(Backups(Backups::directoryFor(path)).list()).empty());
}

TEST_CASE("a backup that cannot be written says so and leaves the journal alone", "[backups][errors]")
{
    FixedClock clock;
    TempDir tmp;
    auto journal = require(Journal::open(tmp.path(QStringLiteral("ebb.sqlite")), clock));
    require(journal->saveCheckIn(sampleCheckIn(clock.today())));
    Backups nowhere(QStringLiteral("/proc/ebb-backups")); // nobody, not even root, may create this
    auto r = nowhere.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("manual"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("journal itself is unchanged")));
    CHECK(require(journal->checkIn(clock.today())).has_value());
    CHECK(require(nowhere.list()).empty());
}

TEST_CASE("a damaged journal is refused by the quick check and can be replaced by a backup, kept aside",
          "[backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    BackupInfo backup;
    {
        auto journal = require(Journal::open(path, clock));
        for (int i = 0; i < 300; ++i) {
            CheckIn c = sampleCheckIn(clock.today().addDays(-i), i % 11);
            c.note = QString(200, QLatin1Char('x'));
            require(journal->saveCheckIn(c));
        }
        backup = require(Backups(Backups::directoryFor(path))
                             .take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("daily")));
        requireOk(ebb::test::databaseOf(*journal).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(8 * 4096);
        f.write(QByteArray(3 * 4096, '\x33')); // damage pages in the middle
    }
    JournalOpenOptions options;
    options.quickCheck = true;
    auto damaged = Journal::open(path, clock, options);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.errorString().contains(QStringLiteral("damaged")));
    {
        // The app opens without the check and runs it after its first frame: the same finding.
        auto opened = require(Journal::open(path, clock));
        auto check = opened->checkIntegrity();
        REQUIRE_FALSE(check.ok());
        CHECK(check.errorString().contains(QStringLiteral("damaged")));
        CHECK((check.error().code & 0xff) == SQLITE_CORRUPT);
    }

    const QString aside = require(restoreBackup(path, backup, clock.now()));
    CHECK(QFileInfo::exists(aside)); // never deleted
    auto restored = require(Journal::open(path, clock, options));
    CHECK(require(restored->checkIns({}, {})).size() == 300);
    CHECK(restored->checkIntegrity().ok());
}

TEST_CASE("restoring from a backup that is gone changes nothing", "[backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(path, clock));
        require(journal->saveCheckIn(sampleCheckIn(clock.today(), 7)));
    }
    auto r = restoreBackup(path, {tmp.path(QStringLiteral("backups/missing.sqlite")), clock.now(), {}, 0}, clock.now());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("Nothing was changed")));
    auto journal = require(Journal::open(path, clock));
    CHECK(require(journal->checkIn(clock.today()))->energy == 7);
}

TEST_CASE("rotation clears what a killed backup left behind, but not a backup in progress", "[backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    Backups backups(Backups::directoryFor(path));
    require(backups.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("manual")));
    const QString old = backups.directory() + QStringLiteral("/ebb-20260101-000000-daily.sqlite.partial");
    const QString fresh = backups.directory() + QStringLiteral("/ebb-20260314-085959-manual.sqlite.partial");
    for (const QString &name : {old, fresh}) {
        QFile f(name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("half");
    }
    {
        QFile f(old);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    }
    require(backups.rotate());
    CHECK_FALSE(QFile::exists(old));
    CHECK(QFile::exists(fresh));
    CHECK(require(backups.list()).size() == 1);
}

TEST_CASE("a snapshot taken before an import or a restore outlives a newer one of the same day", "[backups]")
{
    const QDateTime now(QDate(2026, 3, 14), QTime(15, 0), Qt::UTC);
    const std::vector<BackupInfo> backups = {
        {QString(), now, QStringLiteral("manual"), 0},
        {QString(), now.addSecs(-3600), QStringLiteral("before-import"), 0},
        {QString(), now.addSecs(-7200), QStringLiteral("daily"), 0},
        {QString(), now.addDays(-2), QStringLiteral("before-import"), 0},
    };
    const auto keep = backupsToKeep(backups, {7, 0, 0});
    CHECK(keep == std::vector<size_t>{0, 1, 3}); // the day's "daily" goes; the import's stays
    const auto keepShort = backupsToKeep(backups, {1, 0, 0});
    CHECK(keepShort == std::vector<size_t>{0, 1}); // an old "before-" one follows the usual rules
}

TEST_CASE("of two backups taken in the same second, the later one is the newest and survives rotation", "[backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    Backups backups(Backups::directoryFor(path));
    require(backups.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("manual")));
    const BackupInfo later =
        require(backups.take(ebb::test::databaseOf(*journal), clock.now(), QStringLiteral("manual")));
    // File times are what tell them apart; make the gap plain on any file system.
    {
        QFile f(later.path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5), QFileDevice::FileModificationTime));
    }
    CHECK(require(backups.list()).front().path == later.path);
    require(backups.rotate());
    const auto kept = require(backups.list());
    REQUIRE(kept.size() == 1);
    CHECK(kept.front().path == later.path);
}

TEST_CASE("snapshots before steps are kept for a day, but no more than ten", "[backups]")
{
    const QDateTime now(QDate(2026, 3, 14), QTime(15, 0), Qt::UTC);
    std::vector<BackupInfo> backups;
    backups.reserve(30);
    for (int i = 0; i < 30; ++i) {
        backups.push_back({QString(), now.addSecs(-60 * i), QStringLiteral("before-import"), 0});
    }
    const auto keep = backupsToKeep(backups, {7, 0, 0});
    REQUIRE(keep.size() == 10);
    CHECK(keep.back() == 9);
}

TEST_CASE("a backup taken by hand leaves the day's daily backup in place", "[backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    REQUIRE(require(journal->dailyBackup()).has_value());
    clock.advanceSeconds(3600);
    require(journal->backupNow(QStringLiteral("manual")));
    clock.advanceSeconds(3600);
    require(journal->backupNow(QStringLiteral("manual")));
    const auto kept = require(Backups(Backups::directoryFor(path)).list());
    REQUIRE(kept.size() == 2); // the newest taken by hand, and the day's daily
    CHECK(kept[0].reason == QStringLiteral("manual"));
    CHECK(kept[0].takenAt == clock.now());
    CHECK(kept[1].reason == QStringLiteral("daily"));

    // Nor does a daily backup push out the newest one taken by hand on an earlier day.
    clock.advanceSeconds(24 * 3600);
    REQUIRE(require(journal->dailyBackup()).has_value());
    const auto later = require(Backups(Backups::directoryFor(path)).list());
    REQUIRE(later.size() == 3);
    CHECK(later[1].reason == QStringLiteral("manual"));
}

TEST_CASE("a backups folder that was there already is tightened to its owner", "[backups][files][security]")
{
    TempDir tmp;
    FixedClock clock;
    const ebb::test::ScopedUmask desktop(022);
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(QDir().mkpath(Backups::directoryFor(path))); // 0755, e.g. copied in by hand
    auto journal = require(Journal::open(path, clock));
    require(journal->backupNow(QStringLiteral("manual")));
    CHECK(
        QFileInfo(Backups::directoryFor(path)).permissions() ==
        (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
}

TEST_CASE("many backups taken at once in the same second all succeed, each under its own name", "[backups]")
{
    // A race: Qt's QFile::rename, on losing it, copied its file over the winner's. Rounds make
    // losing it likely in every run rather than in one run of many.
    constexpr int kRounds = 40;
    constexpr int kWriters = 8;
    for (int round = 0; round < kRounds; ++round) {
        TempDir tmp;
        FixedClock clock;
        const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
        require(require(Journal::open(path, clock))->saveCheckIn(sampleCheckIn(clock.today(), 3)));
        std::vector<Result<BackupInfo>> taken(kWriters, Result<BackupInfo>(Error{}));
        {
            std::vector<std::thread> writers;
            writers.reserve(kWriters);
            for (int i = 0; i < kWriters; ++i) {
                writers.emplace_back([&, i] {
                    // Each as a separate ebb-cli backup would: its own connection, the same second.
                    auto db = Database::open(path, Database::Access::ReadOnly);
                    if (db) {
                        db->setBusyTimeout(5000); // as a journal's own connection waits
                    }
                    taken[size_t(i)] =
                        db ? Backups(Backups::directoryFor(path)).take(*db, clock.now(), QStringLiteral("manual"))
                           : Result<BackupInfo>(db.error());
                });
            }
            for (std::thread &t : writers) {
                t.join();
            }
        }
        INFO("round " << round);
        QSet<QString> names;
        for (const auto &t : taken) {
            INFO((t ? QString() : t.errorString()).toStdString());
            REQUIRE(t.ok());
            names.insert(t->path);
        }
        REQUIRE(names.size() == kWriters);
        REQUIRE(require(Backups(Backups::directoryFor(path)).list()).size() == size_t(kWriters));
        REQUIRE(QDir(Backups::directoryFor(path)).entryList({QStringLiteral("*.partial*")}).isEmpty());
    }
}
