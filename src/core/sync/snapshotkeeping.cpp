// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/snapshotkeeping.h"

#include "sync/snapshot.h"

#include <QDir>

#include <algorithm>
#include <map>
#include <set>

namespace ebb {
namespace {

const QString kNextSnapshot = QStringLiteral("next_snapshot");
const QString kSnapshotTotal = QStringLiteral("snapshot_total"); ///< change sets our newest snapshot covers
const QString kSnapshotOwn = QStringLiteral("snapshot_own");     ///< of them, our own (the number)
const QString kCoversOf = QStringLiteral("covers:");             ///< + device: "<snapshot name> @stamp d=n d=n…"

const QString kSnapshotRecords = QStringLiteral("snapshot_records"); ///< fields our newest snapshot holds

/**
 * A device writes its merge state again once it has taken this many more change sets, or one per
 * 250 fields the journal has, if that is more: a snapshot costs what the journal weighs, so in a
 * journal of ten years it comes less often, and a day's edit costs about the same, on average, as
 * in a journal of one (the folder keeps more small change sets meanwhile).
 */
constexpr quint64 kSnapshotEvery = 20;
constexpr quint64 kFieldsPerChangeSet = 250;

/** For each device, the number up to which every one of its change sets is among `taken` (file names). */
QMap<QString, quint64> coveredBy(const QSet<QString> &taken)
{
    std::map<QString, std::set<quint64>> numbers;
    for (const QString &name : taken) {
        if (SyncFolder::isChangeSetName(name)) {
            numbers[name.section(QLatin1Char('.'), 0, 0)].insert(name.section(QLatin1Char('.'), 1, 1).toULongLong());
        }
    }
    QMap<QString, quint64> covers;
    for (const auto &[device, held] : numbers) {
        quint64 upTo = 0;
        while (held.count(upTo + 1) != 0) {
            ++upTo;
        }
        if (upTo > 0) {
            covers.insert(device, upTo);
        }
    }
    return covers;
}

quint64 totalOf(const QMap<QString, quint64> &covers)
{
    quint64 total = 0;
    for (quint64 n : covers) {
        total += n;
    }
    return total;
}

QString coversText(const QString &name, const StateSnapshot &snapshot)
{
    const Stamp &latest = snapshot.latest;
    QStringList parts{name, QStringLiteral("@%1:%2:%3").arg(latest.ms).arg(latest.counter).arg(latest.device)};
    const QMap<QString, quint64> &covers = snapshot.covers;
    for (auto it = covers.begin(); it != covers.end(); ++it) {
        parts.append(QStringLiteral("%1=%2").arg(it.key()).arg(it.value()));
    }
    return parts.join(QLatin1Char(' '));
}

/** A snapshot's covers and latest stamp, read once and then kept in sync_local by its file name. */
QString snapshotSummary(const SyncFolder &folder, const QString &snapshot, LocalValues &local)
{
    const QString device = snapshot.section(QLatin1Char('.'), 0, 0);
    QString cached = local.value(kCoversOf + device);
    if (cached.section(QLatin1Char(' '), 0, 0) != snapshot) {
        auto read = folder.readSnapshot(snapshot);
        if (!read) {
            return {};
        }
        cached = coversText(snapshot, *read);
        local.insert(kCoversOf + device, cached);
    }
    return cached;
}

/**
 * Each device's newest snapshot in the folder that opens with the key: a later name that does not
 * (planted, or still arriving) neither hides the real one nor holds pruning back.
 */
QMap<QString, QString> newestSnapshots(const SyncFolder &folder, LocalValues &local)
{
    QMap<QString, QStringList> byDevice;
    for (const QString &name : folder.snapshotNames()) { // sorted by device, then number
        byDevice[name.section(QLatin1Char('.'), 0, 0)].append(name);
    }
    QMap<QString, QString> newest;
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        for (auto name = it.value().crbegin(); name != it.value().crend(); ++name) {
            if (!snapshotSummary(folder, *name, local).isEmpty()) {
                newest.insert(it.key(), *name);
                break;
            }
        }
    }
    return newest;
}

QMap<QString, quint64> coversOf(const SyncFolder &folder, const QString &snapshot, LocalValues &local)
{
    QMap<QString, quint64> covers;
    for (const QString &part :
         snapshotSummary(folder, snapshot, local).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(1)) {
        if (!part.startsWith(QLatin1Char('@'))) {
            covers.insert(part.section(QLatin1Char('='), 0, 0), part.section(QLatin1Char('='), 1).toULongLong());
        }
    }
    return covers;
}

} // namespace

