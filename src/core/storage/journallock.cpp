// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journallock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ebb {
namespace {

constexpr int kPollMs = 50;

} // namespace

JournalLock::JournalLock(const QString &journalPath)
    : m_journalPath(journalPath)
    , m_lockPath(lockPathFor(journalPath))
{}

JournalLock::~JournalLock()
{
    unlock();
}

QString JournalLock::lockPathFor(const QString &journalPath)
{
    return QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".lock");
}

void JournalLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // closing lets go of the flock
        m_fd = -1;
    }
}

JournalLock::Outcome JournalLock::tryLock(int waitMs)
{
    if (m_fd >= 0) {
        return Outcome::Taken;
    }
    // 0600 from the start: it names this process, and the journal is the owner's alone.
    const int fd = ::open(QFile::encodeName(m_lockPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Outcome::Unavailable;
    }
    ::fchmod(fd, 0600); // a lock file made by an older Ebb was 0644
    QDeadlineTimer deadline(waitMs);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if ((errno != EWOULDBLOCK && errno != EINTR) || deadline.hasExpired()) {
            const bool held = errno == EWOULDBLOCK;
            ::close(fd);
            return held ? Outcome::HeldElsewhere : Outcome::Unavailable;
        }
        QThread::msleep(kPollMs);
    }
    m_fd = fd;
    // The holder's process id, and what it is: a process that later reuses a dead holder's id
    // must not be taken for the app (the torture runs wrap the process ids around).
    const QString program = QCoreApplication::instance() != nullptr
                                ? QFileInfo(QCoreApplication::applicationFilePath()).fileName()
                                : QString();
    const QByteArray holder =
        QByteArray::number(QCoreApplication::applicationPid()) + '\n' + QFile::encodeName(program) + '\n';
    if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, holder.constData(), size_t(holder.size()), 0) < 0) {
        // Who holds it is only for messages; the flock is the lock.
    }
    return Outcome::Taken;
}

qint64 JournalLock::holderPid() const
{
    QFile file(m_lockPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    bool ok = false;
    const qint64 pid = file.readLine().trimmed().toLongLong(&ok);
    return ok ? pid : 0;
}

QByteArray JournalLock::holderProgram() const
{
    QFile file(m_lockPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    file.readLine(); // the process id
    return file.readLine().trimmed();
}

bool JournalLock::heldByApp() const
{
    const qint64 pid = holderPid();
    if (pid <= 0) {
        return false;
    }
    // The holder wrote what it is: an ebb-cli command (or its test build) ends by itself, whatever
    // process now has its id.
    if (const QByteArray program = holderProgram(); !program.isEmpty()) {
        return !program.startsWith("ebb-cli") && QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
    }
    // A lock file of an Ebb from before it wrote its name: judged by the process's own name.
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    // A process that is gone held it before: the holder has not written its id yet.
    return comm.open(QIODevice::ReadOnly) && !comm.readAll().startsWith("ebb-cli"); // or its test build
}

Result<void> JournalLock::lockForWriting(int waitMs)
{
    Outcome outcome = tryLock(0);
    // Another command ends by itself: wait for it, a little at a time, unless the app holds it.
    for (QDeadlineTimer deadline(waitMs);
         outcome == Outcome::HeldElsewhere && !heldByApp() && !deadline.hasExpired();) {
        outcome = tryLock(kPollMs * 4);
    }
    if (outcome != Outcome::HeldElsewhere) {
        return {};
    }
    const qint64 pid = holderPid();
    const QString journal = QDir::toNativeSeparators(m_journalPath);
    const QString detail = QStringLiteral("locked by process %1").arg(pid);
    if (!heldByApp()) {
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
