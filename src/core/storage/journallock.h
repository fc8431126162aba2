// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/journalerror.h"

#include <QString>

namespace ebb {

/**
 * The one writer of a journal: a lock file beside it ("<journal>.lock", 0600), held with flock(2).
 * The app holds it while it is open; every ebb-cli command that writes holds it while it works.
 * The kernel lets go of it when its process ends, however it ends, so a crash never leaves a
 * lock that blocks, and there is no judging of stale locks by process names or ages at all.
 * The file names the holder's process; it is never deleted, as deleting it would let a second
 * writer lock a new file while the first still holds the old one.
 * Without it two writers of an encrypted journal would each write back their own copy, and the
 * last one would win.
 */
class JournalLock
{
public:
    explicit JournalLock(const QString &journalPath);
    ~JournalLock();
    JournalLock(const JournalLock &) = delete;
    JournalLock &operator=(const JournalLock &) = delete;

    static QString lockPathFor(const QString &journalPath);

    enum class Outcome {
        Taken,         ///< This process holds it now.
        HeldElsewhere, ///< Another process holds it.
        Unavailable,   ///< No lock can be made here (e.g. a read-only folder): not another Ebb.
    };
    /** Tries to take the lock, waiting up to `waitMs` for it (0: one try). */
    Outcome tryLock(int waitMs = 0);
    /**
     * For a command that writes: takes the lock, waiting up to `waitMs` while another ebb-cli
     * command holds it (it will finish); the app holding it is a refusal at once, in words
     * (code kJournalLocked). A folder where no lock can be made is not an error here: writing
     * there will say what is wrong.
     */
    Result<void> lockForWriting(int waitMs);
    bool isLocked() const { return m_fd >= 0; }
    void unlock();
    /** The holder's process id, when another process holds the lock (0 when unknown). */
    qint64 holderPid() const;
    /** The holder's program file name ("ebb", "ebb-cli"), as it wrote it; empty when unknown. */
    QByteArray holderProgram() const;
    /**
     * True when the holder is known to be the app (a running process that is not an ebb-cli
     * command, by the name it wrote beside its process id). An ebb-cli command ends by itself,
     * and a holder not known yet (it has just taken the lock and not yet written its process id)
     * is waited for like one.
     */
    bool heldByApp() const;

private:
    QString m_journalPath;
    QString m_lockPath;
    int m_fd = -1;
};

} // namespace ebb
