// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

namespace ebb {
namespace {

constexpr int kConnectTimeoutMs = 1000;
const QByteArray kRaise = "raise\n";

} // namespace

SingleInstance::SingleInstance(const QString &journalPath, QObject *parent)
    : QObject(parent)
    , m_serverName(QStringLiteral("ebb-%1").arg(QString::fromLatin1(
          QCryptographicHash::hash(QFileInfo(journalPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(24))))
    , m_lock(QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".lock"))
{
    // Only a lock whose process is gone counts as stale: a slow start never loses the lock.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::acquire()
{
    // On the very first start the journal's folder does not exist yet; the lock lives in it.
    const QString folder = QFileInfo(m_lock.fileName()).absolutePath();
    if (!QDir(folder).exists() && QDir().mkpath(folder)) {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const bool locked = m_lock.tryLock(0);
    if (!locked && m_lock.error() != QLockFile::LockFailedError) {
        // No lock can be taken at all (e.g. a read-only folder): that is not another Ebb. Go on;
        // opening the journal will say what is wrong.
        return true;
    }
    if (locked) {
        m_server = std::make_unique<QLocalServer>();
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        QLocalServer::removeServer(m_serverName); // a socket file left by a crash
        m_server->listen(m_serverName);
        connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection()) {
                connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                    if (socket->readAll().startsWith("raise")) {
                        emit raiseRequested();
                        socket->write("ok\n");
                        socket->flush();
                    }
                });
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return true;
    }
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(kConnectTimeoutMs)) {
        socket.write(kRaise);
        socket.flush();
        m_otherRaised = socket.waitForReadyRead(kConnectTimeoutMs) && socket.readAll().startsWith("ok");
    }
    return false;
}

} // namespace ebb
