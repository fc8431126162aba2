// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders as desktop notifications, on a D-Bus of the test's own with a stand-in for the
// desktop's notification service (or the portal), which records what it is asked to show.
#include "dialogs/selfcheckdialog.h"
#include "domain/selfcheck.h"
#include "fakenotifications.h"
#include "pages/checkinpage.h"
#include "pages/reviewpage.h"
#include "privatebus.h"
#include "settings/appsettings.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "waitfor.h"
#include "window/desktopnotifier.h"
#include "window/mainwindow.h"
#include "window/reminderdelivery.h"
#include "window/reminderscheduler.h"

#include <QApplication>
#include <QIcon>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace ebb;
using ebb::test::FakeNotifications;
using ebb::test::FakePortal;
using ebb::test::FixedClock;
using ebb::test::PrivateBus;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::staysTrue;
using ebb::test::TempDir;
using ebb::test::waitUntil;

namespace {

/** An Ebb started at login on Wednesday 2026-03-11 at 19:00 (no review day), reminding at 20:00. */
struct BackgroundEbb
{
    explicit BackgroundEbb(const QString &busAddress)
        : settings(tmp.path(QStringLiteral("Ebb.conf")))
    {
        clock.set(QDateTime(QDate(2026, 3, 11), QTime(19, 0)));
        journal = ebb::test::memoryJournal(clock);
        settings.setReminder({true, QTime(20, 0)});
        settings.setKeepInTray(true);
        window = std::make_unique<MainWindow>(*journal, &settings);
        window->reminderDelivery()->useNotifier(
            new DesktopNotifier(busAddress, DesktopNotifier::Service::Notifications, window.get()));
    }

    /** The clock reaches 20:00 and the timer wakes the scheduler. */
    void reachReminderTime()
    {
        clock.set(QDateTime(QDate(2026, 3, 11), QTime(20, 0, 10)));
        window->reminders()->check();
    }

    TempDir tmp;
    FixedClock clock;
    std::unique_ptr<Journal> journal;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;
};

QStringList actionKeys(const QStringList &actions)
{
    QStringList keys;
    for (qsizetype i = 0; i + 1 < actions.size(); i += 2) {
        keys << actions.at(i);
    }
    return keys;
}

} // namespace

TEST_CASE("a due reminder arrives as a desktop notification, and Check in now opens today's check-in",
          "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    FakeNotifications service(bus.address());
    REQUIRE(service.registered());
    BackgroundEbb ebb(bus.address());
    // A start at login: with notifications to reach the person, no window is shown.
    REQUIRE(ebb.window->startHidden());
    CHECK_FALSE(ebb.window->isVisible());

    ebb.reachReminderTime();
    REQUIRE(waitUntil([&] { return service.shown().size() == 1; }, 5000));
    const FakeNotifications::Shown &shown = service.shown().first();
    CHECK(shown.appName == QStringLiteral("Ebb"));
    CHECK(shown.summary == QStringLiteral("How was today?"));
    CHECK(shown.body.contains(QStringLiteral("skip any question")));
    CHECK(shown.hints.value(QStringLiteral("desktop-entry")).toString() == QStringLiteral("io.github.ebbjournal.Ebb"));
    CHECK(shown.timeout == 0); // stays until answered: the person may be away from the screen
    // Both buttons, and a click on the notification itself means the first.
    CHECK(actionKeys(shown.actions) ==
          QStringList{QStringLiteral("default"), QStringLiteral("check-in"), QStringLiteral("later")});
    CHECK(shown.actions.at(3) == QStringLiteral("Check in now"));
    CHECK(shown.actions.at(5) == QStringLiteral("Later"));
    CHECK_FALSE(ebb.window->statusBar()->currentMessage().contains(QStringLiteral("How was today?")));

    // Another program's notification: a button pressed on it is not Ebb's business.
    service.press(shown.id + 100, QStringLiteral("check-in"));
    ebb.window->checkInPage()->showDay(QDate(2026, 3, 2)); // the person was looking at another day
    CHECK(staysTrue([&] { return !ebb.window->isVisible(); }, 100));

    service.press(shown.id, QStringLiteral("check-in"));
    REQUIRE(waitUntil([&] { return ebb.window->isVisible(); }, 5000));
    CHECK(ebb.window->checkInPage()->date() == QDate(2026, 3, 11));
    CHECK(ebb.window->findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex() == 0);

    // The next day the person checks in from the window they opened themselves: the reminder,
    // done with, leaves the screen.
    ebb.clock.set(QDateTime(QDate(2026, 3, 12), QTime(20, 0, 10)));
    ebb.window->reminders()->check();
    REQUIRE(waitUntil([&] { return service.shown().size() == 2; }, 5000));
    CHECK(service.closed().isEmpty());
    require(ebb.journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 12))));
    CHECK(waitUntil([&] { return service.closed() == QList<uint>{service.shown().at(1).id}; }, 5000));
}

