// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusContext>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace ebb::test {

/**
 * A desktop's notification service (org.freedesktop.Notifications) on a test's bus: it records
 * what it is asked to show and, when told, says a button was pressed — as GNOME Shell or dunst
 * would, to every program on the bus.
 */
class FakeNotifications : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString appName;
        uint replacesId = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions; ///< key, label, key, label…
        QVariantMap hints;
        int timeout = -1;
        uint id = 0;
    };

    explicit FakeNotifications(const QString &busAddress);
    ~FakeNotifications() override;
    FakeNotifications(const FakeNotifications &) = delete;
    FakeNotifications &operator=(const FakeNotifications &) = delete;

    /** Whether it holds the service's name on the bus. */
    bool registered() const { return m_registered; }
    const QList<Shown> &shown() const { return m_shown; }
    const QList<uint> &closed() const { return m_closed; }
    /** The person pressed `action` on notification `id`. */
    void press(uint id, const QString &action) { emit ActionInvoked(id, action); }
    /** From now on the service answers Notify with an error. */
    void refuse() { m_refuse = true; }

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout);
    void CloseNotification(uint id);
    QStringList GetCapabilities() const;

signals:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);

private:
    QString m_connectionName;
    QList<Shown> m_shown;
    QList<uint> m_closed;
    uint m_nextId = 1;
    bool m_refuse = false;
    bool m_registered = false;
};

/** The XDG desktop portal's notifications (org.freedesktop.portal.Notification) on a test's bus. */
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Notification")

public:
    struct Added
    {
        QString id;
        QString title;
        QString body;
        QString defaultAction;
        QList<std::pair<QString, QString>> buttons; ///< (action, label)
    };

    explicit FakePortal(const QString &busAddress);
    ~FakePortal() override;
    FakePortal(const FakePortal &) = delete;
    FakePortal &operator=(const FakePortal &) = delete;

    bool registered() const { return m_registered; }
    const QList<Added> &added() const { return m_added; }
    const QStringList &removed() const { return m_removed; }
    void press(const QString &id, const QString &action) { emit ActionInvoked(id, action, {}); }

public slots:
    void AddNotification(const QString &id, const QVariantMap &notification);
    void RemoveNotification(const QString &id);

signals:
    void ActionInvoked(const QString &id, const QString &action, const QVariantList &parameter);

private:
    QString m_connectionName;
    QList<Added> m_added;
    QStringList m_removed;
    bool m_registered = false;
};

} // namespace ebb::test
