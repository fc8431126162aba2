// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/changeset.h"

#include <QCborValue>
#include <QList>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <tuple>

namespace ebb {

/**
 * The merged state of a synced journal, field by field: what every device converges to once it
 * has taken in the same changes, in whatever order, however often each arrived.
 *
 * Per field, the values no other change has replaced (the "heads") are kept. Normally that is
 * one; when two devices changed the field without seeing each other's change, it is two or more.
 * The field's value is the head with the latest stamp (last writer wins, the same on every
 * device); the other heads are kept too, so that a note edited on two computers keeps both texts
 * rather than losing one. A change that names the heads it replaced (its bases) ends them. All of
 * this depends only on the set of changes taken in: the merge is order-free and idempotent.
 */
class ReplicaState
{
public:
    struct Field
    {
        QCborValue value;             ///< the latest head's
        Stamp stamp;                  ///< its stamp
        QList<QCborValue> concurrent; ///< the other heads' values, oldest first
        QList<Stamp> heads;           ///< every head's stamp, oldest first (a new change's bases)
    };

    /** Takes in one change; false when it was already known (nothing changes). */
    bool apply(const FieldChange &change);
    /** Takes in every change of `set`; the number that were new. */
    int apply(const ChangeSet &set);

    /** The field's merged state; nullopt when no change reached it. */
    std::optional<Field> field(const QString &table, const QString &key, const QString &field) const;
    /** Whether the row is deleted: its tombstone's value is true. */
    bool isDeleted(const QString &table, const QString &key) const;
    /** The keys of `table` that have any field, deleted or not, in order. */
    QList<QString> keys(const QString &table) const;
    /** The fields of a row that have values (the tombstone excluded), in order. */
    QList<QString> fields(const QString &table, const QString &key) const;
    /** Whether the change with `stamp` has been taken in. */
    bool knows(const Stamp &stamp) const { return m_known.count(stamp) != 0; }
    /** The latest stamp taken in (for a device's clock to observe). */
    Stamp latest() const { return m_known.empty() ? Stamp{} : *m_known.rbegin(); }
    /** The whole merged state as bytes, the same on every device that has the same changes. */
    QByteArray digest() const;

    /** A field: table, key, field name. */
    using FieldKey = std::tuple<QString, QString, QString>;
    /**
     * What the merge keeps of one field, to store between runs: its heads (stamp and value) and
     * the stamps they replaced, as CBOR [[stamp, value]…, [stamp…]].
     */
    QCborValue record(const FieldKey &key) const;
    /** Takes back a field stored by record(); false (and nothing taken) for anything else. */
    bool restore(const FieldKey &key, const QCborValue &record);
    /**
     * Joins another device's record of the field (from a snapshot) with this one: as if the
     * changes it took in were taken in here. Order-free and idempotent, as apply() is. False (and
     * nothing taken) for anything record() would not write.
     */
    bool merge(const FieldKey &key, const QCborValue &record);
    /** Every field any change reached, in order. */
    QList<FieldKey> fieldKeys() const;
    /** The fields apply() changed since the last call (to store just those). */
    std::set<FieldKey> takeTouched();

private:
    struct Head
    {
        QCborValue value;
    };
    struct History
    {
        std::map<Stamp, Head> heads;
        std::set<Stamp> replaced; ///< every stamp some change named as its base
    };

    std::map<FieldKey, History> m_fields;
    std::set<Stamp> m_known;
    std::set<FieldKey> m_touched;
};

/** The name of the field that marks a row deleted (true) or alive again (false). */
inline const QString &tombstoneField()
{
    static const QString name = QStringLiteral("_deleted");
    return name;
}

} // namespace ebb
