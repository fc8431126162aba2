// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync in the app: setting it up in the dialog, an exchange a moment after a save and when another
// computer's change set arrives, and what the person is told when something is wrong.
#include "dialogs/synccomputersdialog.h"
#include "dialogs/syncdialog.h"
#include "dialogs/syncpassphrasedialog.h"
#include "storage/journal.h"
#include "storage/journalsync.h"
#include "storage/sealedjournal.h"
#include "sync/syncreport.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "window/syncrunner.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::staysTrue;
using ebb::test::TempDir;
using ebb::test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("kettle on the windowsill");
const QDate kDay(2026, 3, 14);

int changeSets(const QString &folder)
{
    return int(QDir(folder).entryList({QStringLiteral("*.ebbsync")}, QDir::Files).size());
}

void startInDialog(SyncDialog &dialog, const QString &folder, const QString &passphrase)
{
    child<QLineEdit>(dialog, "syncFolderEdit")->setText(folder);
    child<QLineEdit>(dialog, "syncPassphraseEdit")->setText(passphrase);
    child<QPushButton>(dialog, "startSyncButton")->click();
}

} // namespace

TEST_CASE("the sync dialog sets up the journal, and each save reaches the folder a moment later", "[gui][sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    FixedClock clock;
    auto laptop = require(Journal::open(tmp.path(QStringLiteral("laptop.sqlite")), clock));
    SyncRunner runner(*laptop);
    runner.setPause(50);
    CHECK_FALSE(runner.isSyncing());

    SyncDialog dialog(*laptop, runner);
    auto *pages = dialog.findChild<QStackedWidget *>();
    REQUIRE(pages != nullptr);
    CHECK(pages->currentIndex() == 0);
    startInDialog(dialog, folder, kPassphrase);
    REQUIRE(runner.isSyncing());
    CHECK(pages->currentIndex() == 1);
    CHECK(child<QLabel>(dialog, "syncStatusLabel")->text() == QStringLiteral("Last synced just now · 1 computer"));
    CHECK(child<QLabel>(dialog, "syncResultLabel")->text().contains(QStringLiteral("made the folder's key")));

    // A save: one exchange a moment later, however many signals the save sent.
    const int before = changeSets(folder);
    require(laptop->saveCheckIn(sampleCheckIn(kDay, 3)));
    REQUIRE(waitUntil([&] { return changeSets(folder) == before + 1; }, 3000));

    FixedClock desktopClock;
    auto desktop = require(Journal::open(tmp.path(QStringLiteral("desktop.sqlite")), desktopClock));
    CHECK_FALSE(require(desktop->setUpSync(folder, kPassphrase)));
    require(desktop->sync());
    CHECK(require(desktop->checkIn(kDay))->energy == 3);

    SECTION("stopping keeps the journal and shows the set-up page again")
    {
        child<QPushButton>(dialog, "stopSyncButton")->click();
        CHECK_FALSE(runner.isSyncing());
        CHECK(pages->currentIndex() == 0);
        CHECK(require(laptop->checkIn(kDay)));
    }
}

TEST_CASE("a change set arriving from another computer is taken in without asking", "[gui][sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    FixedClock clock;
    auto laptop = require(Journal::open(tmp.path(QStringLiteral("laptop.sqlite")), clock));
    auto desktop = require(Journal::open(tmp.path(QStringLiteral("desktop.sqlite")), clock));
    require(laptop->setUpSync(folder, kPassphrase));
    require(desktop->setUpSync(folder, kPassphrase));
    SyncRunner runner(*desktop);
    runner.setPause(50);
    QSignalSpy imported(desktop.get(), &Journal::imported);
    QSignalSpy synced(&runner, &SyncRunner::synced);

    require(laptop->saveCheckIn(sampleCheckIn(kDay, 8)));
    require(laptop->sync()); // as the laptop's Ebb would, and a sync program then carries the file
    // The exchange runs on a thread of its own; the window hears of it when it is done.
    REQUIRE(waitUntil([&] { return synced.count() >= 1; }, 5000));
    CHECK(require(desktop->checkIn(kDay))->energy == 8);
    CHECK(imported.count() == 1); // the pages refresh
    // Its own exchange wrote nothing new, so the folder's change does not start another.
    CHECK(staysTrue([&] { return synced.count() == 1; }, 300));
}

