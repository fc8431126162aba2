// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"
#include "settings/appsettings.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"
#include "window/reminderscheduler.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimeEdit>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

TEST_CASE("the check-in reminder comes at the chosen time, and not on a day already done", "[gui][reminders]")
{
    FixedClock clock; // Saturday 2026-03-14, 09:00 UTC
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(9, 0)));
    auto journal = ebb::test::memoryJournal(clock);
    ReviewSettings review = require(journal->reviewSettings());
    review.weekday = 6; // Saturday
    ebb::test::requireOk(journal->setReviewSettings(review));
    ReminderScheduler scheduler(*journal, clock);
    QSignalSpy checkIns(&scheduler, &ReminderScheduler::checkInReminder);
    QSignalSpy reviews(&scheduler, &ReminderScheduler::reviewReminder);
    scheduler.setReminder({true, QTime(20, 0)});
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 14), QTime(20, 0)));

    clock.set(QDateTime(QDate(2026, 3, 14), QTime(19, 59)));
    scheduler.check();
    CHECK(checkIns.count() == 0);
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(20, 0, 30)));
    scheduler.check();
    CHECK(checkIns.count() == 1);
    CHECK(reviews.count() == 1); // Saturday is the review day and the week has no review
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 15), QTime(20, 0)));
    scheduler.check(); // once a day only
    CHECK(checkIns.count() == 1);

    // Sunday's check-in is done before the time: no reminder, and the next is Monday's.
    clock.set(QDateTime(QDate(2026, 3, 15), QTime(18, 0)));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 15))));
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 16), QTime(20, 0)));
    clock.set(QDateTime(QDate(2026, 3, 15), QTime(20, 5)));
    scheduler.check();
    CHECK(checkIns.count() == 1);
    CHECK(reviews.count() == 1);

    scheduler.setReminder({false, QTime(20, 0)});
    CHECK(scheduler.next().isNull());
}

TEST_CASE("settings chosen in the dialog are kept and move the reminder", "[gui][reminders][settings]")
{
    TempDir tmp;
    FixedClock clock;
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(9, 0)));
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    MainWindow window(*journal, &settings);
    REQUIRE(window.reminders() != nullptr);
    CHECK(window.reminders()->next().isNull());
    {
        SettingsDialog dialog(settings, tmp.path(QStringLiteral("config")), &window);
        child<QCheckBox>(dialog, "reminderCheck")->setChecked(true);
        child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(18, 30));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK_FALSE(QFile::exists(tmp.path(QStringLiteral("config/autostart")))); // not asked for
    CHECK(AppSettings(tmp.path(QStringLiteral("Ebb.conf"))).reminder() == ReminderSettings{true, QTime(18, 30)});
    window.reminders()->setReminder(settings.reminder());
    CHECK(window.reminders()->next() == QDateTime(QDate(2026, 3, 14), QTime(18, 30)));

    // Without a system tray (as here, offscreen) a reminder shows in the status bar.
    emit window.reminders()->checkInReminder();
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("How was today?")));
}

TEST_CASE("without a tray, closing the window ends Ebb even when it is asked to stay in the tray", "[gui][reminders]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    settings.setReminder({true, QTime(20, 0)});
    settings.setKeepInTray(true);
    MainWindow window(*journal, &settings);
    window.show();
    REQUIRE_FALSE(QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has none
    // Hiding with no icon to bring it back would leave an Ebb nobody can find.
    CHECK(window.close());
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("the tray choice is kept from the Settings dialog", "[gui][reminders][settings]")
{
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    SettingsDialog dialog(settings, tmp.path(QStringLiteral("config")));
    auto *tray = child<QCheckBox>(dialog, "trayCheck");
    CHECK(tray->isChecked());
    tray->setChecked(false);
    dialog.accept();
    CHECK_FALSE(AppSettings(tmp.path(QStringLiteral("Ebb.conf"))).keepInTray());
}

TEST_CASE("started at login without a tray, the window is shown rather than hidden", "[gui][reminders]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    settings.setReminder({true, QTime(20, 0)});
    MainWindow window(*journal, &settings);
    REQUIRE_FALSE(QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has none
    CHECK_FALSE(window.startInTray());                       // the session then shows the window
}
