// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusServiceWatcher>
#include <QFile>

namespace ebb {
namespace {

const QString kNotifications = QStringLiteral("org.freedesktop.Notifications");
const QString kNotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kPortal = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kPortalInterface = QStringLiteral("org.freedesktop.portal.Notification");
const QString kDesktopEntry = QStringLiteral("io.github.ebbjournal.Ebb");
// The freedesktop name of a click on the notification itself.
const QString kDefaultAction = QStringLiteral("default");
constexpr int kBusTimeoutMs = 1000;

} // namespace

bool runsSandboxed()
{
    return QFile::exists(QStringLiteral("/.flatpak-info")) || !qEnvironmentVariableIsEmpty("SNAP");
}

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QString(), Service::Automatic, parent)
{}

DesktopNotifier::DesktopNotifier(const QString &busAddress, Service service, QObject *parent)
    : QObject(parent)
    , m_busAddress(busAddress)
    , m_connectionName(QStringLiteral("ebb-notifier-%1").arg(quintptr(this), 0, 16))
    , m_service(service == Service::Automatic ? (runsSandboxed() ? Service::Portal : Service::Notifications) : service)
{
    qDBusRegisterMetaType<QList<QVariantMap>>(); // the portal's buttons
}

DesktopNotifier::~DesktopNotifier()
{
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QDBusConnection DesktopNotifier::bus()
{
    return m_busAddress.isEmpty() ? QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName)
                                  : QDBusConnection::connectToBus(m_busAddress, m_connectionName);
}

QString DesktopNotifier::serviceName() const
{
    return m_service == Service::Portal ? kPortal : kNotifications;
}

bool DesktopNotifier::isAvailable()
{
    QDBusConnection connection = bus();
    if (!connection.isConnected()) {
        return false;
    }
    // Asked of the bus itself, never of the service, and briefly: a stuck bus does not hold Ebb up.
    const auto askBus = [&connection](const QString &method, const QVariantList &arguments) {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                           QStringLiteral("/org/freedesktop/DBus"),
                                                           QStringLiteral("org.freedesktop.DBus"), method);
        call.setArguments(arguments);
        const QDBusMessage reply = connection.call(call, QDBus::Block, kBusTimeoutMs);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty() ? reply.arguments().first()
                                                                                          : QVariant();
    };
    if (askBus(QStringLiteral("NameHasOwner"), {serviceName()}).toBool()) {
        return true;
    }
    // dunst, notification-daemon and the portal are often started by the bus on the first call.
    return askBus(QStringLiteral("ListActivatableNames"), {}).toStringList().contains(serviceName());
}

void DesktopNotifier::listen()
{
    if (m_listening) {
        return;
    }
    QDBusConnection connection = bus();
    if (m_service == Service::Portal) {
        m_listening = connection.connect(kPortal, kPortalPath, kPortalInterface, QStringLiteral("ActionInvoked"), this,
                                         SLOT(onPortalActionInvoked(QString, QString, QVariantList)));
        return;
    }
    // A restarted service numbers its notifications from 1 again: Ebb's went with the old one.
    auto *restarts =
        new QDBusServiceWatcher(kNotifications, connection, QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(restarts, &QDBusServiceWatcher::serviceOwnerChanged, this, [this] { m_keyOfId.clear(); });
    m_listening =
        connection.connect(kNotifications, kNotificationsPath, kNotifications, QStringLiteral("ActionInvoked"), this,
                           SLOT(onActionInvoked(uint, QString))) &&
        connection.connect(kNotifications, kNotificationsPath, kNotifications, QStringLiteral("NotificationClosed"),
                           this, SLOT(onNotificationClosed(uint, uint)));
}

void DesktopNotifier::show(const Notification &notification)
{
    listen();
    m_firstActionOf.insert(notification.key,
                           notification.actions.isEmpty() ? QString() : notification.actions.first().first);
    if (m_service == Service::Portal) {
        sendToPortal(notification);
    } else {
        sendToNotifications(notification);
    }
}

void DesktopNotifier::sendToNotifications(const Notification &notification)
{
    QStringList actions;
    if (!notification.actions.isEmpty()) {
        actions << kDefaultAction << notification.actions.first().second;
    }
    for (const auto &[action, label] : notification.actions) {
        actions << action << label;
    }
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), kDesktopEntry},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))}, // normal: a reminder is never urgent
    };
    QDBusMessage call =
        QDBusMessage::createMethodCall(kNotifications, kNotificationsPath, kNotifications, QStringLiteral("Notify"));
    call << QStringLiteral("Ebb") << m_keyOfId.key(notification.key, 0u) << kDesktopEntry << notification.title
         << notification.body << actions << hints
         << 0; // a reminder stays until it is answered or dismissed: the person may be away
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key = notification.key](auto *done) {
        done->deleteLater();
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError()) {
            emit notificationFailed(key);
            return;
        }
        m_keyOfId.remove(m_keyOfId.key(key, 0u));
        m_keyOfId.insert(reply.value(), key);
    });
}

void DesktopNotifier::sendToPortal(const Notification &notification)
{
    QList<QVariantMap> buttons;
    for (const auto &[action, label] : notification.actions) {
        buttons.append({{QStringLiteral("label"), label}, {QStringLiteral("action"), action}});
    }
    QVariantMap content{
        {QStringLiteral("title"), notification.title},
        {QStringLiteral("body"), notification.body},
        {QStringLiteral("priority"), QStringLiteral("normal")},
    };
    if (!buttons.isEmpty()) {
        content.insert(QStringLiteral("default-action"), buttons.first().value(QStringLiteral("action")));
        content.insert(QStringLiteral("buttons"), QVariant::fromValue(buttons));
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(kPortal, kPortalPath, kPortalInterface, QStringLiteral("AddNotification"));
    call << notification.key << content;
    auto *watcher = new QDBusPendingCallWatcher(bus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key = notification.key](auto *done) {
        done->deleteLater();
        if (done->isError()) {
            emit notificationFailed(key);
        }
    });
}

void DesktopNotifier::withdraw(const QString &key)
{
    if (m_service == Service::Portal) {
        bus().asyncCall(
            QDBusMessage::createMethodCall(kPortal, kPortalPath, kPortalInterface, QStringLiteral("RemoveNotification"))
            << key);
        return;
    }
    const uint id = m_keyOfId.key(key, 0u);
    if (id == 0u) {
        return;
    }
    m_keyOfId.remove(id);
    bus().asyncCall(QDBusMessage::createMethodCall(kNotifications, kNotificationsPath, kNotifications,
                                                   QStringLiteral("CloseNotification"))
                    << id);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // The service tells every program of every button pressed: only Ebb's own count.
    if (!m_keyOfId.contains(id)) {
        return;
    }
    // A copy: what the signal starts may withdraw the notification, and with it the entry.
    const QString key = m_keyOfId.value(id);
    emit actionInvoked(key, action == kDefaultAction ? m_firstActionOf.value(key) : action);
}

void DesktopNotifier::onNotificationClosed(uint id, uint /*reason*/)
{
    m_keyOfId.remove(id);
}

void DesktopNotifier::onPortalActionInvoked(const QString &key, const QString &action,
                                            const QVariantList & /*parameter*/)
{
    if (m_firstActionOf.contains(key)) {
        emit actionInvoked(key, action);
    }
}

} // namespace ebb
