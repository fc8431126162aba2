// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/syncrunner.h"

#include "storage/journal.h"
#include "storage/journalsync.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ebb {

SyncRunner::SyncRunner(Journal &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_watcher(new QFileSystemWatcher(this))
    , m_pause(new QTimer(this))
{
    m_pause->setSingleShot(true);
    m_pause->setInterval(1500);
    connect(m_pause, &QTimer::timeout, this, &SyncRunner::syncInBackground);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SyncRunner::folderChanged);
    const auto changed = [this] {
        changedHere();
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

SyncRunner::~SyncRunner()
{
    if (m_worker != nullptr) {
        m_worker->wait(); // it writes into this object
    }
}

void SyncRunner::changedHere()
{
    if (m_running || !isSyncing()) {
        return; // the exchange's own writes are not changes made here
    }
    if (m_worker != nullptr) {
        m_again = true;
        return;
    }
    syncSoon();
}

void SyncRunner::reload()
{
    m_needsPassphrase = false;
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
    collectWorker();
    if (m_pause->isActive() || m_again) {
        m_again = false;
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
    if (m_worker != nullptr) {
        m_folderChangedWhileBusy = true; // looked at once it is done: it may have read the folder before
    } else if (!m_running && isSyncing() && !syncFileNames().subtract(m_seen).isEmpty()) {
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
    collectWorker();
    if (!isSyncing()) {
        return false;
    }
    m_running = true;
    const QSet<QString> before = syncFileNames();
    const auto report = m_journal.sync();
    m_running = false;
    return finish(report, before);
}

void SyncRunner::syncInBackground()
{
    m_pause->stop();
    if (!isSyncing()) {
        return;
    }
    if (m_worker != nullptr) {
        m_again = true;
        return;
    }
    const auto job = m_journal.syncJob();
    if (!job) {
        syncNow();
        return;
    }
    m_workerBefore = syncFileNames();
    m_result.reset();
    m_worker = QThread::create([this, job = *job] { m_result = Journal::runSyncJob(job); });
    connect(m_worker, &QThread::finished, this, &SyncRunner::collectWorker);
    m_worker->start();
}

void SyncRunner::collectWorker()
{
    if (m_worker == nullptr) {
        return;
    }
    QThread *worker = std::exchange(m_worker, nullptr);
    worker->wait();
    worker->deleteLater();
    const Result<SyncReport> report = m_result ? *m_result : Result<SyncReport>(errorWith(QString()));
    m_result.reset();
    if (report) {
        m_running = true; // what it changed is announced now; it is not a change made here
        m_journal.syncJobDone(*report);
        m_running = false;
    }
    finish(report, m_workerBefore);
    // Another computer's file that came while it ran may not have been read: another exchange.
    // This computer's own files, which the exchange wrote, do not count.
    bool othersArrived = false;
    if (std::exchange(m_folderChangedWhileBusy, false) && m_status) {
        const QString own = m_status->device + QLatin1Char('.');
        const QSet<QString> arrived = syncFileNames().subtract(m_workerBefore);
        othersArrived =
            std::any_of(arrived.begin(), arrived.end(), [&own](const QString &name) { return !name.startsWith(own); });
    }
    if (std::exchange(m_again, false) || othersArrived) {
        syncSoon();
    }
}

bool SyncRunner::finish(const Result<SyncReport> &report, const QSet<QString> &before)
{
    m_needsPassphrase = !report && report.error().code == kSyncPassphraseChanged;
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