TEST_CASE("Later on a notification brings the reminder back an hour on", "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    FakeNotifications service(bus.address());
    BackgroundEbb ebb(bus.address());
    ebb.reachReminderTime();
    REQUIRE(waitUntil([&] { return service.shown().size() == 1; }, 5000));
    CHECK(ebb.window->reminders()->next() == QDateTime(QDate(2026, 3, 12), QTime(20, 0)));

    service.press(service.shown().first().id, QStringLiteral("later"));
    REQUIRE(waitUntil(
        [&] { return ebb.window->reminders()->next() == QDateTime(QDate(2026, 3, 11), QTime(21, 0, 10)); }, 5000));
    CHECK_FALSE(ebb.window->isVisible()); // "later" means later: nothing opens

    ebb.clock.set(QDateTime(QDate(2026, 3, 11), QTime(21, 0, 10)));
    ebb.window->reminders()->check();
    REQUIRE(waitUntil([&] { return service.shown().size() == 2; }, 5000));
    CHECK(service.shown().at(1).summary == QStringLiteral("How was today?"));
    CHECK(service.shown().at(1).replacesId == service.shown().first().id); // the same reminder, not a second
}

TEST_CASE("a click on a review reminder opens this week's review; the self-check's opens its questions",
          "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    FakeNotifications service(bus.address());
    BackgroundEbb ebb(bus.address());
    emit ebb.window->reminders()->reminderDue(ReminderKinds(ReminderKind::Review) | ReminderKind::SelfCheck);
    REQUIRE(waitUntil([&] { return service.shown().size() == 1; }, 5000));
    // One thing at a time: the review first; the month's questions are offered on its page.
    CHECK(service.shown().first().summary == QStringLiteral("Your weekly review"));
    CHECK(actionKeys(service.shown().first().actions) ==
          QStringList{QStringLiteral("default"), QStringLiteral("review"), QStringLiteral("later")});
    service.press(service.shown().first().id, QStringLiteral("default"));
    REQUIRE(waitUntil([&] { return ebb.window->isVisible(); }, 5000));
    CHECK(ebb.window->findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex() == 3);
    CHECK(ebb.window->reviewPage()->monday() == QDate(2026, 3, 9));

    emit ebb.window->reminders()->reminderDue(ReminderKind::SelfCheck);
    REQUIRE(waitUntil([&] { return service.shown().size() == 2; }, 5000));
    CHECK(actionKeys(service.shown().at(1).actions).contains(QStringLiteral("self-check")));
    bool questionsShown = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *dialog = qobject_cast<SelfCheckDialog *>(QApplication::activeModalWidget())) {
            questionsShown = true;
            dialog->reject();
        }
    });
    poll.start(5);
    service.press(service.shown().at(1).id, QStringLiteral("self-check"));
    CHECK(waitUntil([&] { return questionsShown; }, 5000));
}

TEST_CASE("a notification service that refuses, or none at all: the reminder shows in the window",
          "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    {
        FakeNotifications service(bus.address());
        service.refuse();
        BackgroundEbb ebb(bus.address());
        ebb.reachReminderTime();
        REQUIRE(waitUntil(
            [&] { return ebb.window->statusBar()->currentMessage().contains(QStringLiteral("How was today?")); },
            5000));
        // The window was hidden (started at login): a message in it would reach nobody.
        CHECK(ebb.window->isMinimized());
    }
    // The service is gone from the bus: nothing waits for an answer that cannot come.
    BackgroundEbb ebb(bus.address());
    CHECK_FALSE(ebb.window->reminderDelivery()->notifier()->isAvailable());
    CHECK_FALSE(ebb.window->startHidden());
    ebb.reachReminderTime();
    CHECK(ebb.window->statusBar()->currentMessage().contains(QStringLiteral("How was today?")));
}

