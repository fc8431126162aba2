// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/syncrunner.h"

#include "storage/journal.h"
#include "sync/syncfolder.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

namespace ebb {

SyncRunner::SyncRunner(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_watcher(new QFileSystemWatcher(this))
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(1500);
    connect(m_pause, &QTimer::timeout, this, &SyncRunner::syncNow);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncRunner::folderChanged);
    const auto changed = [this] {
        if (!m_running && isSyncing()) {
            syncSoon();
        }
    };
    connect(&journal, &Journal::checkInSaved, this, changed);
    connect(&journal, &Journal::checkInRemoved, this, changed);
    connect(&journal, &Journal::boundariesChanged, this, changed);
    connect(&journal, &Journal::tagsChanged, this, changed);
    connect(&journal, &Journal::notesChanged, this, changed);
    connect(&journal, &Journal::flagDismissed, this, changed);
    connect(&journal, &Journal::reviewSaved, this, changed);
    connect(&journal, &Journal::selfChecksChanged, this, changed);
    connect(&journal, &Journal::settingsChanged, this, changed);
    connect(&journal, &Journal::imported, this, changed);
    reload();
}

void SyncRunner::reload()
{
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    auto status = m_journal.syncStatus();
    m_status = status ? *status : std::nullopt;
    if (m_status) {
        m_watcher->addPath(m_status->folder);
        m_seen = syncFileNames();
    } else {
        m_pause->stop();
    }
}

void SyncRunner::setPause(int milliseconds)
{
    m_pause->setInterval(milliseconds);
}

void SyncRunner::syncSoon()
{
    m_pause->start();
}

void SyncRunner::finishPending()
{
    if (m_pause->isActive()) {
        syncNow();
    }
}

QSet<QString> SyncRunner::syncFileNames() const
{
    QSet<QString> names;
    if (m_status) {
        for (const QString &name : QDir(m_status->folder).entryList(QDir::Files, QDir::Name)) {
            if (SyncFolder::isChangeSetName(name) || SyncFolder::isSnapshotName(name)) {
                names.insert(name);
            }
        }
    }
    return names;
}

void SyncRunner::folderChanged()
{
    // The engine's temporary files and this computer's own writes come and go: only a change set
    // or snapshot not seen before is worth an exchange.
    if (!m_running && isSyncing() && !syncFileNames().subtract(m_seen).isEmpty()) {
        syncSoon();
    }
    // A folder deleted and made again is a new directory: watch it again.
    if (m_status && !m_watcher->directories().contains(m_status->folder) && QDir(m_status->folder).exists()) {
        m_watcher->addPath(m_status->folder);
    }
}

bool SyncRunner::syncNow()
{
    m_pause->stop();
    if (!isSyncing()) {
        return false;
    }
    m_running = true;
    const QSet<QString> before = syncFileNames();
    auto report = m_journal.sync();
    m_running = false;
    if (!report) {
        emit failed(report.errorString()); // what arrived is tried again at the next change or save
        return false;
    }
    m_seen = before + syncFileNames();
    if (auto status = m_journal.syncStatus(); status && *status) {
        m_status = *status;
    }
    emit synced(*report);
    return true;
}

} // namespace ebb
