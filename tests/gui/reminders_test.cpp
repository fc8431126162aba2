// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"
#include "domain/selfcheck.h"
#include "privatebus.h"
#include "review/reviewsettings.h"
#include "settings/appsettings.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"
#include "window/reminderdelivery.h"
#include "window/reminderscheduler.h"
#include "window/waketimer.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTest>
#include <QTimeEdit>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::staysTrue;
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
    QSignalSpy reminders(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setReminder({true, QTime(20, 0)});
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 14), QTime(20, 0)));
    CHECK(scheduler.timer().isActive()); // one timer, set for 20:00

    clock.set(QDateTime(QDate(2026, 3, 14), QTime(19, 59)));
    scheduler.check();
    CHECK(reminders.count() == 0);
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(20, 0, 30)));
    scheduler.check();
    REQUIRE(reminders.count() == 1);
    // Saturday is the review day, the week has no review and no self-check was ever taken: one
    // reminder for all three.
    CHECK(reminders.takeFirst().at(0).value<ReminderKinds>() ==
          (ReminderKinds(ReminderKind::CheckIn) | ReminderKind::Review | ReminderKind::SelfCheck));
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 15), QTime(20, 0)));
    scheduler.check(); // once a day only
    CHECK(reminders.count() == 0);

    // Sunday's check-in is done before the time: no reminder, and the next is Monday's.
    clock.set(QDateTime(QDate(2026, 3, 15), QTime(18, 0)));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 15))));
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 16), QTime(20, 0)));
    clock.set(QDateTime(QDate(2026, 3, 15), QTime(20, 5)));
    scheduler.check();
    CHECK(reminders.count() == 0);

    scheduler.setReminder({false, QTime(20, 0)});
    CHECK(scheduler.next().isNull());
    CHECK_FALSE(scheduler.timer().isActive());
}

TEST_CASE("on the review day, a check-in made earlier still leaves the review's reminder", "[gui][reminders]")
{
    FixedClock clock;
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(9, 0))); // a Saturday
    auto journal = ebb::test::memoryJournal(clock);
    ReviewSettings review = require(journal->reviewSettings());
    review.weekday = 6;
    ebb::test::requireOk(journal->setReviewSettings(review));
    JournalSettings settings = require(journal->settings());
    settings.selfCheckReminder = false; // this person does not want the monthly self-check offered
    ebb::test::requireOk(journal->saveSettings(settings));
    ReminderScheduler scheduler(*journal, clock);
    QSignalSpy reminders(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setReminder({true, QTime(20, 0)});
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 14))));
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 14), QTime(20, 0))); // the review is still due
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(20, 1)));
    scheduler.check();
    REQUIRE(reminders.count() == 1);
    CHECK(reminders.takeFirst().at(0).value<ReminderKinds>() == ReminderKinds(ReminderKind::Review));
}

TEST_CASE("Later brings back in an hour only what is still not done, and never past midnight", "[gui][reminders]")
{
    FixedClock clock;
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(9, 0))); // a Saturday, the review day
    auto journal = ebb::test::memoryJournal(clock);
    ReviewSettings review = require(journal->reviewSettings());
    review.weekday = 6;
    ebb::test::requireOk(journal->setReviewSettings(review));
    ReminderScheduler scheduler(*journal, clock);
    QSignalSpy reminders(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setReminder({true, QTime(20, 0)});
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(20, 0)));
    scheduler.check();
    REQUIRE(reminders.count() == 1);
    const auto first = reminders.takeFirst().at(0).value<ReminderKinds>();
    REQUIRE(first.testFlag(ReminderKind::CheckIn));

    scheduler.snooze(first);
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 14), QTime(21, 0)));
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(20, 30)));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 14)))); // done meanwhile
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 14), QTime(21, 0)));
    clock.set(QDateTime(QDate(2026, 3, 14), QTime(21, 0)));
    scheduler.check();
    REQUIRE(reminders.count() == 1);
    CHECK(reminders.takeFirst().at(0).value<ReminderKinds>() ==
          (ReminderKinds(ReminderKind::Review) | ReminderKind::SelfCheck));
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 15), QTime(20, 0)));

    // Put off at 23:30: an hour on is another day, whose own reminder comes at its time instead.
    clock.set(QDateTime(QDate(2026, 3, 15), QTime(23, 30)));
    scheduler.snooze(ReminderKind::CheckIn);
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 16), QTime(20, 0)));
}

