// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupsdialog.h"
#include "mainwindow.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

TEST_CASE("the backups dialog lists, takes and restores a backup, backing up the current journal first",
          "[gui][backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1), 2)));
    const BackupInfo early = require(journal->backupNow(QStringLiteral("before-import")));
    clock.advanceSeconds(60);
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 2), 9)));

    BackupsDialog dialog(*journal);
    auto *table = child<QTableWidget>(dialog, "backupTable");
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Before an import"));
    CHECK_FALSE(child<QPushButton>(dialog, "restoreButton")->isEnabled());

    clock.advanceSeconds(60);
    child<QPushButton>(dialog, "backupNowButton")->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Taken by hand"));
    table->selectRow(1);
    CHECK(child<QPushButton>(dialog, "restoreButton")->isEnabled());

    clock.advanceSeconds(60);
    REQUIRE(dialog.restoreRow(1, false));
    REQUIRE(dialog.restoreChoice().has_value());
    CHECK(dialog.restoreChoice()->path == early.path);
    CHECK(QFile::exists(early.path)); // not rotated away by the backup taken just before
    const auto all = require(Backups(Backups::directoryFor(path)).list());
    REQUIRE(all.size() == 3);
    CHECK(all.front().reason == QStringLiteral("before-restore"));

    // What the app does next: close the journal, put the backup in its place, reopen.
    journal.reset();
    const QString setAside = require(restoreBackup(path, *dialog.restoreChoice(), clock.now()));
    CHECK(QFile::exists(setAside));
    auto reopened = require(Journal::open(path, clock));
    const auto days = require(reopened->checkIns({}, {}));
    REQUIRE(days.size() == 1);
    CHECK(days[0].energy == 2);
}

TEST_CASE("the backups dialog explains a backup that cannot be taken", "[gui][backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    // A file where the backups folder should be: no backup can be written there.
    QFile blocker(Backups::directoryFor(path));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BackupsDialog dialog(*journal);
    child<QPushButton>(dialog, "backupNowButton")->click();
    auto *message = child<QLabel>(dialog, "messageLabel");
    CHECK(message->isVisibleTo(&dialog));
    CHECK_FALSE(message->text().isEmpty());
    CHECK_FALSE(message->text().startsWith(QStringLiteral("Backed up")));
}

TEST_CASE("the day's backup waits until the window's first frame is drawn", "[gui][backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    require(journal->saveCheckIn(sampleCheckIn(clock.today())));
    const QDir backups(tmp.path(QStringLiteral("backups")));
    const auto backupFiles = [&] {
        return backups.entryList(QDir::Files | QDir::NoDotAndDotDot).size();
    };

    MainWindow window(*journal);
    for (int i = 0; i < 5; ++i) {
        QTest::qWait(10); // the event loop runs, but nothing has been drawn
    }
    CHECK(backupFiles() == 0);

    window.show();
    for (int i = 0; i < 300 && backupFiles() == 0; ++i) {
        QTest::qWait(10);
    }
    CHECK(backupFiles() == 1);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Today's backup is in")));
}
