// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/journalsync.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/synccomputers.h"
#include "storage/syncedrows.h"
#include "storage/timestamps.h"
#include "sync/changelimits.h"
#include "sync/hlc.h"
#include "sync/replicastate.h"
#include "sync/snapshotkeeping.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

const QString kContext = QStringLiteral("Could not sync the journal");

// This computer's own keys in sync_local.
const QString kFolder = QStringLiteral("folder");
const QString kKey = QStringLiteral("key");
const QString kDevice = QStringLiteral("device");
const QString kClock = QStringLiteral("clock");
const QString kNextSequence = QStringLiteral("next_sequence");
const QString kLastSynced = QStringLiteral("last_synced");
const QString kComputers = QStringLiteral("computers");

Result<QMap<QString, QString>> readLocal(const Database &db)
{
    auto select = db.prepare(QStringLiteral("SELECT key, value FROM sync_local"));
    if (!select) {
        return select.error();
    }
    QMap<QString, QString> local;
    auto read = select->forEachRow([&](const Statement &row) { local.insert(row.columnText(0), row.columnText(1)); });
    if (!read) {
        return read.error();
    }
    return local;
}

Result<void> writeLocal(Database &db, const QMap<QString, QString> &values)
{
    auto upsert = db.prepare(QStringLiteral("INSERT INTO sync_local (key, value) VALUES (?1, ?2) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!upsert) {
        return upsert.error();
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        upsert->reset();
        if (auto r = upsert->bind(1, it.key()).bind(2, it.value()).run(); !r) {
            return r;
        }
    }
    return {};
}

/**
 * Writes the keys of `after` that differ from `before` and deletes those it no longer has, in a
 * transaction of its own, if the journal still syncs with the same device and key as `before`.
 */
Result<void> writeLocalChanges(Database &db, const QMap<QString, QString> &before, const QMap<QString, QString> &after)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    auto now = readLocal(db);
    if (!now) {
        return now.error();
    }
    for (const QString &key : {QStringLiteral("device"), QStringLiteral("key_id")}) {
        if (now->value(key) != before.value(key)) {
            return {}; // no longer the same sync: what this exchange kept of it does not belong
        }
    }
    QMap<QString, QString> changed;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != it.value() || !before.contains(it.key())) {
            changed.insert(it.key(), it.value());
        }
    }
    if (auto r = writeLocal(db, changed); !r) {
        return r;
    }
    auto remove = db.prepare(QStringLiteral("DELETE FROM sync_local WHERE key = ?1"));
    if (!remove) {
        return remove.error();
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            remove->reset();
            if (auto r = remove->bind(1, it.key()).run(); !r) {
                return r;
            }
        }
    }
    return tx->commit();
}

/** A row as one line of sync_local's list of rows this journal could not write. */
QString rowText(const RowName &row)
{
    return row.first + QLatin1Char('/') + row.second;
}

const QString kUnwritten = QStringLiteral("unwritten");
const QString kKeyId = QStringLiteral("key_id");         ///< which folder key this state belongs to (a hash)
const QString kRetired = QStringLiteral("retired_keys"); ///< ids of keys given up for a new passphrase
const QString kRepublish = QStringLiteral("republish");  ///< "1": the key changed; write this computer's files anew
const QString kIdentity = QStringLiteral("identity");    ///< which computer and file the device id is for

QString clockText(const Stamp &stamp)
{
    return QStringLiteral("%1 %2").arg(stamp.ms).arg(stamp.counter);
}

Stamp clockFrom(const QString &text, const QString &device)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    if (parts.size() != 2) {
        return {};
    }
    return Stamp{parts[0].toLongLong(), parts[1].toUInt(), device};
}

