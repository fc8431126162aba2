// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A computer given up for good (lost, sold, reinstalled) is forgotten: the folder stops waiting
// for it, on every computer, and nothing of the journal is lost.
#include "storage/journal.h"
#include "sync/syncreport.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::SyncComputer;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("kettle on the windowsill");
const QDate kDay(2026, 3, 14);

QStringList devicesOf(const QList<FolderComputer> &computers)
{
    QStringList devices;
    for (const FolderComputer &c : computers) {
        devices.append(c.device);
    }
    return devices;
}

} // namespace

TEST_CASE("a computer given up for good is forgotten on every computer, and pruning goes on", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    SyncComputer b(tmp.path(QStringLiteral("b.sqlite")));
    SyncComputer lost(tmp.path(QStringLiteral("lost.sqlite")));
    for (SyncComputer *c : {&a, &b, &lost}) {
        (void)require(c->journal->setUpSync(folder, kPassphrase));
        c->sync();
    }
    const QString lostId = lost.device();
    const auto ownChangeSets = [&](SyncComputer &c) {
        return QDir(folder).entryList({c.device() + QStringLiteral(".*.ebbsync")}, QDir::Files).size();
    };
    const auto rounds = [&](int from, int count) {
        for (int day = from; day < from + count; ++day) {
            a.clock.advanceSeconds(60);
            (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay.addDays(-200 + day), day % 11)));
            a.sync();
            b.sync();
        }
    };
    rounds(0, 45);
    CHECK(ownChangeSets(a) >= 45); // the lost computer holds every one back
    const QList<FolderComputer> before = require(a.journal->syncComputers());
    REQUIRE(before.size() == 3);
    CHECK(before.at(0).thisOne);
    CHECK(before.at(0).device == a.device());
    CHECK(devicesOf(before).contains(lostId));

    requireOk(a.journal->forgetSyncComputer(lostId));
    CHECK_FALSE(devicesOf(require(a.journal->syncComputers())).contains(lostId));
    CHECK(a.sync().computers == 2);
    CHECK(b.sync().computers == 2); // forgotten there too: it travelled like any change
    CHECK_FALSE(devicesOf(require(b.journal->syncComputers())).contains(lostId));
    rounds(45, 45);
    CHECK(ownChangeSets(a) < 45); // no longer held back
    CHECK(require(b.journal->checkInCount()) == 90);

    // If it ever comes back, it catches up from the snapshots.
    lost.sync();
    CHECK(require(lost.journal->checkInCount()) == 90);
}

TEST_CASE("forgetting this computer, or one that is not in the folder, is refused in words", "[sync][errors]")
{
    TempDir tmp;
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    const auto notYet = a.journal->forgetSyncComputer(QStringLiteral("0123456789abcdef"));
    REQUIRE_FALSE(notYet);
    CHECK(notYet.errorString().contains(QStringLiteral("does not sync yet")));

    (void)require(a.journal->setUpSync(tmp.path(QStringLiteral("Sync")), kPassphrase));
    a.sync();
    const auto self = a.journal->forgetSyncComputer(a.device());
    REQUIRE_FALSE(self);
    CHECK(self.errorString().contains(QStringLiteral("is this computer")));
    const auto unknown = a.journal->forgetSyncComputer(QStringLiteral("0123456789abcdef"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.errorString().contains(QStringLiteral("No other computer")));
    CHECK(require(a.journal->syncComputers()).size() == 1);
}
