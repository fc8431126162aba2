// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/journalerror.h"

#include <QLockFile>
#include <QString>

namespace ebb {

/**
 * The one writer of a journal: a lock file beside it ("<journal>.lock", 0600: it names the
 * process, the computer and its boot). The app holds it while it is open; every ebb-cli command
 * that writes holds it while it works. A lock whose process is gone is stale and does not block.
 * Without it two writers of an encrypted journal would each write back their own copy, and the
 * last one would win.
 */
class JournalLock
{
public:
    explicit JournalLock(const QString &journalPath);

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
    bool isLocked() const { return m_lock.isLocked(); }
    void unlock() { m_lock.unlock(); }
    /** The holder's process id, when another process holds the lock (0 when unknown). */
    qint64 holderPid() const;
    /** True when the holder is an ebb-cli command (a process that ends by itself). */
    bool heldByCommand() const;

private:
    QString m_journalPath;
    QLockFile m_lock;
};

} // namespace ebb