QSet<QString> devicesWithSnapshotsRead(const LocalValues &local)
{
    QSet<QString> devices;
    for (auto it = local.lowerBound(kCoversOf); it != local.end() && it.key().startsWith(kCoversOf); ++it) {
        devices.insert(it.key().mid(kCoversOf.size()));
    }
    return devices;
}

void forgetOwnSnapshots(LocalValues &local)
{
    for (const QString &own : {kNextSnapshot, kSnapshotTotal, kSnapshotOwn, kSnapshotRecords}) {
        local.remove(own);
    }
}

/** The latest stamp each device's newest snapshot holds: a clock goes past them before stamping. */
void observeSnapshots(const SyncFolder &folder, HybridClock &clock, LocalValues &local, qint64 nowMs)
{
    for (const QString &snapshot : newestSnapshots(folder, local)) {
        const QString summary = snapshotSummary(folder, snapshot, local);
        const QStringList latest = summary.section(QLatin1Char(' '), 1, 1).mid(1).split(QLatin1Char(':'));
        const Stamp stamp = latest.size() == 3 ? Stamp{latest[0].toLongLong(), latest[1].toUInt(), latest[2]} : Stamp{};
        if (isDeviceId(stamp.device) && isAcceptableStamp(stamp, nowMs)) {
            clock.observe(stamp);
        }
    }
}

namespace {

/** Whether `snapshot` covers a change set never taken here and gone from the folder. */
bool coversMissing(const SyncFolder &folder, const QString &snapshot, const QSet<QString> &taken,
                   const QSet<QString> &inFolder, LocalValues &local)
{
    const QMap<QString, quint64> covers = coversOf(folder, snapshot, local);
    for (auto it = covers.begin(); it != covers.end(); ++it) {
        for (quint64 n = 1; n <= it.value(); ++n) {
            const QString covered = SyncFolder::fileNameOf(it.key(), n);
            if (!taken.contains(covered) && !inFolder.contains(covered)) {
                return true;
            }
        }
    }
    return false;
}

/** The files in the folder, less those that could not be read (under an earlier key, cut short…). */
QSet<QString> namesInFolder(const SyncFolder &folder, const QStringList &unreadable)
{
    const QStringList present = QDir(folder.path()).entryList(QDir::Files | QDir::NoSymLinks);
    QSet<QString> names(present.begin(), present.end());
    for (const QString &name : unreadable) {
        names.remove(name);
    }
    return names;
}

} // namespace

bool snapshotsHoldMissing(const SyncFolder &folder, const QSet<QString> &taken, const QStringList &unreadable,
                          LocalValues &local)
{
    const QSet<QString> inFolder = namesInFolder(folder, unreadable);
    const QMap<QString, QString> newest = newestSnapshots(folder, local);
    return std::any_of(newest.begin(), newest.end(), [&](const QString &snapshot) {
        return coversMissing(folder, snapshot, taken, inFolder, local);
    });
}

void mergeSnapshotsForMissing(const SyncFolder &folder, const QString &device, ReplicaState &state,
                              QSet<QString> &taken, const QStringList &unreadable, QStringList &newlyTaken,
                              LocalValues &local, SyncReport &report, qint64 nowMs)
{
    const QSet<QString> inFolder = namesInFolder(folder, unreadable);
    const QMap<QString, QString> newest = newestSnapshots(folder, local);
    for (const QString &snapshot : newest) {
        if (!coversMissing(folder, snapshot, taken, inFolder, local)) {
            continue;
        }
        auto read = folder.readSnapshot(snapshot);
        if (!read || !isAcceptableStamp(read->latest, nowMs)) {
            report.unreadable.append(snapshot);
            continue;
        }
        const bool own = read->device == device;
        for (const auto &[key, record] : read->records) {
            report.received += state.merge(key, record) && !own ? 1 : 0;
        }
        for (auto it = read->covers.begin(); it != read->covers.end(); ++it) {
            for (quint64 n = 1; n <= it.value(); ++n) {
                const QString covered = SyncFolder::fileNameOf(it.key(), n);
                if (!taken.contains(covered)) {
                    taken.insert(covered);
                    newlyTaken.append(covered);
                }
            }
        }
    }
}

