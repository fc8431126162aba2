// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/changeset.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>

namespace ebb {
namespace {

constexpr qsizetype kMaxNameLength = 200;

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

bool isName(const QCborValue &value)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= kMaxNameLength;
}

Error notAChangeSet()
{
    return errorWith(tr("A file in the sync folder is not a change set this Ebb can read; it was left as it is."));
}

} // namespace

QCborArray encodeStamp(const Stamp &stamp)
{
    return QCborArray{stamp.ms, qint64(stamp.counter), stamp.device};
}

bool decodeStamp(const QCborValue &value, Stamp &stamp)
{
    const QCborArray array = value.toArray();
    if (!value.isArray() || array.size() != 3 || !array.at(0).isInteger() || !array.at(1).isInteger() ||
        !array.at(2).isString()) {
        return false;
    }
    const qint64 counter = array.at(1).toInteger();
    stamp = Stamp{array.at(0).toInteger(), quint32(counter), array.at(2).toString()};
    return stamp.ms > 0 && counter >= 0 && counter <= 0xffffffffLL && isDeviceId(stamp.device);
}

QByteArray encodeChangeSet(const ChangeSet &set)
{
    QCborArray changes;
    for (const FieldChange &change : set.changes) {
        QCborArray bases;
        for (const Stamp &base : change.bases) {
            bases.append(encodeStamp(base));
        }
        changes.append(
            QCborArray{change.table, change.key, change.field, change.value, encodeStamp(change.stamp), bases});
    }
    return QCborValue(QCborArray{1, set.device, qint64(set.sequence), changes}).toCbor();
}

Result<ChangeSet> decodeChangeSet(const QByteArray &bytes)
{
    QCborParserError parsed;
    const QCborValue root = QCborValue::fromCbor(bytes, &parsed);
    const QCborArray top = root.toArray();
    if (parsed.error != QCborError::NoError || !root.isArray() || top.size() != 4 || !top.at(0).isInteger() ||
        top.at(0).toInteger() != 1 || !top.at(1).isString() || !isDeviceId(top.at(1).toString()) ||
        !top.at(2).isInteger() || top.at(2).toInteger() < 0 || !top.at(3).isArray()) {
        return notAChangeSet();
    }
    ChangeSet set{top.at(1).toString(), quint64(top.at(2).toInteger()), {}};
    for (const QCborValue item : top.at(3).toArray()) {
        const QCborArray fields = item.toArray();
        if (!item.isArray() || fields.size() != 6 || !isName(fields.at(0)) || !isName(fields.at(1)) ||
            !isName(fields.at(2)) || !fields.at(5).isArray()) {
            return notAChangeSet();
        }
        FieldChange change{
            fields.at(0).toString(), fields.at(1).toString(), fields.at(2).toString(), fields.at(3), {}, {}};
        if (!decodeStamp(fields.at(4), change.stamp)) {
            return notAChangeSet();
        }
        for (const QCborValue base : fields.at(5).toArray()) {
            Stamp stamp;
            if (!decodeStamp(base, stamp) || !(stamp < change.stamp)) {
                return notAChangeSet(); // a value replaces only what came before it
            }
            change.bases.append(stamp);
        }
        set.changes.append(change);
    }
    return set;
}

} // namespace ebb
