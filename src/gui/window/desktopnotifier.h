// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <utility>

class QDBusConnection;

namespace ebb {

/** What a desktop notification says, and the buttons it offers (the first one is also its click). */
struct Notification
{
    QString key; ///< Names it: a second one with the same key replaces the first.
    QString title;
    QString body;
    QList<std::pair<QString, QString>> actions; ///< (action, label)
};

/**
 * Desktop notifications over D-Bus: the freedesktop Notifications service (GNOME Shell, KDE
 * Plasma, dunst, notification-daemon…), or, when Ebb runs sandboxed (Flatpak, Snap), the XDG
 * desktop portal's Notification interface, which passes them on. Calls never wait for the
 * service: a notification is sent, and a button pressed on it comes back as actionInvoked().
 */
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Service {
        Automatic,     ///< the portal when sandboxed, else the Notifications service
        Notifications, ///< org.freedesktop.Notifications
        Portal,        ///< org.freedesktop.portal.Notification
    };

    /** On the session bus, joined when first needed. */
    explicit DesktopNotifier(QObject *parent = nullptr);
    /** On the message bus at `busAddress` (for tests: a bus of their own). */
    DesktopNotifier(const QString &busAddress, Service service, QObject *parent = nullptr);
    ~DesktopNotifier() override;

    /** Whether a notification service is running, or would be started by the bus on demand. */
    bool isAvailable();
    /** Sends `notification`, replacing an earlier one with its key. */
    void show(const Notification &notification);
    /** Takes the notification with `key` off the screen, if it is still there. */
    void withdraw(const QString &key);

signals:
    /** The person pressed `action` on the notification `key` (or clicked it: its first action). */
    void actionInvoked(const QString &key, const QString &action);
    /** The service refused the notification `key` (it vanished, or failed): it reached nobody. */
    void notificationFailed(const QString &key);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);
    void onPortalActionInvoked(const QString &key, const QString &action, const QVariantList &parameter);

private:
    QDBusConnection bus();
    QString serviceName() const;
    void listen();
    void sendToNotifications(const Notification &notification);
    void sendToPortal(const Notification &notification);

    QString m_busAddress;
    QString m_connectionName;
    Service m_service;
    bool m_listening = false;
    QHash<uint, QString> m_keyOfId;          ///< Notifications service: its ids for ours
    QHash<QString, QString> m_firstActionOf; ///< what a click on a notification means
};

/** Whether Ebb runs in a sandbox (Flatpak or Snap), where notifications go through the portal. */
bool runsSandboxed();

} // namespace ebb