TEST_CASE("the sync dialog says what is missing or wrong, and a failed exchange says why", "[gui][sync][errors]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    FixedClock clock;
    auto first = require(Journal::open(tmp.path(QStringLiteral("first.sqlite")), clock));
    require(first->setUpSync(folder, kPassphrase));
    auto journal = require(Journal::open(tmp.path(QStringLiteral("ebb.sqlite")), clock));
    SyncRunner runner(*journal);
    SyncDialog dialog(*journal, runner);
    auto *message = child<QLabel>(dialog, "syncMessageLabel");

    startInDialog(dialog, QString(), kPassphrase);
    CHECK(message->text().contains(QStringLiteral("Choose the folder")));
    startInDialog(dialog, folder, QStringLiteral("short"));
    CHECK(message->text().contains(QStringLiteral("at least 8 characters")));
    startInDialog(dialog, folder, QStringLiteral("kettle on the window"));
    CHECK(message->text().contains(QStringLiteral("That passphrase does not open this sync folder")));
    CHECK_FALSE(runner.isSyncing());
    CHECK(child<QLineEdit>(dialog, "syncPassphraseEdit")->text() ==
          QStringLiteral("kettle on the window")); // kept to correct

    startInDialog(dialog, folder, kPassphrase);
    REQUIRE(runner.isSyncing());
    QSignalSpy failed(&runner, &SyncRunner::failed);
    REQUIRE(QDir(folder).removeRecursively());
    CHECK_FALSE(runner.syncNow());
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("cannot be found")));
    CHECK(message->text().contains(QStringLiteral("cannot be found"))); // the open dialog shows it too
}

TEST_CASE("exchanges after a save run on a thread of their own, and nothing saved meanwhile is left behind",
          "[gui][sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    FixedClock clock;
    auto laptop = require(Journal::open(tmp.path(QStringLiteral("laptop.sqlite")), clock));
    require(laptop->setUpSync(folder, kPassphrase));
    SyncRunner runner(*laptop);
    runner.setPause(10'000); // only what the test starts
    QSignalSpy synced(&runner, &SyncRunner::synced);

    require(laptop->saveCheckIn(sampleCheckIn(kDay, 8)));
    runner.syncInBackground();
    REQUIRE(runner.isBusy()); // returned at once: the window goes on while the folder is written
    CHECK(synced.count() == 0);
    require(laptop->saveCheckIn(sampleCheckIn(kDay.addDays(1), 5))); // while it runs
    REQUIRE(waitUntil([&] { return synced.count() == 1; }, 5000));
    CHECK(synced.at(0).at(0).value<SyncReport>().sent > 0);
    // The save made while it ran goes by that exchange or the one after it (finishPending: as Ebb closes).
    runner.finishPending();
    CHECK_FALSE(runner.isBusy());
    auto desktop = require(Journal::open(tmp.path(QStringLiteral("desktop.sqlite")), clock));
    require(desktop->setUpSync(folder, kPassphrase));
    require(desktop->sync());
    CHECK(require(desktop->checkIn(kDay.addDays(1))).has_value());
}

TEST_CASE("an encrypted journal, which lives in its connection's memory, exchanges on the window's thread",
          "[gui][sync][crypto]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("sealed.sqlite"));
    FixedClock clock;
    {
        auto plain = require(Journal::open(path, clock));
        (void)plain;
    }
    require(encryptJournal(path, QStringLiteral("journal secret"), KdfParams::minimal()));
    auto sealed = require(Journal::open(path, clock, {}, QStringLiteral("journal secret")));
    require(sealed->setUpSync(tmp.path(QStringLiteral("Sync")), kPassphrase));
    CHECK_FALSE(sealed->syncJob().has_value());
    SyncRunner runner(*sealed);
    QSignalSpy synced(&runner, &SyncRunner::synced);
    require(sealed->saveCheckIn(sampleCheckIn(kDay, 8)));
    runner.syncInBackground();
    CHECK_FALSE(runner.isBusy());
    REQUIRE(synced.count() == 1);
    CHECK(synced.at(0).at(0).value<SyncReport>().sent > 0);
}

TEST_CASE("the computers dialog lists this computer first and forgets one given up for good", "[gui][sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    FixedClock clock;
    auto laptop = require(Journal::open(tmp.path(QStringLiteral("laptop.sqlite")), clock));
    auto lost = require(Journal::open(tmp.path(QStringLiteral("lost.sqlite")), clock));
    require(laptop->setUpSync(folder, kPassphrase));
    require(lost->setUpSync(folder, kPassphrase));
    require(lost->saveCheckIn(sampleCheckIn(kDay, 3)));
    require(lost->sync());
    require(laptop->sync());
    SyncRunner runner(*laptop);
    SyncComputersDialog dialog(*laptop, runner);
    auto *list = child<QListWidget>(dialog, "syncComputersList");
    auto *forget = child<QPushButton>(dialog, "forgetComputerButton");
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("This computer")));
    CHECK(list->item(1)->text().contains(QStringLiteral(" · last wrote just now")));
    list->setCurrentRow(0);
    CHECK_FALSE(forget->isEnabled()); // not this one
    CHECK_FALSE(dialog.forgetRow(0, false));
    list->setCurrentRow(1);
    CHECK(forget->isEnabled());

    CHECK(dialog.forgetRow(1, false));
    CHECK(list->count() == 1);
    CHECK(require(laptop->syncStatus())->computers == 1);
    CHECK(require(laptop->checkIn(kDay)).has_value()); // nothing of the journal goes with it
}

