// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sync/hlc.h"
#include "sync/replicastate.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace ebb {

/**
 * A device's snapshots in the sync folder, and the pruning they allow: what an exchange does
 * besides merging. `local` is this device's own small store (the journal's sync_local), where
 * what other devices' snapshots cover is kept by file name, so each is read once.
 */
using LocalValues = QMap<QString, QString>;

/** The clock goes past the latest stamp of each device's newest snapshot (before stamping). */
void observeSnapshots(const SyncFolder &folder, HybridClock &clock, LocalValues &local, qint64 nowMs);

/**
 * Whether some device's newest snapshot covers change sets never taken here and gone from the
 * folder, or there but not readable (`unreadable`: sealed with an earlier key, cut short…).
 */
bool snapshotsHoldMissing(const SyncFolder &folder, const QSet<QString> &taken, const QStringList &unreadable,
                          LocalValues &local);

/**
 * Change sets never taken and gone from the folder (pruned once the others had them) are in some
 * computer's snapshot: that snapshot is merged, and what it covers counts as taken — a computer
 * joining late, one that was away, a journal put back from a backup.
 */
void mergeSnapshotsForMissing(const SyncFolder &folder, const QString &device, ReplicaState &state,
                              QSet<QString> &taken, const QStringList &unreadable, QStringList &newlyTaken,
                              LocalValues &local, SyncReport &report, qint64 nowMs);

/**
 * The number for this device's next change set: after `stored`, after its files in the folder,
 * and after what any snapshot says it took of this device (pruned files leave no name).
 */
quint64 nextSequence(const SyncFolder &folder, const QString &device, quint64 stored, LocalValues &local);

/** The whole merged state, read only when a snapshot is due (an exchange reads just what changed). */
using WholeState = std::function<Result<ReplicaState>()>;

/**
 * After a committed exchange: writes this device's snapshot when it has none or has taken 20 more
 * change sets since (more in a large journal: one per 250 fields), then deletes its own change sets that every other
 * computer in `devices` has taken (their newest snapshots say so) and that its own snapshot holds.
 */
Result<void> snapshotAndPrune(const SyncFolder &folder, const WholeState &wholeState, const QSet<QString> &taken,
                              const QString &device, const QStringList &devices, LocalValues &local);

/**
 * Writes this device's snapshot of `state` now (what it has taken: `taken`), and removes its older
 * snapshots; the new snapshot's file name.
 */
Result<QString> writeSnapshotNow(const SyncFolder &folder, const ReplicaState &state, const QSet<QString> &taken,
                                 const QString &device, LocalValues &local);

/** The devices whose snapshots were read (and opened with the key) by earlier exchanges. */
QSet<QString> devicesWithSnapshotsRead(const LocalValues &local);

/** Forgets this device's own snapshot bookkeeping (it has become another device). */
void forgetOwnSnapshots(LocalValues &local);

} // namespace ebb
