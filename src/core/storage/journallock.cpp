// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallock.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace ebb {
namespace {

constexpr int kPollMs = 50;

} // namespace

JournalLock::JournalLock(const QString &journalPath)
    : m_journalPath(journalPath)
    , m_lock(lockPathFor(journalPath))
{
    // Only a lock whose process is gone counts as stale: a slow writer never loses the lock.
    m_lock.setStaleLockTime(0);
}

QString JournalLock::lockPathFor(const QString &journalPath)
{
    return QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".lock");
}

JournalLock::Outcome JournalLock::tryLock(int waitMs)
{
    if (m_lock.isLocked()) {
        return Outcome::Taken;
    }
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        if (m_lock.tryLock(0)) {
            // It names this computer, its boot and the process: the owner's alone, like the journal.
            QFile::setPermissions(m_lock.fileName(), QFile::ReadOwner | QFile::WriteOwner);
            return Outcome::Taken;
        }
        if (m_lock.error() != QLockFile::LockFailedError) {
            return Outcome::Unavailable;
        }
        if (deadline.hasExpired()) {
            return Outcome::HeldElsewhere;
        }
        QThread::msleep(kPollMs);
    }
}

qint64 JournalLock::holderPid() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    return m_lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

bool JournalLock::heldByCommand() const
{
    const qint64 pid = holderPid();
    if (pid <= 0) {
        return false;
    }
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("ebb-cli"); // or its test build
}

Result<void> JournalLock::lockForWriting(int waitMs)
{
    Outcome outcome = tryLock(0);
    // Another command ends by itself: wait for it, a little at a time, unless the app holds it.
    for (QDeadlineTimer deadline(waitMs);
         outcome == Outcome::HeldElsewhere && heldByCommand() && !deadline.hasExpired();) {
        outcome = tryLock(kPollMs * 4);
    }
    if (outcome != Outcome::HeldElsewhere) {
        return {};
    }
    const qint64 pid = holderPid();
    const QString journal = QDir::toNativeSeparators(m_journalPath);
    const QString detail = QStringLiteral("locked by process %1").arg(pid);
    if (heldByCommand()) {
        return Error{QStringLiteral("Another ebb-cli command (process %1) is still working on the journal %2. Try "
                                    "again when it has finished. Nothing was changed.")
                         .arg(pid)
                         .arg(journal),
                     kJournalLocked, detail};
    }
    return Error{QStringLiteral("Ebb has the journal %1 open. Close Ebb, or do this from inside it, and try again. "
                                "Nothing was changed.")
                     .arg(journal),
                 kJournalLocked, detail};
}

} // namespace ebb