TEST_CASE("the sync passphrase is changed in a dialog, and the other computer joins again from its sync dialog",
          "[gui][sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    const QString fresh = QStringLiteral("a heron over the canal");
    FixedClock clock;
    auto laptop = require(Journal::open(tmp.path(QStringLiteral("laptop.sqlite")), clock));
    auto desktop = require(Journal::open(tmp.path(QStringLiteral("desktop.sqlite")), clock));
    require(laptop->setUpSync(folder, kPassphrase));
    require(desktop->setUpSync(folder, kPassphrase));
    SyncRunner laptopRunner(*laptop);
    SyncPassphraseDialog change(*laptop, laptopRunner);
    auto *problem = child<QLabel>(change, "syncPassphraseMessage");
    CHECK_FALSE(change.change(QStringLiteral("short"), QStringLiteral("short")));
    CHECK(problem->text().contains(QStringLiteral("at least 8 characters")));
    CHECK_FALSE(change.change(fresh, fresh + QLatin1Char('!')));
    CHECK(problem->text().contains(QStringLiteral("not the same")));
    REQUIRE(change.change(fresh, fresh));
    require(laptop->saveCheckIn(sampleCheckIn(kDay, 7)));
    require(laptop->sync());

    SyncRunner desktopRunner(*desktop);
    SyncDialog dialog(*desktop, desktopRunner);
    auto *joinRow = child<QLineEdit>(dialog, "joinAgainPassphraseEdit");
    CHECK_FALSE(desktopRunner.syncNow());
    CHECK(desktopRunner.needsNewPassphrase());
    CHECK(child<QLabel>(dialog, "syncMessageLabel")->text().contains(QStringLiteral("passphrase was changed")));
    CHECK(joinRow->isVisibleTo(&dialog));
    joinRow->setText(kPassphrase); // the old one
    child<QPushButton>(dialog, "joinAgainButton")->click();
    CHECK(joinRow->isVisibleTo(&dialog));
    joinRow->setText(fresh);
    child<QPushButton>(dialog, "joinAgainButton")->click();
    CHECK_FALSE(joinRow->isVisibleTo(&dialog));
    CHECK(require(desktop->checkIn(kDay))->energy == 7);
}
