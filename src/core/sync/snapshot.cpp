// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/snapshot.h"

#include "sync/changeset.h"
#include "sync/hlc.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

namespace ebb {
namespace {

constexpr qint64 kFormat = 1;

Error notASnapshot()
{
    return errorWith(QCoreApplication::translate(
        "ebb", "A snapshot in the sync folder is not one this Ebb can read; it was left as it is."));
}

} // namespace

QByteArray encodeSnapshot(const StateSnapshot &snapshot)
{
    QCborMap covers;
    for (auto it = snapshot.covers.begin(); it != snapshot.covers.end(); ++it) {
        covers.insert(it.key(), qint64(it.value()));
    }
    QCborArray records;
    for (const auto &[key, record] : snapshot.records) {
        records.append(QCborArray{std::get<0>(key), std::get<1>(key), std::get<2>(key), record});
    }
    return QCborValue(QCborArray{kFormat, snapshot.device, qint64(snapshot.sequence), covers, records,
                                 encodeStamp(snapshot.latest)})
        .toCbor();
}

Result<StateSnapshot> decodeSnapshot(const QByteArray &bytes)
{
    const QCborArray parts = QCborValue::fromCbor(bytes).toArray();
    // isInteger first: toInteger() of a double out of range is undefined (the fuzzer found it).
    if (parts.size() != 6 || !parts.at(0).isInteger() || parts.at(0).toInteger() != kFormat ||
        !isDeviceId(parts.at(1).toString()) || !parts.at(2).isInteger() || !parts.at(3).isMap() ||
        !parts.at(4).isArray()) {
        return notASnapshot();
    }
    StateSnapshot snapshot;
    snapshot.device = parts.at(1).toString();
    snapshot.sequence = quint64(parts.at(2).toInteger());
    if (!decodeStamp(parts.at(5), snapshot.latest)) {
        return notASnapshot();
    }
    const QCborMap covers = parts.at(3).toMap();
    for (auto it = covers.begin(); it != covers.end(); ++it) {
        if (!isDeviceId(it.key().toString()) || !it.value().isInteger() || it.value().toInteger() < 0) {
            return notASnapshot();
        }
        snapshot.covers.insert(it.key().toString(), quint64(it.value().toInteger()));
    }
    const QCborArray records = parts.at(4).toArray();
    for (const auto &entry : records) {
        const QCborArray record = entry.toArray();
        if (record.size() != 4 || !record.at(0).isString() || !record.at(1).isString() || !record.at(2).isString() ||
            !record.at(3).isArray()) {
            return notASnapshot();
        }
        snapshot.records.append(
            {ReplicaState::FieldKey{record.at(0).toString(), record.at(1).toString(), record.at(2).toString()},
             record.at(3)});
    }
    return snapshot;
}

} // namespace ebb
