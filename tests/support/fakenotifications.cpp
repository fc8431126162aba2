// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenotifications.h"

#include <QDBusArgument>
#include <QDBusConnection>

namespace ebb::test {
namespace {

bool serve(QObject *object, const QString &busAddress, const QString &connectionName, const QString &path,
           const QString &service)
{
    QDBusConnection bus = QDBusConnection::connectToBus(busAddress, connectionName);
    return bus.isConnected() &&
           bus.registerObject(path, object, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
           bus.registerService(service);
}

} // namespace

FakeNotifications::FakeNotifications(const QString &busAddress)
    : m_connectionName(QStringLiteral("fake-notifications-%1").arg(quintptr(this), 0, 16))
{
    m_registered = serve(this, busAddress, m_connectionName, QStringLiteral("/org/freedesktop/Notifications"),
                         QStringLiteral("org.freedesktop.Notifications"));
}

FakeNotifications::~FakeNotifications()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                               const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
{
    if (m_refuse) {
        sendErrorReply(QDBusError::Failed, QStringLiteral("the notification service is shutting down"));
        return 0;
    }
    const uint id = replacesId != 0 ? replacesId : m_nextId++;
    m_shown.append({appName, replacesId, icon, summary, body, actions, hints, timeout, id});
    return id;
}

void FakeNotifications::CloseNotification(uint id)
{
    m_closed.append(id);
    emit NotificationClosed(id, 3); // closed by a call
}

QStringList FakeNotifications::GetCapabilities() const
{
    return {QStringLiteral("actions"), QStringLiteral("body")};
}

FakePortal::FakePortal(const QString &busAddress)
    : m_connectionName(QStringLiteral("fake-portal-%1").arg(quintptr(this), 0, 16))
{
    m_registered = serve(this, busAddress, m_connectionName, QStringLiteral("/org/freedesktop/portal/desktop"),
                         QStringLiteral("org.freedesktop.portal.Desktop"));
}

FakePortal::~FakePortal()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
}

void FakePortal::AddNotification(const QString &id, const QVariantMap &notification)
{
    Added added{id,
                notification.value(QStringLiteral("title")).toString(),
                notification.value(QStringLiteral("body")).toString(),
                notification.value(QStringLiteral("default-action")).toString(),
                {}};
    QList<QVariantMap> buttons;
    if (notification.contains(QStringLiteral("buttons"))) {
        notification.value(QStringLiteral("buttons")).value<QDBusArgument>() >> buttons;
    }
    for (const QVariantMap &button : buttons) {
        added.buttons.append(
            {button.value(QStringLiteral("action")).toString(), button.value(QStringLiteral("label")).toString()});
    }
    m_added.append(added);
}

void FakePortal::RemoveNotification(const QString &id)
{
    m_removed.append(id);
}

} // namespace ebb::test
