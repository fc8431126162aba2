// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sync/replicastate.h"

#include <QByteArray>
#include <QCborValue>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace ebb {

/**
 * A device's whole merge state, so that a computer joining later need not replay years of change
 * sets, and so that change sets every computer has taken can be pruned. `covers` says which change
 * sets it holds: for each device, the number up to which all of that device's change sets were
 * taken. Merging a snapshot is like taking in those change sets (ReplicaState::merge).
 */
struct StateSnapshot
{
    QString device;
    quint64 sequence = 0;
    QMap<QString, quint64> covers;
    Stamp latest; ///< the latest stamp it holds, for a clock to go past before it is merged
    QList<std::pair<ReplicaState::FieldKey, QCborValue>> records;
};

QByteArray encodeSnapshot(const StateSnapshot &snapshot);
/** Reads a snapshot back; anything not written by encodeSnapshot is an error. */
Result<StateSnapshot> decodeSnapshot(const QByteArray &bytes);

} // namespace ebb
