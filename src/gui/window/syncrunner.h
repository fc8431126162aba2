// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journalsync.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace ebb {

class Journal;

/**
 * Keeps a syncing journal in step with the sync folder while Ebb runs: an exchange a moment after
 * each change here (saves come in bursts: one exchange for the burst) and when another computer's
 * change set arrives in the folder (a file watcher; the engine's temporary files do not count).
 * Exchanges run on the GUI thread: a day's edit takes milliseconds (see the README's figures).
 */
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    explicit SyncRunner(Journal &journal, QObject *parent = nullptr);

    /** Reads whether the journal syncs (again after setting up or stopping) and watches its folder. */
    void reload();
    /** Whether the journal syncs. */
    bool isSyncing() const { return m_status.has_value(); }
    /** The journal's sync as of the last exchange; nullopt when it does not sync. */
    const std::optional<SyncStatus> &status() const { return m_status; }
    /** One exchange now; false when it failed (failed() said why). */
    bool syncNow();
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
    QSet<QString> syncFileNames() const;

    Journal &m_journal;
    std::optional<SyncStatus> m_status;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_pause = nullptr;
    QSet<QString> m_seen;   ///< change-set files in the folder after the last exchange
    bool m_running = false; ///< an exchange is writing: the changes it makes are not new ones
};

} // namespace ebb