/** The merge's state of every row (`only` null) or of the rows in `only`. */
Result<ReplicaState> loadState(const Database &db, const RowNames *only)
{
    ReplicaState state;
    bool damaged = false;
    const auto restore = [&](const Statement &row) {
        damaged |= !state.restore({row.columnText(0), row.columnText(1), row.columnText(2)},
                                  QCborValue::fromCbor(row.columnBlob(3)));
    };
    if (only == nullptr) {
        auto select = db.prepare(QStringLiteral("SELECT tbl, key, field, record FROM sync_fields"));
        if (!select) {
            return select.error();
        }
        if (auto read = select->forEachRow(restore); !read) {
            return read.error();
        }
    } else {
        auto select = db.prepare(QStringLiteral("SELECT tbl, key, field, record FROM sync_fields WHERE tbl = ?1 AND "
                                                "key IN (SELECT value FROM json_each(?2))"));
        if (!select) {
            return select.error();
        }
        QStringList tables; // every table named, also one a newer Ebb syncs: its record must not be lost
        for (const RowName &row : *only) {
            if (tables.isEmpty() || tables.last() != row.first) {
                tables.append(row.first);
            }
        }
        for (const QString &table : tables) {
            QJsonArray keys;
            for (auto it = only->lower_bound(RowName{table, QString()}); it != only->end() && it->first == table;
                 ++it) {
                keys.append(it->second);
            }
            if (keys.isEmpty()) {
                continue;
            }
            select->reset();
            select->bind(1, table).bind(2, QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
            if (auto read = select->forEachRow(restore); !read) {
                return read.error();
            }
        }
    }
    if (damaged) {
        return errorWith(tr("The journal's record of what was synced is damaged; nothing was changed. Set up sync "
                            "again to start it afresh."));
    }
    state.takeTouched();
    return state;
}

Result<void> saveState(Database &db, ReplicaState &state)
{
    auto upsert = db.prepare(QStringLiteral("INSERT INTO sync_fields (tbl, key, field, record) VALUES (?1, ?2, ?3, "
                                            "?4) ON CONFLICT (tbl, key, field) DO UPDATE SET record = "
                                            "excluded.record"));
    if (!upsert) {
        return upsert.error();
    }
    for (const auto &[table, key, field] : state.takeTouched()) {
        upsert->reset();
        const QByteArray bytes = state.record({table, key, field}).toCbor();
        if (auto r = upsert->bind(1, table).bind(2, key).bind(3, field).bindBlob(4, bytes).run(); !r) {
            return r;
        }
    }
    return {};
}

/** Empty and missing are the same to sync: no value, no tags. */
QCborValue normalized(const QCborValue &value)
{
    if (value.isUndefined() || (value.isArray() && value.toArray().isEmpty())) {
        return QCborValue(nullptr);
    }
    return value;
}

bool isMergedText(const QString &table, const QString &field)
{
    return (table == QLatin1String("checkins") && field == QLatin1String("note")) ||
           (table == QLatin1String("notes") && field == QLatin1String("body"));
}

/** The computers' names (device id → name), for saying where a text was also written. */
using ComputerNames = QMap<QString, QString>;

/** "also written on “laptop”, 2026-03-03 14:05 UTC:" — which computer, and when. */
QString alsoWrittenLine(const Stamp &stamp, const ComputerNames &names)
{
    // The same on every computer, whatever its time zone or language's date format: a text that
    // read differently on two computers would be taken for an edit and sent.
    const QString whenText =
        QDateTime::fromMSecsSinceEpoch(stamp.ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    const QString name = names.value(stamp.device);
    return name.isEmpty() ? tr("also written on your other computer, %1:").arg(whenText)
                          : tr("also written on “%1”, %2:").arg(name, whenText);
}

/**
 * The later text, then each other text written before either computer saw the other's, under a
 * marked line that says on which computer and when.
 */
QCborValue shownValue(const QString &table, const QString &field, const ReplicaState::Field &merged,
                      const ComputerNames &names)
{
    if (!isMergedText(table, field) || merged.concurrent.isEmpty()) {
        return merged.value;
    }
    QString text = merged.value.toString();
    for (qsizetype i = 0; i < merged.concurrent.size(); ++i) {
        const QString otherText = merged.concurrent.at(i).toString();
        if (otherText.trimmed().isEmpty() || otherText == merged.value.toString()) {
            continue;
        }
        text += QStringLiteral("\n\n— %1\n%2").arg(alsoWrittenLine(merged.heads.at(i), names), otherText);
    }
    return text;
}

/** A row is gone when its tombstone says so and nothing changed it later. */
bool isAlive(const ReplicaState &state, const QString &table, const QString &key, const QList<QString> &fields)
{
    const auto tombstone = state.field(table, key, tombstoneField());
    if (!tombstone || !tombstone->value.toBool()) {
        return !fields.isEmpty() || tombstone.has_value();
    }
    return std::any_of(fields.begin(), fields.end(), [&](const QString &name) {
        const auto f = state.field(table, key, name);
        return f && tombstone->stamp < f->stamp;
    });
}

/** The names known to the journal, with those the merged state holds (arrived in this exchange). */
ComputerNames namesIn(const ComputerNames &journal, const ReplicaState &state)
{
    ComputerNames names = journal;
    const QString prefix = computerNameKey(QString());
    for (const QString &key : state.keys(QStringLiteral("settings"))) {
        const auto value = state.field(QStringLiteral("settings"), key, QStringLiteral("value"));
        if (key.startsWith(prefix) && value && value->value.isString()) {
            names.insert(key.mid(prefix.size()), value->value.toString());
        }
    }
    return names;
}

/** The journal as the merged state says it should be. */
SyncedRows shownRows(const ReplicaState &state, const ComputerNames &journalNames)
{
    const ComputerNames names = namesIn(journalNames, state);
    SyncedRows rows;
    for (const QString &table : syncedTables()) {
        for (const QString &key : state.keys(table)) {
            const QList<QString> fields = state.fields(table, key);
            if (!isAlive(state, table, key, fields)) {
                continue;
            }
            SyncedRow &row = rows[RowName{table, key}];
            for (const QString &name : fields) {
                row[name] = normalized(shownValue(table, name, *state.field(table, key, name), names));
            }
        }
    }
    return rows;
}

QCborValue valueIn(const SyncedRow &row, const QString &name)
{
    const auto found = row.find(name);
    return found == row.end() ? QCborValue(nullptr) : normalized(found->second);
}

/** What changed here since the last exchange, as changes that replace what this computer had seen. */
/**
 * Stamps for changes made here: the clock's, except for a field no computer has written as far as
 * this one knows (a journal's own rows the first time it syncs, a row made while away), which is
 * stamped when its row was written — so a computer joining with older rows does not win over newer
 * edits made elsewhere meanwhile. Such stamps are numbered in the change set here, and numbered
 * for good by uniqueBackdated() once the change set's number is known.
 */
struct Stamper
{
    HybridClock &clock;
    qint64 wallMs;
    const RowTimes &rowTimes;
    quint32 backdated = 0;

    /// Counters from here up are a row's own time's (the clock's never come near: one a millisecond).
    static constexpr quint32 kBackdatedCounters = 0x10000000;

    Stamp stamp(const RowName &row, bool known)
    {
        const Stamp now = clock.tick(wallMs);
        const auto written = rowTimes.find(row);
        if (known || written == rowTimes.end() || written->second.toMSecsSinceEpoch() >= now.ms ||
            written->second.toMSecsSinceEpoch() <= 0) {
            return now;
        }
        return Stamp{written->second.toMSecsSinceEpoch(), kBackdatedCounters + backdated++, clock.device()};
    }
};

/**
 * Gives the stamps Stamper numbered in change set `sequence` counters no other change set of this
 * device gives (change-set numbers are never used twice, not even by a journal put back from a
 * backup): 2^20 of them a change set (as many as a change set may carry), numbered on from the set's.
 */
void uniqueBackdated(QList<FieldChange> &changes, quint64 sequence)
{
    constexpr quint64 kSpan = 0xE0000000ULL; // up to 0xF0000000, short of the counters refused
    constexpr quint64 kPerSet = quint64(1) << 20;
    for (FieldChange &change : changes) {
        if (change.stamp.counter >= Stamper::kBackdatedCounters) {
            const quint64 index = change.stamp.counter - Stamper::kBackdatedCounters;
            change.stamp.counter = Stamper::kBackdatedCounters + quint32((sequence * kPerSet + index) % kSpan);
        }
    }
}

QList<FieldChange> localChanges(const SyncedRows &journal, const SyncedRows &shown, const ReplicaState &state,
                                const QSet<QString> &unwritten, Stamper &stamper)
{
    QList<FieldChange> changes;
    const auto change = [&](const RowName &row, const QString &field, const QCborValue &value) {
        const auto merged = state.field(row.first, row.second, field);
        changes.append(FieldChange{row.first, row.second, field, value, stamper.stamp(row, merged.has_value()),
                                   merged ? merged->heads : QList<Stamp>()});
    };
    std::set<RowName> names;
    for (const auto &[name, row] : journal) {
        names.insert(name);
    }
    for (const auto &[name, row] : shown) {
        names.insert(name);
    }
    for (const RowName &name : names) {
        const auto here = journal.find(name);
        const auto there = shown.find(name);
        if (here == journal.end()) {
            // Missing here because writing it failed is not a deletion made here.
            if (!unwritten.contains(rowText(name))) {
                change(name, tombstoneField(), true);
            }
            continue;
        }
        static const SyncedRow kNone;
        const SyncedRow &before = there == shown.end() ? kNone : there->second;
        std::set<QString> fields;
        for (const auto &[field, value] : here->second) {
            fields.insert(field);
        }
        for (const auto &[field, value] : before) {
            fields.insert(field);
        }
        const bool cameBack = there == shown.end();
        if (cameBack) {
            change(name, tombstoneField(), false);
            // A row made again after a deletion is what it is now: what it held before is cleared.
            for (const QString &field : state.fields(name.first, name.second)) {
                fields.insert(field);
            }
        }
        for (const QString &field : fields) {
            if (name.first == QLatin1String("checkins") && field == QLatin1String("tags")) {
                continue; // the list an older Ebb sent: never changed here (each tag is its own field)
            }
            const QCborValue now = valueIn(here->second, field);
            const auto known = state.field(name.first, name.second, field);
            const QCborValue had =
                cameBack ? (known ? normalized(known->value) : QCborValue(nullptr)) : valueIn(before, field);
            if (now != had) {
                change(name, field, now);
            }
        }
    }
    return changes;
}

/**
 * The merged rows as this journal can hold them: fields this Ebb does not know (from a newer one)
 * left out, and links to boundaries and tags not in `present` (not arrived yet) left out — so what
 * could not be written here is never taken for something removed here. The rows that lost a link
 * go into `waiting`, if given: they are written again once what they link to arrives.
 */
SyncedRows holdable(const SyncedRows &rows, const RowNames &present, RowNames *waiting = nullptr)
{
    const auto exists = [&present](const QString &table, const QString &key) {
        return present.count(RowName{table, key}) != 0;
    };
    const auto held = [&](const RowName &name, bool linked) {
        if (!linked && waiting != nullptr) {
            waiting->insert(name);
        }
        return linked;
    };
    SyncedRows result;
    for (const auto &[name, row] : rows) {
        SyncedRow &fields = result[name];
        for (const auto &[field, value] : row) {
            if (!isSyncedField(name.first, field)) {
                continue;
            }
            if (name.first == QLatin1String("checkins") && field.startsWith(QLatin1String("boundary:"))) {
                if (held(name, exists(QStringLiteral("boundaries"), field.mid(9)))) {
                    fields[field] = value;
                }
            } else if (name.first == QLatin1String("checkins") && field.startsWith(QLatin1String("tag:"))) {
                if (!value.isTrue() || held(name, exists(QStringLiteral("tags"), field.mid(4)))) {
                    fields[field] = value;
                }
            } else if (name.first == QLatin1String("checkins") && field == QLatin1String("tags")) {
                QCborArray kept;
                for (const auto &uid : value.toArray()) {
                    if (held(name, exists(QStringLiteral("tags"), uid.toString()))) {
                        kept.append(uid.toString());
                    }
                }
                fields[field] = normalized(kept);
            } else {
                fields[field] = value;
            }
        }
    }
    return result;
}

bool sameRow(const SyncedRow &a, const SyncedRow &b)
{
    std::set<QString> fields;
    for (const auto &[field, value] : a) {
        fields.insert(field);
    }
    for (const auto &[field, value] : b) {
        fields.insert(field);
    }
    return std::all_of(fields.begin(), fields.end(),
                       [&](const QString &field) { return valueIn(a, field) == valueIn(b, field); });
}

QString rowDescription(const RowName &row)
{
    if (row.first == QLatin1String("checkins")) {
        return tr("the check-in of %1").arg(row.second);
    }
    if (row.first == QLatin1String("self_checks")) {
        return tr("the monthly questions of %1").arg(row.second);
    }
    if (row.first == QLatin1String("reviews")) {
        return tr("the weekly review of %1").arg(row.second);
    }
    if (row.first == QLatin1String("notes")) {
        return tr("a note");
    }
    return tr("a setting, tag or boundary");
}

/**
 * Writes every row whose merged state differs from the journal, in table order (boundaries and
 * tags before the check-ins naming them). A row that cannot be written is said in the report and
 * kept in `unwritten`, so that the next exchange does not take its absence for a deletion here.
 */
Result<void> writeMerged(Database &db, const SyncedRows &journal, const SyncedRows &shown, const QDateTime &now,
                         QSet<QString> &unwritten, SyncReport &report)
{
    for (const QString &table : syncedTables()) {
        std::set<QString> keys;
        for (auto it = journal.lower_bound(RowName{table, QString()}); it != journal.end() && it->first.first == table;
             ++it) {
            keys.insert(it->first.second);
        }
        for (auto it = shown.lower_bound(RowName{table, QString()}); it != shown.end() && it->first.first == table;
             ++it) {
            keys.insert(it->first.second);
        }
        for (const QString &key : keys) {
            const RowName name{table, key};
            const auto here = journal.find(name);
            const auto there = shown.find(name);
            const bool alive = there != shown.end();
            if (alive == (here != journal.end()) && (!alive || sameRow(here->second, there->second))) {
                unwritten.remove(rowText(name)); // as the merge has it: nothing is missing
                continue;
            }
            auto written = writeSyncedRow(db, name, alive ? &there->second : nullptr, now, report.notes);
            if (!written) {
                unwritten.insert(rowText(name));
                report.notes.append(tr("A change to %1 from your other computer could not be merged here, so this "
                                       "computer's version is kept and will be sent back (%2).")
                                        .arg(rowDescription(name), written.errorString()));
                continue;
            }
            unwritten.remove(rowText(name));
            ++report.rowsChanged;
            if (table == QLatin1String("checkins")) {
                report.days.append(dayFromKey(key));
            }
        }
    }
    return {};
}

const QString kTracked = QStringLiteral("tracked"); ///< "1": sync_dirty names every row written since the last exchange
const QString kWaiting =
    QStringLiteral("waiting"); ///< rows written without a link whose tag or boundary had not arrived

RowNames rowsFromText(const QString &text)
{
    RowNames rows;
    for (const QString &row : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        rows.insert(RowName{row.section(QLatin1Char('/'), 0, 0), row.section(QLatin1Char('/'), 1)});
    }
    return rows;
}

QString textOfRows(const RowNames &rows)
{
    QStringList lines;
    for (const RowName &row : rows) {
        lines.append(rowText(row));
    }
    return lines.join(QLatin1Char('\n'));
}

/** The rows written here since the last exchange, read and forgotten (inside the exchange's transaction). */
Result<RowNames> takeDirtyRows(Database &db)
{
    auto select = db.prepare(QStringLiteral("SELECT tbl, key FROM sync_dirty"));
    if (!select) {
        return select.error();
    }
    RowNames rows;
    auto read = select->forEachRow([&](const Statement &row) {
        rows.insert(RowName{row.columnText(0), row.columnText(1)});
    });
    if (!read) {
        return read.error();
    }
    if (auto r = db.exec(QStringLiteral("DELETE FROM sync_dirty")); !r) {
        return r.error();
    }
    return rows;
}

/** The boundaries and tags in the journal: what a check-in's links may name. */
Result<RowNames> linkTargets(const Database &db)
{
    RowNames targets;
    for (const QString &table : {QStringLiteral("boundaries"), QStringLiteral("tags")}) {
        auto names = readRowNames(db, table);
        if (!names) {
            return names.error();
        }
        targets.insert(names->begin(), names->end());
    }
    return targets;
}

/**
 * The devices whose files opened here before: every one this journal took a change set of, every
 * one whose snapshot it read, and itself. The folder counts them without opening their files again.
 */
QSet<QString> confirmedDevices(const QSet<QString> &taken, const QString &device, const LocalValues &local)
{
    QSet<QString> confirmed = devicesWithSnapshotsRead(local);
    confirmed.insert(device);
    for (const QString &name : taken) {
        confirmed.insert(name.section(QLatin1Char('.'), 0, 0));
    }
    return confirmed;
}

bool isLinkTarget(const RowName &row)
{
    return row.first == QLatin1String("boundaries") || row.first == QLatin1String("tags");
}

/**
 * The boundaries and tags there will be once `merged` is written: those of `merged` alone when it
 * is the whole journal (`scope` null), else those there are, with the ones in `scope` as merged.
 */
RowNames linkTargetsAfter(const RowNames &before, const SyncedRows &merged, const RowNames *scope)
{
    RowNames after = scope == nullptr ? RowNames() : before;
    if (scope != nullptr) {
        for (const RowName &row : *scope) {
            if (isLinkTarget(row) && merged.count(row) == 0) {
                after.erase(row);
            }
        }
    }
    for (const auto &[row, fields] : merged) {
        if (isLinkTarget(row)) {
            after.insert(row);
        }
    }
    return after;
}

} // namespace

Result<void> startSyncing(Database &db, const SyncFolder &folder, const QString &identity)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        return withContext(tx.error(), kContext);
    }
    auto before = readLocal(db);
    if (!before) {
        return withContext(before.error(), kContext);
    }
    const QString keyId = keyIdOf(folder.keyBytes());
    // The same folder key as before (sync stopped, or the folder moved), or the key that followed it
    // (the passphrase changed): this computer goes on as it was, so nothing it sent is sent again
    // as new. Another folder: a new device, afresh.
    if (before->value(kRetired).split(QLatin1Char(' ')).contains(keyId)) {
        // The folder's key file was put back to one this journal gave up (its passphrase changed):
        // joining would write under a key someone else may know.
        return errorWith(tr("The sync folder %1 holds an older key file, from before its passphrase was changed. Ebb "
                            "did not join it. Its key file may have been put back by someone else: check the folder, "
                            "or set up sync in a new folder.")
                             .arg(QDir::toNativeSeparators(folder.path())));
    }
    const bool sameFolder = before->value(kKeyId) == keyId || folder.earlierKeyIds().contains(before->value(kKeyId));
    if (sameFolder && before->value(kKeyId) != keyId && isDeviceId(before->value(kDevice))) {
        // What it left in the folder is sealed with the old key: its next exchange writes them again.
        before->insert(kRepublish, QStringLiteral("1"));
        before->insert(kRetired, (before->value(kRetired) + QLatin1Char(' ') + before->value(kKeyId)).trimmed());
        before->insert(kKeyId, keyId);
    }
    if (!sameFolder || !isDeviceId(before->value(kDevice))) {
        if (auto r =
                db.exec(QStringLiteral("DELETE FROM sync_local; DELETE FROM sync_fields; DELETE FROM sync_taken;"));
            !r) {
            return withContext(r.error(), kContext);
        }
        before->clear();
        before->insert(kDevice, newDeviceId());
        before->insert(kNextSequence, QStringLiteral("1"));
        before->insert(kKeyId, keyId);
    }
    before->insert(kFolder, folder.path());
    before->insert(kKey, QString::fromLatin1(folder.keyBytes().toBase64()));
    if (!before->contains(kIdentity)) {
        before->insert(kIdentity, identity); // kept otherwise: a copy joining again is found out at its exchange
    }
    if (auto named = nameComputer(db, before->value(kDevice), QSysInfo::machineHostName()); !named) {
        return withContext(named.error(), kContext);
    }
    if (auto r = writeLocal(db, *before); !r) {
        return withContext(r.error(), kContext);
    }
    if (auto r = tx->commit(); !r) {
        return withContext(r.error(), kContext);
    }
    return {};
}

