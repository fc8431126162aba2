// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/singleinstance.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace ebb {
namespace {

const QString kObjectPath = QStringLiteral("/io/github/ebbjournal/Ebb");
const QString kInterface = QStringLiteral("io.github.ebbjournal.Ebb.Instance");
const QString kRaise = QStringLiteral("Raise");
constexpr int kAnswerTimeoutMs = 2000;
// A first Ebb answers once its window is on screen; one started a moment ago may not have yet.
constexpr int kWaitForFirstMs = 3000;
constexpr int kRetryMs = 100;
constexpr int kWaitForCommandMs = 10000;

} // namespace

/** Answers "Raise" on the bus by asking the window to come forward. */
class RaiseRequests : public QDBusVirtualObject
{
public:
    explicit RaiseRequests(SingleInstance *owner)
        : m_owner(owner)
    {}

    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.interface() != kInterface || message.member() != kRaise) {
            return false; // the bus answers with an error
        }
        // Queued: the window is raised on its own thread, whichever thread the bus calls from.
        QMetaObject::invokeMethod(m_owner, &SingleInstance::raiseRequested, Qt::QueuedConnection);
        return connection.send(message.createReply());
    }

    QString introspect(const QString & /*path*/) const override
    {
        return QStringLiteral("<interface name=\"%1\"><method name=\"%2\"/></interface>").arg(kInterface, kRaise);
    }

private:
    SingleInstance *m_owner;
};

SingleInstance::SingleInstance(const QString &journalPath, QObject *parent)
    : SingleInstance(journalPath, QString(), parent)
{}

SingleInstance::SingleInstance(const QString &journalPath, const QString &busAddress, QObject *parent)
    : QObject(parent)
    // A bus name per journal: a name element may not start with a digit, hence the "j".
    , m_serviceName(
          QStringLiteral("io.github.ebbjournal.Ebb.j%1")
              .arg(QString::fromLatin1(QCryptographicHash::hash(QFileInfo(journalPath).absoluteFilePath().toUtf8(),
                                                                QCryptographicHash::Sha256)
                                           .toHex()
                                           .left(24))))
    , m_journalPath(journalPath)
    , m_busAddress(busAddress)
    , m_connectionName(QStringLiteral("ebb-instance-%1").arg(quintptr(this), 0, 16))
    , m_lock(journalPath)
{}

SingleInstance::~SingleInstance()
{
    // Leaving the bus gives up the name; the lock file goes with m_lock.
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QDBusConnection SingleInstance::bus() const
{
    return m_busAddress.isEmpty() ? QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName)
                                  : QDBusConnection::connectToBus(m_busAddress, m_connectionName);
}

bool SingleInstance::acquire()
{
    // On the very first start the journal's folder does not exist yet; the lock lives in it.
    const QString folder = QFileInfo(JournalLock::lockPathFor(m_journalPath)).absolutePath();
    if (!QDir(folder).exists() && QDir().mkpath(folder)) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // An ebb-cli command that writes holds the lock for a moment: wait for it rather than say
    // the journal is open elsewhere.
    JournalLock::Outcome outcome = m_lock.tryLock(0);
    for (int waited = 0;
         outcome == JournalLock::Outcome::HeldElsewhere && !m_lock.heldByApp() && waited < kWaitForCommandMs;
         waited += kRetryMs) {
        outcome = m_lock.tryLock(kRetryMs);
    }
    m_locked = outcome == JournalLock::Outcome::Taken;
    if (outcome != JournalLock::Outcome::HeldElsewhere) {
        // Unavailable (e.g. a read-only folder) is not another Ebb. Go on; opening the journal
        // will say what is wrong.
        return true;
    }
    m_otherRaised = askOtherToShow();
    return false;
}

bool SingleInstance::askOtherToShow() const
{
    QDBusConnection connection = bus();
    if (!connection.isConnected()) {
        return false;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(m_serviceName, kObjectPath, kInterface, kRaise);
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const QDBusMessage reply = connection.call(call, QDBus::Block, kAnswerTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage) {
            return true;
        }
        if (reply.errorName() != QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown") ||
            waited.elapsed() >= kWaitForFirstMs) {
            return false; // no Ebb answers: perhaps it runs in another session
        }
        QThread::msleep(kRetryMs);
    }
}

bool SingleInstance::answerRequests()
{
    if (!m_locked) {
        return false;
    }
    if (m_requests) {
        return true;
    }
    QDBusConnection connection = bus();
    auto requests = std::make_unique<RaiseRequests>(this);
    if (!connection.isConnected() || !connection.registerVirtualObject(kObjectPath, requests.get()) ||
        !connection.registerService(m_serviceName)) {
        connection.unregisterObject(kObjectPath);
        return false;
    }
    m_requests = std::move(requests);
    return true;
}

} // namespace ebb
