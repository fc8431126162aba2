// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the sync passphrase re-keys the folder: the old passphrase opens nothing written after,
// the other computers join again with the new one and go on where they were, and nothing is lost.
#include "journalaccess.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "sync/syncfolder.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <QDir>

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
