// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/reminderdelivery.h"

#include "settings/clock.h"
#include "storage/journal.h"

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

} // namespace

Notification ReminderDelivery::notificationFor(ReminderKinds due)
{
    Notification notification{kReminderKey, {}, {}, {}};
    // One thing first: today's check-in, then the week's review, then the month's self-check.
    if (due & ReminderKind::CheckIn) {
        notification.title = tr("How was today?");
        notification.body = tr("A check-in takes a minute. Anything you skip stays “not recorded”.");
        notification.actions.append({kCheckIn, tr("Check in now")});
        if (due & ReminderKind::Review) {
            notification.body += QLatin1Char(' ') + tr("It is also your weekly review day, when you are ready.");
            notification.actions.append({kReview, tr("Weekly review")});
        }
    } else if (due & ReminderKind::Review) {
        notification.title = tr("Your weekly review");
        notification.body = tr("A few quiet minutes to look back on the week, when you are ready.");
        if (due & ReminderKind::SelfCheck) {
            notification.body +=
                QLatin1Char(' ') + tr("This month there is also the burnout self-check: six short questions.");
        }
        notification.actions.append({kReview, tr("Look back now")});
    } else {
        notification.title = tr("Your monthly self-check");
        notification.body = tr("Six short questions about how the last weeks have felt, when you have a quiet minute.");
        notification.actions.append({kSelfCheck, tr("Answer now")});
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
    // A check-in saved while its reminder is on screen: the reminder has done its work.
    connect(&journal, &Journal::checkInSaved, this, [this](QDate day) {
        if (day == m_journal.clock().today() && m_shown == ReminderKinds(ReminderKind::CheckIn) &&
            m_notifier != nullptr) {
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
    menu->addAction(tr("Check in now"), this, [this] { emit openRequested(ReminderKind::CheckIn); });
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
        if (key == kReminderKey) {
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
    if (key != kReminderKey) {
        emit showRequested();
        return;
    }
    const ReminderKinds shown = m_shown;
    m_shown = {};
    if (action == kLater) {
        m_scheduler->snooze(shown);
    } else if (action == kCheckIn) {
        emit openRequested(ReminderKind::CheckIn);
    } else if (action == kReview) {
        emit openRequested(ReminderKind::Review);
    } else if (action == kSelfCheck) {
        emit openRequested(ReminderKind::SelfCheck);
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
    notifier()->show({kStillRunningKey,
                      tr("Ebb is still here"),
                      tr("Ebb keeps running without a window, to remind you. Open Ebb again to see it; quit from "
                         "its File menu, or turn this off in Settings."),
                      {}});
}

} // namespace ebb
