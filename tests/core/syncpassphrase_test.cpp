// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the sync passphrase re-keys the folder: the old passphrase opens nothing written after,
// the other computers join again with the new one and go on where they were, and nothing is lost.
#include "journalaccess.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::require;
using ebb::test::SyncComputer;
using ebb::test::TempDir;

namespace {

const QString kOld = QStringLiteral("kettle on the windowsill");
const QString kNew = QStringLiteral("a heron over the canal");
const QDate kDay(2026, 3, 14);

void save(SyncComputer &c, QDate day, int energy)
{
    c.clock.advanceSeconds(60);
    (void)require(c.journal->saveCheckIn(ebb::test::sampleCheckIn(day, energy)));
}

int energyOn(SyncComputer &c, QDate day)
{
    const auto checkIn = require(c.journal->checkIn(day));
    return checkIn && checkIn->energy ? *checkIn->energy : -1;
}

} // namespace

TEST_CASE("changing the sync passphrase re-keys the folder; the others join again and lose nothing", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    SyncComputer b(tmp.path(QStringLiteral("b.sqlite")));
    SyncComputer c(tmp.path(QStringLiteral("c.sqlite")));
    for (SyncComputer *computer : {&a, &b, &c}) {
        (void)require(computer->journal->setUpSync(folder, kOld));
        computer->sync();
    }
    save(a, kDay, 2);
    a.sync();
    save(c, kDay.addDays(1), 3);
    c.sync();                    // in the folder, not yet taken by the others
    save(b, kDay.addDays(2), 4); // not even in the folder: B has not synced since
    const QString bDevice = b.device();
    const QByteArray oldKey = require(SyncFolder::open(folder, kOld)).keyBytes();

    ebb::test::requireOk(a.journal->changeSyncPassphrase(kNew));
    CHECK(energyOn(a, kDay.addDays(1)) == 3); // it took in what the folder held first

    // The old passphrase opens nothing now; every file of A's opens with the new key alone.
    CHECK_FALSE(SyncFolder::open(folder, kOld));
    CHECK_FALSE(SyncFolder::openWithKey(folder, oldKey));
    const SyncFolder rekeyed = require(SyncFolder::open(folder, kNew));
    const QStringList aFiles = QDir(folder).entryList({a.device() + QStringLiteral(".*")}, QDir::Files);
    REQUIRE_FALSE(aFiles.isEmpty());
    for (const QString &name : aFiles) {
        INFO(name.toStdString());
        CHECK(rekeyed.isAuthentic(name));
    }

    // B is told plainly, joins again with the new passphrase, and goes on as itself.
    const auto told = b.journal->sync();
    REQUIRE_FALSE(told);
    CHECK(told.error().code == kSyncPassphraseChanged);
    CHECK(told.errorString().contains(QStringLiteral("Join the folder")));
    CHECK_FALSE(require(b.journal->setUpSync(folder, kNew)));
    CHECK(b.device() == bDevice);
    b.sync();
    save(c, kDay.addDays(3), 5); // C edits before it hears of the new passphrase
    CHECK_FALSE(c.journal->sync());
    (void)require(c.journal->setUpSync(folder, kNew));
    c.sync();
    a.sync();
    b.sync();
    c.sync();
    a.sync();

    for (SyncComputer *computer : {&a, &b, &c}) {
        CHECK(energyOn(*computer, kDay) == 2);
        CHECK(energyOn(*computer, kDay.addDays(1)) == 3);
        CHECK(energyOn(*computer, kDay.addDays(2)) == 4);
        CHECK(energyOn(*computer, kDay.addDays(3)) == 5);
    }
    // A computer joining now, with the new passphrase, gets all of it.
    SyncComputer late(tmp.path(QStringLiteral("late.sqlite")));
    CHECK_FALSE(late.journal->setUpSync(folder, kOld));
    (void)require(late.journal->setUpSync(folder, kNew));
    late.sync();
    CHECK(require(late.journal->checkInCount()) == 4);
}