TEST_CASE("a reminder slept through comes on waking, once; an evening slept through is not reminded of next morning",
          "[gui][reminders]")
{
    FixedClock clock;
    clock.set(QDateTime(QDate(2026, 3, 11), QTime(18, 0))); // a Wednesday
    auto journal = ebb::test::memoryJournal(clock);
    ReminderScheduler scheduler(*journal, clock);
    QSignalSpy reminders(&scheduler, &ReminderScheduler::reminderDue);
    scheduler.setReminder({true, QTime(20, 0)});
    // The laptop's lid closed at 18:00 and opened at 21:30: the clock jumps, the timer says so.
    clock.set(QDateTime(QDate(2026, 3, 11), QTime(21, 30)));
    emit scheduler.timer().clockChanged();
    REQUIRE(reminders.count() == 1);
    CHECK(reminders.takeFirst().at(0).value<ReminderKinds>() == ReminderKinds(ReminderKind::CheckIn));
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 12), QTime(20, 0)));

    // The clock set back to 19:00 (by hand, or NTP): 20:00 does not remind a second time.
    clock.set(QDateTime(QDate(2026, 3, 11), QTime(19, 0)));
    emit scheduler.timer().clockChanged();
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 12), QTime(20, 0)));
    clock.set(QDateTime(QDate(2026, 3, 11), QTime(20, 0)));
    scheduler.check();
    CHECK(reminders.count() == 0);

    // Closed on Thursday at 19:00, opened on Friday at 08:00: Thursday's evening is over, and
    // Friday's reminder comes at 20:00, not now.
    clock.set(QDateTime(QDate(2026, 3, 12), QTime(19, 0)));
    scheduler.check();
    clock.set(QDateTime(QDate(2026, 3, 13), QTime(8, 0)));
    emit scheduler.timer().clockChanged();
    CHECK(reminders.count() == 0);
    CHECK(scheduler.next() == QDateTime(QDate(2026, 3, 13), QTime(20, 0)));
}

TEST_CASE("the wake timer fires once at its moment, and not when stopped", "[gui][reminders]")
{
    WakeTimer timer;
    QSignalSpy fired(&timer, &WakeTimer::timeout);
    timer.start(30);
    CHECK(timer.isActive());
    REQUIRE(ebb::test::waitUntil([&] { return fired.count() == 1; }, 3000));
    CHECK_FALSE(timer.isActive());
    CHECK(staysTrue([&] { return fired.count() == 1; }, 100)); // single-shot

    timer.start(30);
    timer.stop();
    CHECK(staysTrue([&] { return fired.count() == 1; }, 150)); // stopped: it does not fire
    CHECK_FALSE(timer.isActive());
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

    // Without a notification service or a system tray (as here, offscreen), a reminder shows in
    // the status bar.
    const ebb::test::PrivateBus bus;
    window.reminderDelivery()->useNotifier(
        new DesktopNotifier(bus.address(), DesktopNotifier::Service::Notifications, &window));
    emit window.reminders()->reminderDue(ReminderKind::CheckIn);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("How was today?")));
}

TEST_CASE("with neither notifications nor a tray, closing the window ends Ebb even when asked to keep running",
          "[gui][reminders]")
{
    const ebb::test::PrivateBus bus; // no notification service on it
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    settings.setReminder({true, QTime(20, 0)});
    settings.setKeepInTray(true);
    MainWindow window(*journal, &settings);
    window.reminderDelivery()->useNotifier(
        new DesktopNotifier(bus.address(), DesktopNotifier::Service::Notifications, &window));
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

TEST_CASE("started at login with neither notifications nor a tray, the window is shown", "[gui][reminders]")
{
    const ebb::test::PrivateBus bus; // no notification service on it
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    settings.setReminder({true, QTime(20, 0)});
    MainWindow window(*journal, &settings);
    window.reminderDelivery()->useNotifier(
        new DesktopNotifier(bus.address(), DesktopNotifier::Service::Notifications, &window));
    REQUIRE_FALSE(QSystemTrayIcon::isSystemTrayAvailable()); // offscreen has none
    CHECK_FALSE(window.startHidden());                       // the session then shows the window
}
