// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journalsync.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace ebb {

class Journal;

/**
 * Keeps a syncing journal in step with the sync folder while Ebb runs: an exchange a moment after
 * each change here (saves come in bursts: one exchange for the burst) and when another computer's
 * change set arrives in the folder (a file watcher; the engine's temporary files do not count).
 * Those exchanges run on a thread of their own, with a connection of their own to the journal
 * file, so the window never waits for the folder (an encrypted journal, which lives in this
 * connection's memory, exchanges here). syncNow(), which the person asks for, runs here.
 */
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(Journal &journal, QObject *parent = nullptr);
    ~SyncRunner() override;

    /** Reads whether the journal syncs (again after setting up or stopping) and watches its folder. */
    void reload();
    /** Whether the journal syncs. */
    bool isSyncing() const { return m_status.has_value(); }
    /** The journal's sync as of the last exchange; nullopt when it does not sync. */
    const std::optional<SyncStatus> &status() const { return m_status; }
    /** One exchange now, on this thread (after one running in the background); false when it failed. */
    bool syncNow();
    /** One exchange on a thread of its own (or here, for an encrypted journal); synced() or failed() says how it went.
     */
    void syncInBackground();
    /** Whether the last exchange found the passphrase changed on another computer (join again with the new one). */
    bool needsNewPassphrase() const { return m_needsPassphrase; }
    /** Whether an exchange is running in the background. */
    bool isBusy() const { return m_worker != nullptr; }
    /**
     * Waits for the background exchange, if one runs, and says how it went: before the journal's
     * sync is changed here (stopped, set up, re-keyed, a computer forgotten).
     */
    void waitForBackground() { collectWorker(); }
    /** An exchange after a short pause, so a burst of changes makes one. */
    void syncSoon();
    /** Runs the exchange syncSoon() asked for now, if one is waiting (before Ebb closes). */
    void finishPending();
    /** How long syncSoon() waits (tests shorten it). */
    void setPause(int milliseconds);

signals:
    /** An exchange finished; `report` says what moved and what could not be merged. */
    void synced(const ebb::SyncReport &report);
    /** An exchange could not run; `message` says why in plain words. Nothing was changed. */
    void failed(const QString &message);

private:
    void folderChanged();
    void changedHere();
    QSet<QString> syncFileNames() const;
    /** Waits for the background exchange, if one runs, and says how it went. */
    void collectWorker();
    /** What every exchange ends with: the journal told, the folder's files seen, the signal. */
    bool finish(const Result<SyncReport> &report, const QSet<QString> &before);

    Journal &m_journal;
    std::optional<SyncStatus> m_status;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pause = nullptr;
    QSet<QString> m_seen;                       ///< change-set files in the folder after the last exchange
    bool m_running = false;                     ///< an exchange is writing here: the changes it makes are not new ones
    QThread *m_worker = nullptr;                ///< the background exchange, while it runs
    std::optional<Result<SyncReport>> m_result; ///< what it returned (written by it, read after it ends)
    QSet<QString> m_workerBefore;               ///< the folder's files when it began
    bool m_needsPassphrase = false;
    bool m_again = false;
    bool m_folderChangedWhileBusy = false; ///< the folder changed while the background exchange ran ///< a change came
                                           ///< while it ran: another exchange after it
};

} // namespace ebb
