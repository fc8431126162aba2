// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/replicastate.h"

#include <QCborArray>

#include <utility>

namespace ebb {

bool ReplicaState::apply(const FieldChange &change)
{
    if (!m_known.insert(change.stamp).second) {
        return false; // delivered twice, or come back in a duplicated file
    }
    const FieldKey key{change.table, change.key, change.field};
    m_touched.insert(key);
    History &history = m_fields[key];
    for (const Stamp &base : change.bases) {
        history.replaced.insert(base);
        history.heads.erase(base);
    }
    // A change that some change already known replaced (it arrived after its successor) is no head.
    if (history.replaced.count(change.stamp) == 0) {
        history.heads.emplace(change.stamp, Head{change.value});
    }
    return true;
}

int ReplicaState::apply(const ChangeSet &set)
{
    int taken = 0;
    for (const FieldChange &change : set.changes) {
        taken += apply(change) ? 1 : 0;
    }
    return taken;
}

std::optional<ReplicaState::Field> ReplicaState::field(const QString &table, const QString &key,
                                                       const QString &field) const
{
    const auto found = m_fields.find(FieldKey{table, key, field});
    if (found == m_fields.end() || found->second.heads.empty()) {
        return std::nullopt;
    }
    Field merged;
    for (const auto &[stamp, head] : found->second.heads) {
        merged.heads.append(stamp);
        merged.concurrent.append(head.value);
    }
    // The latest head is the value; the others stay beside it.
    merged.value = merged.concurrent.takeLast();
    merged.stamp = merged.heads.last();
    return merged;
}

bool ReplicaState::isDeleted(const QString &table, const QString &key) const
{
    const auto tombstone = field(table, key, tombstoneField());
    return tombstone && tombstone->value.toBool();
}

QList<QString> ReplicaState::keys(const QString &table) const
{
    QList<QString> keys;
    for (auto it = m_fields.lower_bound(FieldKey{table, QString(), QString()});
         it != m_fields.end() && std::get<0>(it->first) == table; ++it) {
        if (keys.isEmpty() || keys.last() != std::get<1>(it->first)) {
            keys.append(std::get<1>(it->first));
        }
    }
    return keys;
}

QList<QString> ReplicaState::fields(const QString &table, const QString &key) const
{
    QList<QString> names;
    for (auto it = m_fields.lower_bound(FieldKey{table, key, QString()});
         it != m_fields.end() && std::get<0>(it->first) == table && std::get<1>(it->first) == key; ++it) {
        if (std::get<2>(it->first) != tombstoneField() && !it->second.heads.empty()) {
            names.append(std::get<2>(it->first));
        }
    }
    return names;
}

QByteArray ReplicaState::digest() const
{
    QCborArray all;
    for (const auto &[key, history] : m_fields) {
        QCborArray heads;
        for (const auto &[stamp, head] : history.heads) {
            heads.append(QCborArray{stamp.ms, qint64(stamp.counter), stamp.device, head.value});
        }
        all.append(QCborArray{std::get<0>(key), std::get<1>(key), std::get<2>(key), heads});
    }
    return QCborValue(all).toCbor();
}

QCborValue ReplicaState::record(const FieldKey &key) const
{
    const auto found = m_fields.find(key);
    if (found == m_fields.end()) {
        return QCborValue(nullptr);
    }
    QCborArray heads;
    for (const auto &[stamp, head] : found->second.heads) {
        heads.append(QCborArray{encodeStamp(stamp), head.value});
    }
    QCborArray replaced;
    for (const Stamp &stamp : found->second.replaced) {
        replaced.append(encodeStamp(stamp));
    }
    return QCborArray{heads, replaced};
}

bool ReplicaState::restore(const FieldKey &key, const QCborValue &record)
{
    const QCborArray parts = record.toArray();
    if (parts.size() != 2 || !parts.at(0).isArray() || !parts.at(1).isArray()) {
        return false;
    }
    History history;
    const QCborArray heads = parts.at(0).toArray();
    for (const auto &head : heads) {
        Stamp stamp;
        const QCborArray pair = head.toArray();
        if (pair.size() != 2 || !decodeStamp(pair.at(0), stamp)) {
            return false;
        }
        history.heads.emplace(stamp, Head{pair.at(1)});
    }
    const QCborArray replaced = parts.at(1).toArray();
    for (const auto &value : replaced) {
        Stamp stamp;
        if (!decodeStamp(value, stamp)) {
            return false;
        }
        history.replaced.insert(stamp);
    }
    // Only the heads are known for sure: a replaced stamp may name a change not seen yet, whose own
    // bases must still end heads when it comes. A replaced change that comes again does nothing.
    for (const auto &[stamp, head] : history.heads) {
        m_known.insert(stamp);
    }
    m_fields[key] = std::move(history);
    return true;
}

bool ReplicaState::merge(const FieldKey &key, const QCborValue &record)
{
    ReplicaState other;
    if (!other.restore(key, record)) {
        return false;
    }
    const History &theirs = other.m_fields.at(key);
    History &mine = m_fields[key];
    mine.replaced.insert(theirs.replaced.begin(), theirs.replaced.end());
    for (const auto &[stamp, head] : theirs.heads) {
        mine.heads.emplace(stamp, head);
        m_known.insert(stamp);
    }
    // What either side saw replaced is no head, whichever side still had it.
    for (auto it = mine.heads.begin(); it != mine.heads.end();) {
        it = mine.replaced.count(it->first) != 0 ? mine.heads.erase(it) : std::next(it);
    }
    m_touched.insert(key);
    return true;
}

QList<ReplicaState::FieldKey> ReplicaState::fieldKeys() const
{
    QList<FieldKey> keys;
    keys.reserve(qsizetype(m_fields.size()));
    for (const auto &[key, history] : m_fields) {
        keys.append(key);
    }
    return keys;
}

std::set<ReplicaState::FieldKey> ReplicaState::takeTouched()
{
    return std::exchange(m_touched, {});
}

} // namespace ebb
