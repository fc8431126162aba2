// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/backupsdialog.h"
#include "storage/backups.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ebb;
using ebb::test::answerNextMessage;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::staysTrue;
using ebb::test::TempDir;
using ebb::test::waitUntil;

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

TEST_CASE("backing up by hand keeps the day's daily backup in the list", "[gui][backups]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    REQUIRE(require(journal->dailyBackup()).has_value());
    clock.advanceSeconds(600);
    BackupsDialog dialog(*journal);
    auto *table = child<QTableWidget>(dialog, "backupTable");
    REQUIRE(table->rowCount() == 1);
    child<QPushButton>(dialog, "backupNowButton")->click();
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Taken by hand"));
    CHECK(table->item(1, 1)->text() == QStringLiteral("Daily"));
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
    // The event loop runs, but nothing has been drawn.
    CHECK(staysTrue([&] { return backupFiles() == 0; }, 50));

    window.show();
    REQUIRE(waitUntil([&] { return backupFiles() == 1; }, 5000));
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Today's backup is kept")));
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QLatin1Char('/'))); // no file paths
}

namespace {

/** A journal with a day's backup, then pages in its middle overwritten, as a failing disk might. */
BackupInfo damagedJournalWithBackup(const QString &path, const FixedClock &clock)
{
    BackupInfo backup;
    {
        auto journal = require(Journal::open(path, clock));
        for (int i = 1; i < 300; ++i) {
            CheckIn c = sampleCheckIn(clock.today().addDays(-i), i % 11);
            c.note = QString(200, QLatin1Char('x'));
            require(journal->saveCheckIn(c));
        }
        backup = require(Backups(Backups::directoryFor(path))
                             .take(ebb::test::databaseOf(*journal), clock.now().addDays(-1), QStringLiteral("daily")));
        requireOk(ebb::test::databaseOf(*journal).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(8 * 4096);
    f.write(QByteArray(3 * 4096, '\x33'));
    return backup;
}

} // namespace

TEST_CASE("damage found just after the first frame offers the newest backup, and no backup is taken of it",
          "[gui][backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    const BackupInfo backup = damagedJournalWithBackup(path, clock);
    auto journal = require(Journal::open(path, clock)); // opens: the check comes after the first frame

    QString asked; // outlives the window, and so the watch that writes it
    MainWindow window(*journal);
    answerNextMessage(&window, QMessageBox::Yes, &asked);
    window.show();
    REQUIRE(waitUntil([&] { return window.reopenRequest().has_value(); }, 3000));
    CHECK(asked.contains(QStringLiteral("damaged")));
    CHECK(asked.contains(QStringLiteral("Continue from the backup?")));
    CHECK(window.reopenRequest()->kind == ReopenRequest::Kind::Restore);
    CHECK(window.reopenRequest()->backup.path == backup.path);
    CHECK_FALSE(window.isVisible()); // closed, so that the app can put the backup in place
    CHECK(require(Backups(Backups::directoryFor(path)).list()).size() == 1); // today's was not taken
}

TEST_CASE("damage found after the first frame with no backup to offer is explained, and Ebb closes",
          "[gui][backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    const BackupInfo backup = damagedJournalWithBackup(path, clock);
    REQUIRE(QFile::remove(backup.path));
    auto journal = require(Journal::open(path, clock));

    QString told;
    MainWindow window(*journal);
    answerNextMessage(&window, QMessageBox::Ok, &told);
    window.show();
    REQUIRE(waitUntil([&] { return !window.isVisible(); }, 3000));
    CHECK(told.contains(QStringLiteral("damaged")));
    CHECK_FALSE(window.reopenRequest().has_value());
    CHECK(require(Backups(Backups::directoryFor(path)).list()).empty()); // none taken of a damaged file
}