/** The next number for this device's change set: never one any computer may have taken already. */
quint64 nextSequence(const SyncFolder &folder, const QString &device, quint64 stored, LocalValues &local)
{
    quint64 next = std::max(stored, folder.highestSequence(device) + 1);
    // Pruned files leave no name behind; the snapshots still say how far this device's numbers went.
    for (const QString &snapshot : newestSnapshots(folder, local)) {
        next = std::max(next, coversOf(folder, snapshot, local).value(device) + 1);
    }
    return next;
}

/**
 * Writes this device's snapshot when it has none or has taken kSnapshotEvery more change sets
 * since; then deletes its own change sets that every computer in the folder has taken (their
 * newest snapshots say so) and that its own snapshot holds, for a computer joining later.
 */
namespace {

QStringList ownSnapshots(const SyncFolder &folder, const QString &device)
{
    QStringList mine;
    for (const QString &name : folder.snapshotNames()) {
        if (name.startsWith(device + QLatin1Char('.'))) {
            mine.append(name);
        }
    }
    return mine;
}

} // namespace

Result<QString> writeSnapshotNow(const SyncFolder &folder, const ReplicaState &state, const QSet<QString> &taken,
                                 const QString &device, LocalValues &local)
{
    const QStringList mine = ownSnapshots(folder, device);
    const QMap<QString, quint64> covers = coveredBy(taken);
    const Stamp latest = state.latest().isNull() ? Stamp{1, 0, device} : state.latest();
    StateSnapshot snapshot{device, std::max<quint64>(local.value(kNextSnapshot).toULongLong(), 1), covers, latest, {}};
    if (!mine.isEmpty()) {
        snapshot.sequence = std::max(snapshot.sequence, mine.last().section(QLatin1Char('.'), 1, 1).toULongLong() + 1);
    }
    for (const ReplicaState::FieldKey &key : state.fieldKeys()) {
        snapshot.records.append({key, state.record(key)});
    }
    auto written = folder.writeSnapshot(snapshot);
    if (!written) {
        return written.error();
    }
    for (const QString &older : mine) {
        folder.removeOwn(device, older); // the new one holds all they held; one left over does no harm
    }
    local.insert(kNextSnapshot, QString::number(snapshot.sequence + 1));
    local.insert(kSnapshotTotal, QString::number(totalOf(covers)));
    local.insert(kSnapshotOwn, QString::number(covers.value(device)));
    local.insert(kSnapshotRecords, QString::number(snapshot.records.size()));
    return *written;
}

Result<void> snapshotAndPrune(const SyncFolder &folder, const WholeState &wholeState, const QSet<QString> &taken,
                              const QString &device, const QStringList &devices, LocalValues &local)
{
    const quint64 every = std::max(kSnapshotEvery, local.value(kSnapshotRecords).toULongLong() / kFieldsPerChangeSet);
    if (ownSnapshots(folder, device).isEmpty() ||
        totalOf(coveredBy(taken)) >= local.value(kSnapshotTotal).toULongLong() + every) {
        auto whole = wholeState();
        if (!whole) {
            return whole.error();
        }
        if (auto written = writeSnapshotNow(folder, *whole, taken, device, local); !written) {
            return written.error();
        }
    }

    quint64 prunable = local.value(kSnapshotOwn).toULongLong();
    const QMap<QString, QString> newest = newestSnapshots(folder, local);
    for (const QString &other : devices) {
        if (other != device) {
            // A computer without a snapshot yet holds every file back.
            prunable =
                std::min(prunable, newest.contains(other) ? coversOf(folder, newest.value(other), local).value(device)
                                                          : quint64(0));
        }
    }
    for (const QString &name : folder.changeSetNamesOf(device)) {
        if (name.section(QLatin1Char('.'), 1, 1).toULongLong() > prunable) {
            break; // sorted by number
        }
        folder.removeOwn(device, name);
    }
    return {};
}

} // namespace ebb