TEST_CASE("with notifications, closing the window keeps Ebb running for its reminders, and says so once",
          "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    FakeNotifications service(bus.address());
    BackgroundEbb ebb(bus.address());
    ebb.window->show();
    CHECK_FALSE(ebb.window->close()); // hidden, not ended
    CHECK_FALSE(ebb.window->isVisible());
    REQUIRE(waitUntil([&] { return service.shown().size() == 1; }, 5000));
    CHECK(service.shown().first().summary == QStringLiteral("Ebb is still here"));
    CHECK(service.shown().first().body.contains(QStringLiteral("20:00")));
    CHECK(actionKeys(service.shown().first().actions) ==
          QStringList{QStringLiteral("default"), QStringLiteral("open"), QStringLiteral("quit")});
    service.press(service.shown().first().id, QStringLiteral("open"));
    REQUIRE(waitUntil([&] { return ebb.window->isVisible(); }, 5000));
    CHECK_FALSE(ebb.window->close());
    CHECK(staysTrue([&] { return service.shown().size() == 1; }, 100)); // once a session is enough

    ebb.settings.setKeepInTray(false); // "quit when I close the window"
    ebb.window->comeForward();
    CHECK(ebb.window->close());
}

TEST_CASE("Quit on the 'still here' notification ends Ebb", "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    FakeNotifications service(bus.address());
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    ReminderDelivery delivery(*journal, settings, QIcon());
    delivery.useNotifier(new DesktopNotifier(bus.address(), DesktopNotifier::Service::Notifications, &delivery));
    QSignalSpy quit(&delivery, &ReminderDelivery::quitRequested);
    delivery.tellStillRunning();
    REQUIRE(waitUntil([&] { return service.shown().size() == 1; }, 5000));
    CHECK(service.shown().first().body == QStringLiteral("Ebb keeps running without a window, to remind you."));
    service.press(service.shown().first().id, QStringLiteral("quit"));
    CHECK(waitUntil([&] { return quit.count() == 1; }, 5000));
}

TEST_CASE("started at login with reminders off, Ebb shows its window", "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    FakeNotifications service(bus.address());
    BackgroundEbb ebb(bus.address());
    ebb.settings.setReminder({false, QTime(20, 0)});
    CHECK_FALSE(ebb.window->startHidden()); // nothing to wait for: an invisible Ebb would only be in the way
}

TEST_CASE("a restarted notification service: Ebb's old numbers are not taken for its new ones",
          "[gui][reminders][notifications]")
{
    const PrivateBus bus;
    BackgroundEbb ebb(bus.address());
    auto service = std::make_unique<FakeNotifications>(bus.address());
    ebb.reachReminderTime();
    REQUIRE(waitUntil([&] { return service->shown().size() == 1; }, 5000));
    const uint oldId = service->shown().first().id;
    service.reset(); // the desktop's notification service restarts…
    service = std::make_unique<FakeNotifications>(bus.address());
    REQUIRE(service->registered());
    // The bus tells Ebb of the new owner, which numbers from 1 again: a button on another
    // program's notification 1 is not Ebb's.
    CHECK(staysTrue([&] { return !ebb.window->isVisible(); }, 200));
    service->press(oldId, QStringLiteral("check-in"));
    CHECK(staysTrue([&] { return !ebb.window->isVisible(); }, 200));
}

TEST_CASE("sandboxed, notifications go through the desktop portal, buttons and all", "[gui][notifications]")
{
    const PrivateBus bus;
    DesktopNotifier notifier(bus.address(), DesktopNotifier::Service::Portal);
    CHECK_FALSE(notifier.isAvailable()); // no portal yet
    FakePortal portal(bus.address());
    REQUIRE(portal.registered());
    CHECK(notifier.isAvailable());
    QSignalSpy pressed(&notifier, &DesktopNotifier::actionInvoked);

    notifier.show(ReminderDelivery::notificationFor(ReminderKind::CheckIn));
    REQUIRE(waitUntil([&] { return portal.added().size() == 1; }, 5000));
    const FakePortal::Added &added = portal.added().first();
    CHECK(added.title == QStringLiteral("How was today?"));
    CHECK(added.defaultAction == QStringLiteral("check-in"));
    REQUIRE(added.buttons.size() == 2);
    CHECK(added.buttons.at(0) == std::pair{QStringLiteral("check-in"), QStringLiteral("Check in now")});
    CHECK(added.buttons.at(1) == std::pair{QStringLiteral("later"), QStringLiteral("Later")});

    portal.press(QStringLiteral("someone-else"), QStringLiteral("open"));
    portal.press(added.id, QStringLiteral("later"));
    REQUIRE(waitUntil([&] { return pressed.count() == 1; }, 5000));
    CHECK(pressed.first().at(0).toString() == added.id);
    CHECK(pressed.first().at(1).toString() == QStringLiteral("later"));

    notifier.withdraw(added.id);
    CHECK(waitUntil([&] { return portal.removed() == QStringList{added.id}; }, 5000));
}
