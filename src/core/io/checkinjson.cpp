// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ebb {
namespace {

struct IntField
{
    const char *key;
    std::optional<int> CheckIn::*member;
};

constexpr IntField kIntFields[] = {
    {"energy", &CheckIn::energy},
    {"mood", &CheckIn::mood},
    {"stress", &CheckIn::stress},
    {"load", &CheckIn::load},
    {"sleep_minutes", &CheckIn::sleepMinutes},
    {"sleep_quality", &CheckIn::sleepQuality},
};

} // namespace

QString checkInToJson(const CheckIn &checkIn)
{
    QJsonObject o;
    o.insert(QStringLiteral("date"), checkIn.date.toString(Qt::ISODate));
    for (const auto &f : kIntFields) {
        if (const auto &v = checkIn.*f.member) {
            o.insert(QLatin1String(f.key), *v);
        }
    }
    QJsonArray boundaries;
    for (const auto &a : checkIn.boundaries) {
        boundaries.append(
            QJsonObject{{QStringLiteral("id"), a.boundaryId}, {QStringLiteral("status"), boundaryStatusKey(a.status)}});
    }
    o.insert(QStringLiteral("boundaries"), boundaries);
    if (checkIn.unrecordedCount) {
        o.insert(QStringLiteral("unrecorded_count"), boundaryCountKey(*checkIn.unrecordedCount));
    }
    QJsonArray tags;
    for (qint64 id : checkIn.tagIds) {
        tags.append(id);
    }
    o.insert(QStringLiteral("tags"), tags);
    o.insert(QStringLiteral("note"), checkIn.note);
    o.insert(QStringLiteral("note_shared"), checkIn.noteShared);
    o.insert(QStringLiteral("note_bring_up"), checkIn.noteBringUp);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<CheckIn> checkInFromJson(const QString &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!doc.isObject()) {
        return Error{QStringLiteral("The saved draft could not be read (%1).").arg(parseError.errorString()), 0,
                     parseError.errorString()};
    }
    const QJsonObject o = doc.object();
    CheckIn c;
    c.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    if (!c.date.isValid()) {
        return Error{QStringLiteral("The saved draft has no valid date."), 0, QStringLiteral("date")};
    }
    for (const auto &f : kIntFields) {
        const QJsonValue v = o.value(QLatin1String(f.key));
        if (v.isDouble()) {
            c.*f.member = v.toInt();
        }
    }
    for (const auto &v : o.value(QStringLiteral("boundaries")).toArray()) {
        const QJsonObject a = v.toObject();
        const auto status = boundaryStatusFromKey(a.value(QStringLiteral("status")).toString());
        const qint64 id = a.value(QStringLiteral("id")).toInteger();
        if (status && id > 0) {
            c.boundaries.push_back({id, *status});
        }
    }
    c.unrecordedCount = boundaryCountFromKey(o.value(QStringLiteral("unrecorded_count")).toString());
    for (const auto &v : o.value(QStringLiteral("tags")).toArray()) {
        if (const qint64 id = v.toInteger(); id > 0) {
            c.tagIds.push_back(id);
        }
    }
    c.note = o.value(QStringLiteral("note")).toString();
    c.noteShared = o.value(QStringLiteral("note_shared")).toBool();
    c.noteBringUp = o.value(QStringLiteral("note_bring_up")).toBool();
    c.normalize();
    return c;
}

} // namespace ebb