Result<void> changeSyncKey(Database &db, const SyncFolder &folder, const QString &passphrase, const KdfParams &kdf)
{
    auto rekeyed = folder.withNewKey(passphrase, kdf);
    if (!rekeyed) {
        return withContext(rekeyed.error(), kContext);
    }
    // The folder first: should the journal then fail to keep the new key, joining again with the new
    // passphrase goes on where it was (the folder names the old key as an earlier one).
    if (auto replaced = rekeyed->replaceMarker(); !replaced) {
        return replaced;
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return withContext(tx.error(), kContext);
    }
    auto before = readLocal(db);
    if (!before) {
        return withContext(before.error(), kContext);
    }
    const QString retired = (before->value(kRetired) + QLatin1Char(' ') + keyIdOf(folder.keyBytes())).trimmed();
    const QMap<QString, QString> values{{kKey, QString::fromLatin1(rekeyed->keyBytes().toBase64())},
                                        {kKeyId, keyIdOf(rekeyed->keyBytes())},
                                        {kRetired, retired},
                                        {kRepublish, QStringLiteral("1")}};
    if (auto r = writeLocal(db, values); !r) {
        return withContext(r.error(), kContext);
    }
    return tx->commit();
}

Result<void> stopSyncing(Database &db)
{
    // The folder and its key are forgotten; what this computer synced is kept, so that joining
    // the same folder again goes on where it stopped. Its snapshot stays in the folder and holds
    // back the pruning of what it had not taken (safe: it may come back). No copy of the key is
    // left: its page is overwritten (secure_delete), and the log that held it is emptied.
    auto r = db.exec(QStringLiteral("PRAGMA secure_delete = ON; DELETE FROM sync_local WHERE key IN ('folder', 'key'); "
                                    "PRAGMA secure_delete = OFF;"));
    if (r && db.path() != QLatin1String(":memory:")) {
        r = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return r ? r : withContext(r.error(), kContext);
}

Result<std::optional<SyncStatus>> syncStatus(const Database &db)
{
    auto local = readLocal(db);
    if (!local) {
        return withContext(local.error(), kContext);
    }
    if (!local->contains(kFolder)) {
        return std::optional<SyncStatus>();
    }
    SyncStatus status;
    status.folder = local->value(kFolder);
    status.device = local->value(kDevice);
    status.lastSynced = local->contains(kLastSynced) ? instantFromKey(local->value(kLastSynced)) : QDateTime();
    status.computers = local->value(kComputers).toInt();
    return std::optional<SyncStatus>(status);
}

Result<SyncFolder> openSyncFolder(const Database &db)
{
    auto local = readLocal(db);
    if (!local) {
        return withContext(local.error(), kContext);
    }
    if (!local->contains(kFolder)) {
        return errorWith(tr("This journal does not sync yet: set it up first, with a folder and a passphrase."));
    }
    if (local->value(kKey).isEmpty()) {
        return errorWith(tr("This journal came back from a backup, and backups do not keep the sync folder's key. Join "
                            "the folder %1 again with its passphrase: nothing is lost, and this computer goes on where "
                            "it was.")
                             .arg(QDir::toNativeSeparators(local->value(kFolder))));
    }
    return SyncFolder::openWithKey(local->value(kFolder), QByteArray::fromBase64(local->value(kKey).toLatin1()));
}

Result<SyncReport> exchange(Database &db, const SyncFolder &folder, const QDateTime &now, const QString &identity)
{
    auto tx = Transaction::begin(db);
    if (!tx) {
        return withContext(tx.error(), kContext);
    }
    auto local = readLocal(db);
    if (!local) {
        return withContext(local.error(), kContext);
    }
    if (!isDeviceId(local->value(kDevice))) {
        return errorWith(tr("This journal does not sync yet: set it up first, with a folder and a passphrase."));
    }
    // A journal file copied to another computer (or moved) must not write as the device it was:
    // two writers of one name would overwrite and prune each other's files. What it synced stays.
    bool becameNewDevice = false;
    if (local->contains(kIdentity) && local->value(kIdentity) != identity) {
        local->insert(kDevice, newDeviceId());
        local->insert(kNextSequence, QStringLiteral("1"));
        forgetOwnSnapshots(*local);
        becameNewDevice = true;
        if (auto named = nameComputer(db, local->value(kDevice), QSysInfo::machineHostName()); !named) {
            return withContext(named.error(), kContext);
        }
    }
    local->insert(kIdentity, identity);
    const QString device = local->value(kDevice);
    // What was written here since the last exchange (the triggers of schema 7 name each row). Taken
    // now: what this exchange writes itself is looked at again by the next one.
    auto dirty = takeDirtyRows(db);
    if (!dirty) {
        return withContext(dirty.error(), kContext);
    }
    QSet<QString> taken;
    auto takenRows = db.prepare(QStringLiteral("SELECT name FROM sync_taken"));
    if (!takenRows) {
        return withContext(takenRows.error(), kContext);
    }
    if (auto r = takenRows->forEachRow([&](const Statement &row) { taken.insert(row.columnText(0)); }); !r) {
        return withContext(r.error(), kContext);
    }
    QStringList newlyTaken;

    SyncReport report;
    if (becameNewDevice) {
        report.notes.append(tr("This journal was copied or moved here, so it now syncs as a computer of its own. "
                               "Nothing was lost."));
    }
    HybridClock clock(device, clockFrom(local->value(kClock), device));

    // The clock first goes past every stamp in the folder not taken yet, this device's own
    // included (an exchange stopped between writing its file and committing): a change made now
    // can never carry the stamp of one already out there.
    SyncFolder::Incoming incoming = folder.readNew(taken);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    holdBackUnacceptable(incoming, nowMs);
    setAsideInvalid(incoming, now.date(), report);
    for (const ChangeSet &set : incoming.sets) {
        for (const FieldChange &change : set.changes) {
            clock.observe(change.stamp);
        }
    }
    observeSnapshots(folder, clock, *local, nowMs); // stamps of change sets pruned since

    // Just the rows that matter now: written here since, arriving, or waiting (not written last
    // time, or waiting for a tag or boundary) — so a day's edit costs the same in a journal of ten
    // years as in one of a year. The whole journal the first time (or after an Ebb without the
    // triggers), and when a snapshot fills a gap (it may touch any row).
    const bool whole = local->value(kTracked) != QLatin1String("1") || becameNewDevice ||
                       snapshotsHoldMissing(folder, taken, incoming.unreadable, *local);
    const RowNames unwrittenBefore = rowsFromText(local->value(kUnwritten));
    RowNames scope = *dirty;
    scope.insert(unwrittenBefore.begin(), unwrittenBefore.end());
    for (const RowName &row : rowsFromText(local->value(kWaiting))) {
        scope.insert(row);
    }
    for (const ChangeSet &set : incoming.sets) {
        for (const FieldChange &change : set.changes) {
            scope.insert(RowName{change.table, change.key});
        }
    }
    auto state = loadState(db, whole ? nullptr : &scope);
    if (!state) {
        return state.error();
    }
    auto journal = whole ? readSyncedRows(db) : readSyncedRows(db, scope);
    if (!journal) {
        return journal.error();
    }
    auto linkable = linkTargets(db);
    if (!linkable) {
        return withContext(linkable.error(), kContext);
    }
    QSet<QString> unwritten;
    for (const RowName &row : unwrittenBefore) {
        // A row here now (written since, or made again) is no longer missing for want of a write.
        if (journal->count(row) == 0) {
            unwritten.insert(rowText(row));
        }
    }

    auto names = computerNames(db);
    if (!names) {
        return withContext(names.error(), kContext);
    }
    auto rowTimes = readRowTimes(db, whole ? nullptr : &scope);
    if (!rowTimes) {
        return withContext(rowTimes.error(), kContext);
    }
    Stamper stamper{clock, nowMs, *rowTimes};
    QList<FieldChange> mine =
        localChanges(*journal, holdable(shownRows(*state, *names), *linkable), *state, unwritten, stamper);
    if (!mine.isEmpty()) {
        // The file's number follows any this device left in the folder (a run whose journal
        // transaction then failed), so a number is never used twice.
        const quint64 sequence = nextSequence(folder, device, local->value(kNextSequence).toULongLong(), *local);
        uniqueBackdated(mine, sequence);
        ChangeSet set{device, sequence, mine};
        for (const FieldChange &change : mine) {
            state->apply(change);
        }
        auto written = folder.write(set);
        if (!written) {
            return written.error();
        }
        newlyTaken.append(*written);
        local->insert(kNextSequence, QString::number(sequence + 1));
        report.sent = int(mine.size());
    }

    taken.unite(QSet<QString>(newlyTaken.begin(), newlyTaken.end()));
    if (whole) {
        mergeSnapshotsForMissing(folder, device, *state, taken, incoming.unreadable, newlyTaken, *local, report, nowMs);
    }
    // This device's own files are taken in like the others': a journal put back from a backup
    // gets back what it had sent since; after a stopped exchange they only repeat what it holds.
    for (const ChangeSet &set : incoming.sets) {
        if (!taken.contains(SyncFolder::fileNameOf(set.device, set.sequence))) {
            const int fresh = state->apply(set);
            report.received += set.device == device ? 0 : fresh;
        }
    }
    newlyTaken += incoming.taken;
    report.unreadable += incoming.unreadable;
    clock.observe(state->latest());
    taken.unite(QSet<QString>(incoming.taken.begin(), incoming.taken.end()));

    const SyncedRows merged = shownRows(*state, *names);
    RowNames waiting;
    const SyncedRows writable =
        holdable(merged, linkTargetsAfter(*linkable, merged, whole ? nullptr : &scope), &waiting);
    if (auto r = writeMerged(db, *journal, writable, now, unwritten, report); !r) {
        return r.error();
    }
    QStringList unwrittenList(unwritten.begin(), unwritten.end());
    unwrittenList.sort();
    local->insert(kUnwritten, unwrittenList.join(QLatin1Char('\n')));
    local->insert(kWaiting, textOfRows(waiting));
    if (auto r = saveState(db, *state); !r) {
        return withContext(r.error(), kContext);
    }
    auto take = db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_taken (name) VALUES (?1)"));
    if (!take) {
        return withContext(take.error(), kContext);
    }
    for (const QString &name : newlyTaken) {
        take->reset();
        if (auto r = take->bind(1, name).run(); !r) {
            return withContext(r.error(), kContext);
        }
    }
    auto forgotten = forgottenComputers(db);
    if (!forgotten) {
        return withContext(forgotten.error(), kContext);
    }
    QStringList devices = folder.devices(confirmedDevices(taken, device, *local));
    devices.removeIf([&](const QString &other) { return forgotten->contains(other); }); // given up for good
    if (!devices.contains(device)) {
        devices.append(device);
    }
    report.computers = int(devices.size());
    local->insert(kClock, clockText(clock.last()));
    local->insert(kLastSynced, instantKey(now));
    local->insert(kComputers, QString::number(report.computers));
    local->insert(kTracked, QStringLiteral("1"));
    if (auto r = writeLocal(db, *local); !r) {
        return withContext(r.error(), kContext);
    }
    if (auto r = tx->commit(); !r) {
        return withContext(r.error(), kContext);
    }
    // Only once the exchange is committed: a snapshot then holds nothing the journal does not, and
    // no file of this device goes that a journal rolled back to before this exchange would need.
    // Best effort: what fails here is tried again at the next exchange.
    const WholeState wholeState = [&]() -> Result<ReplicaState> {
        if (whole) {
            return *state;
        }
        return loadState(db, nullptr);
    };
    const LocalValues committed = *local;
    if (local->value(kRepublish) == QLatin1String("1")) {
        // The folder's key changed: this computer's whole state goes in as a snapshot under the new
        // key, and its files under the old one go (the snapshot holds all they held).
        auto whole = wholeState();
        if (whole && writeSnapshotNow(folder, *whole, taken, device, *local)) {
            for (const QString &name : folder.changeSetNamesOf(device)) {
                if (!folder.isAuthentic(name)) {
                    folder.removeOwn(device, name);
                }
            }
            local->remove(kRepublish);
        }
    }
    (void)snapshotAndPrune(folder, wholeState, taken, device, devices, *local);
    // Only what the snapshot and pruning changed, and only while the journal still syncs with this
    // key: the window (or ebb-cli) may have stopped sync or changed the key meanwhile.
    (void)writeLocalChanges(db, committed, *local);
    return report;
    return report;
}

} // namespace ebb
