// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"

#include <QDateTime>

#include <optional>

namespace ebb {

class Database;

/**
 * Makes the journal sync through `folder` (created or joined): keeps the folder and its key in the
 * journal. A folder with the key this journal synced with before (sync was stopped, the folder
 * moved) goes on where it stopped; another starts afresh as a new device, whose first exchange
 * sends the whole journal.
 */
Result<void> startSyncing(Database &db, const SyncFolder &folder, const QString &identity);
/**
 * Changes the folder's key to one from a new sync `passphrase` (call it after an exchange, so this
 * computer holds everything the folder did): the folder's marker is sealed with the new key, naming
 * the old one, and the journal keeps the new key; its next exchange writes its state anew under
 * it. The other computers are asked to join again with the new passphrase, and go on where they were.
 */
Result<void> changeSyncKey(Database &db, const SyncFolder &folder, const QString &passphrase, const KdfParams &kdf);
/**
 * Stops syncing: forgets the folder and its key. The folder and the journal are left as they are,
 * and what was synced is kept for joining the same folder again.
 */
Result<void> stopSyncing(Database &db);
/** The journal's sync, or nullopt when it does not sync. */
Result<std::optional<SyncStatus>> syncStatus(const Database &db);
/** The sync folder the journal was set up with, opened with the key it kept. */
Result<SyncFolder> openSyncFolder(const Database &db);

/**
 * One exchange, all in one transaction: what changed here since the last one goes to the folder as
 * a new change set; the change sets of other computers not taken yet are merged; and the rows the
 * merge changed are written here. Every computer that has taken the same change sets holds the
 * same journal. A note edited on two computers before either saw the other's keeps both texts, the
 * later first and the other after a marked line. `identity` names this computer and journal file
 * (see Journal::sync): a journal that finds itself elsewhere takes a new device id.
 */
Result<SyncReport> exchange(Database &db, const SyncFolder &folder, const QDateTime &now, const QString &identity);

/** An exchange to run on another thread (Journal::syncJob): the journal file, the time, the identity. */
struct SyncJob
{
    QString path;
    QDateTime now;
    QString identity;
};

} // namespace ebb
