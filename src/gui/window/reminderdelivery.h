// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "window/desktopnotifier.h"
#include "window/reminderscheduler.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace ebb {

class AppSettings;
class Journal;

/**
 * Brings reminders to the person wherever they are: as a desktop notification with buttons —
 * "Check in now" (or the review, or the self-check) and "Later" — where the desktop has a
 * notification service (or the portal, sandboxed), else from the tray icon, else in the window's
 * status bar. Owns the scheduler and the tray icon, and says what the person asked for; the
 * window does it.
 */
class ReminderDelivery : public QObject
{
    Q_OBJECT

public:
    ReminderDelivery(Journal &journal, const AppSettings &settings, const QIcon &icon, QObject *parent = nullptr);

    /** A reminder's words and buttons: about the first of what is due (none when nothing is). */
    static Notification notificationFor(ReminderKinds due);

    ReminderScheduler *scheduler() const { return m_scheduler; }
    /** Notifications go to `notifier` from now on (for tests: one on a bus of their own). */
    void useNotifier(DesktopNotifier *notifier);
    /** The desktop's notifications, on the session bus (joined when first needed). */
    DesktopNotifier *notifier();
    /** The tray icon, when the desktop has a system tray. */
    QSystemTrayIcon *tray() const { return m_tray; }
    /** Whether Ebb can wait without a window and still reach the person: a tray icon, or notifications. */
    bool canRemindWithoutWindow();
    /** Brings the reminder for `due`. */
    void deliver(ReminderKinds due);
    /** Once a session: Ebb closed its window but keeps running, and how to end it. */
    void tellStillRunning();

signals:
    /** The person asked to do now what a reminder was about (`day`: the day it asked about). */
    void openRequested(ebb::ReminderKind kind, QDate day);
    /** Show the window (the tray's "Open Ebb", a click on its message). */
    void showRequested();
    void quitRequested();
    /** No notification service and no tray: the window says it itself. */
    void statusMessage(const QString &text);

private:
    void onAction(const QString &key, const QString &action);
    void fallBack(const Notification &notification);

    Journal &m_journal;
    QIcon m_icon;
    ReminderScheduler *m_scheduler = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    ReminderKinds m_shown; ///< what the reminder on screen is about
    QDate m_shownOn;       ///< and the day it came
    bool m_toldStillRunning = false;
};

} // namespace ebb
