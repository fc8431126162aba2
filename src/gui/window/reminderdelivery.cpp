// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/reminderdelivery.h"

#include "domain/selfcheck.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "window/timetext.h"

#include <QLocale>
#include <QMenu>
#include <QSystemTrayIcon>

namespace ebb {
namespace {

const QString kReminderKey = QStringLiteral("reminder");
const QString kStillRunningKey = QStringLiteral("still-running");
const QString kCheckIn = QStringLiteral("check-in");
const QString kReview = QStringLiteral("review");
const QString kSelfCheck = QStringLiteral("self-check");
const QString kLater = QStringLiteral("later");
const QString kOpen = QStringLiteral("open");
const QString kQuit = QStringLiteral("quit");

} // namespace

Notification ReminderDelivery::notificationFor(ReminderKinds due)
{
    Notification notification{kReminderKey, {}, {}, {}};
    // One thing at a time: today's check-in first; the week's review and the month's questions
    // wait for it (once Ebb is open, the banner over its pages offers them). The words may show
    // on a locked screen: nothing in them says more than "a journal".
    if (due & ReminderKind::CheckIn) {
        notification.title = tr("How was today?");
        notification.body = tr("A check-in takes a minute, and you can skip any question.");
        notification.actions.append({kCheckIn, tr("Check in now")});
    } else if (due & ReminderKind::Review) {
        notification.title = tr("Your weekly review");
        notification.body = tr("A few quiet minutes to look back on the week, when you are ready.");
        notification.actions.append({kReview, tr("Look back now")});
    } else if (due & ReminderKind::SelfCheck) {
        notification.title = tr("Your monthly questions");
        notification.body = tr("Six short questions about how the last weeks have felt, when you have a quiet minute.");
        notification.actions.append({kSelfCheck, tr("Answer now")});
    } else {
        return {};
    }
    notification.actions.append({kLater, tr("Later")});
    return notification;
}

ReminderDelivery::ReminderDelivery(Journal &journal, const AppSettings &settings, const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_icon(icon)
    , m_scheduler(new ReminderScheduler(journal, journal.clock(), this))
{
    m_scheduler->setReminder(settings.reminder());
    connect(m_scheduler, &ReminderScheduler::reminderDue, this, &ReminderDelivery::deliver);
    // The day's check-in saved while its reminder is on screen: the reminder has done its work.
    connect(&journal, &Journal::checkInSaved, this, [this](QDate day) {
        if (day == m_shownOn && m_shown.testFlag(ReminderKind::CheckIn) && m_notifier != nullptr) {
            m_notifier->withdraw(kReminderKey);
            m_shown = {};
        }
    });
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("Ebb"));
    auto *menu = new QMenu;
    connect(this, &QObject::destroyed, menu, &QObject::deleteLater);
    menu->addAction(tr("Open Ebb"), this, &ReminderDelivery::showRequested);
    menu->addAction(tr("Check in now"), this,
                    [this] { emit openRequested(ReminderKind::CheckIn, m_journal.clock().today()); });
    menu->addSeparator();
    menu->addAction(tr("Quit"), this, &ReminderDelivery::quitRequested);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &ReminderDelivery::showRequested);
    m_tray->show();
}

void ReminderDelivery::useNotifier(DesktopNotifier *notifier)
{
    m_notifier = notifier;
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &ReminderDelivery::onAction);
    connect(m_notifier, &DesktopNotifier::notificationFailed, this, [this](const QString &key) {
        if (key == kReminderKey && m_shown != ReminderKinds()) {
            fallBack(notificationFor(m_shown));
        }
    });
}

DesktopNotifier *ReminderDelivery::notifier()
{
    if (m_notifier == nullptr) {
        useNotifier(new DesktopNotifier(this));
    }
    return m_notifier;
}

bool ReminderDelivery::canRemindWithoutWindow()
{
    return (m_tray != nullptr && m_tray->isVisible()) || notifier()->isAvailable();
}

void ReminderDelivery::deliver(ReminderKinds due)
{
    if (due == ReminderKinds()) {
        return;
    }
    m_shown = due;
    m_shownOn = m_journal.clock().today();
    const Notification notification = notificationFor(due);
    if (notifier()->isAvailable()) {
        m_notifier->show(notification);
    } else {
        fallBack(notification);
    }
}

void ReminderDelivery::fallBack(const Notification &notification)
{
    if (m_tray != nullptr && m_tray->isVisible()) {
        m_tray->showMessage(notification.title, notification.body, m_icon, 15000);
        return;
    }
    emit statusMessage(notification.title + QLatin1Char(' ') + notification.body);
}

void ReminderDelivery::onAction(const QString &key, const QString &action)
{
    if (key == kStillRunningKey) {
        if (action == kQuit) {
            emit quitRequested();
        } else {
            emit showRequested();
        }
        return;
    }
    if (key != kReminderKey) {
        return;
    }
    const ReminderKinds shown = m_shown;
    m_shown = {};
    if (action == kLater) {
        m_scheduler->snooze(shown);
    } else if (action == kCheckIn) {
        emit openRequested(ReminderKind::CheckIn, m_shownOn); // the day it asked about, even after midnight
    } else if (action == kReview) {
        emit openRequested(ReminderKind::Review, m_shownOn);
    } else if (action == kSelfCheck) {
        emit openRequested(ReminderKind::SelfCheck, m_shownOn);
    }
}

void ReminderDelivery::tellStillRunning()
{
    if (m_toldStillRunning) {
        return;
    }
    m_toldStillRunning = true;
    if (m_tray != nullptr && m_tray->isVisible()) {
        m_tray->showMessage(tr("Ebb is still here"),
                            tr("Ebb waits in the tray to remind you. Quit from its menu, or turn this off in "
                               "Settings."),
                            m_icon, 10000);
        return;
    }
    const QDateTime next = m_scheduler->next();
    notifier()->show({kStillRunningKey,
                      tr("Ebb is still here"),
                      next.isValid() ? tr("Ebb keeps running without a window, to remind you at %1.")
                                           .arg(minutesText(next.toLocalTime().time()))
                                     : tr("Ebb keeps running without a window, to remind you."),
                      {{kOpen, tr("Open Ebb")}, {kQuit, tr("Quit Ebb")}}});
}

} // namespace ebb
