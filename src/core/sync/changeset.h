// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sync/hlc.h"

#include <QByteArray>
#include <QCborArray>
#include <QCborValue>
#include <QList>
#include <QString>

namespace ebb {

/**
 * One field of one row set to a value, as a device saw it: the unit of sync. A row is named by a
 * key every device agrees on (a check-in by its day, a note by the id it was made with), never by
 * SQLite's row number. `bases` are the stamps of the values this one replaced on the device that
 * made it (its heads then): a change that replaced nothing another device wrote concurrently has
 * one base, or none for a first value.
 */
struct FieldChange
{
    QString table; ///< e.g. "checkins"
    QString key;   ///< e.g. "2026-03-14"
    QString field; ///< e.g. "energy"; "_deleted" is the row's tombstone (true: deleted)
    QCborValue value;
    Stamp stamp;
    QList<Stamp> bases;

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

/** What one device wrote in one exchange: the `sequence`-th change set of `device`. */
struct ChangeSet
{
    QString device;
    quint64 sequence = 0;
    QList<FieldChange> changes;

    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;
};

/** A stamp as CBOR: [ms, counter, device]. */
QCborArray encodeStamp(const Stamp &stamp);
/** Reads a stamp back; false for anything encodeStamp would not write (a device id that is not one, say). */
bool decodeStamp(const QCborValue &value, Stamp &stamp);

/** The change set as CBOR (compact, and the same bytes for the same change set). */
QByteArray encodeChangeSet(const ChangeSet &set);
/**
 * Reads a change set back. Anything not exactly as encodeChangeSet writes it — wrong types, a
 * device id that is not one, an empty name — is an error, never a partial change set.
 */
Result<ChangeSet> decodeChangeSet(const QByteArray &bytes);

} // namespace ebb