TEST_CASE("a new sync passphrase shorter than 8 characters is refused and changes nothing", "[sync][errors]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    (void)require(a.journal->setUpSync(folder, kOld));
    const auto refused = a.journal->changeSyncPassphrase(QStringLiteral("🌊🌊🌊🌊"));
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("at least 8 characters")));
    CHECK(SyncFolder::open(folder, kOld));
    a.sync();
}

namespace {

QString localValue(SyncComputer &c, const QString &key)
{
    return require(
        ebb::test::databaseOf(*c.journal)
            .queryText(QStringLiteral("SELECT coalesce(max(value), '') FROM sync_local WHERE key = '%1'").arg(key)));
}

} // namespace

TEST_CASE("after a new passphrase each computer writes its state anew once, not at every exchange", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    SyncComputer b(tmp.path(QStringLiteral("b.sqlite")));
    (void)require(a.journal->setUpSync(folder, kOld));
    (void)require(b.journal->setUpSync(folder, kOld));
    save(a, kDay, 2);
    a.sync();
    b.sync();
    ebb::test::requireOk(a.journal->changeSyncPassphrase(kNew));
    (void)require(b.journal->setUpSync(folder, kNew));
    b.sync();
    a.sync();
    for (SyncComputer *c : {&a, &b}) {
        CHECK(localValue(*c, QStringLiteral("republish")).isEmpty());
        const QString snapshot = localValue(*c, QStringLiteral("next_snapshot"));
        c->sync();
        c->sync();
        CHECK(localValue(*c, QStringLiteral("next_snapshot")) == snapshot);
    }
}

TEST_CASE("a computer that never joins again after a new passphrase still loses nothing it had sent", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    SyncComputer b(tmp.path(QStringLiteral("b.sqlite")));
    SyncComputer lost(tmp.path(QStringLiteral("lost.sqlite")));
    for (SyncComputer *c : {&a, &b, &lost}) {
        (void)require(c->journal->setUpSync(folder, kOld));
        c->sync();
    }
    save(lost, kDay, 6);
    lost.sync();
    b.sync(); // B took it; A's copy of the folder has not received it yet
    const QStringList lostFiles = QDir(folder).entryList({lost.device() + QStringLiteral(".*.ebbsync")}, QDir::Files);
    REQUIRE_FALSE(lostFiles.isEmpty());
    QDir().mkpath(tmp.path(QStringLiteral("aside")));
    for (const QString &name : lostFiles) {
        REQUIRE(QFile::rename(QDir(folder).filePath(name), tmp.path(QStringLiteral("aside/") + name)));
    }
    ebb::test::requireOk(a.journal->changeSyncPassphrase(kNew)); // the laptop was stolen: a new passphrase
    for (const QString &name : lostFiles) {
        REQUIRE(QFile::rename(tmp.path(QStringLiteral("aside/") + name), QDir(folder).filePath(name)));
    }
    (void)require(b.journal->setUpSync(folder, kNew));
    b.sync();
    a.sync(); // the stolen laptop's file is sealed with the old key: A takes it from B's snapshot
    CHECK(energyOn(a, kDay) == 6);
}

TEST_CASE("an old key file put back in the folder is not joined with the old passphrase", "[sync][hostile]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    (void)require(a.journal->setUpSync(folder, kOld));
    save(a, kDay, 2);
    a.sync();
    const QString marker = QDir(folder).filePath(QStringLiteral("ebb-sync-folder"));
    REQUIRE(QFile::copy(marker, tmp.path(QStringLiteral("old-marker"))));
    ebb::test::requireOk(a.journal->changeSyncPassphrase(kNew));
    REQUIRE(QFile::remove(marker));
    REQUIRE(QFile::copy(tmp.path(QStringLiteral("old-marker")), marker)); // someone with the old one
    CHECK_FALSE(a.journal->sync());
    const QString device = a.device();
    const auto refused = a.journal->setUpSync(folder, kOld);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("older key file")));
    CHECK(a.device() == device); // nothing of its sync was cleared
}
