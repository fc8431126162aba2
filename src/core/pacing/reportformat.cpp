// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformat.h"

#include "pacing/flagtext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ebb {
namespace {

QJsonObject flagToJson(const Flag &f)
{
    QJsonObject evidence;
    for (const auto &[key, value] : f.evidence) {
        evidence.insert(key, value);
    }
    if (!f.evidenceDates.isEmpty()) {
        evidence.insert(QStringLiteral("dates"), QJsonArray::fromStringList(f.evidenceDates));
    }
    if (!f.evidenceNames.isEmpty()) {
        evidence.insert(QStringLiteral("boundaries"), QJsonArray::fromStringList(f.evidenceNames));
    }
    return QJsonObject{{QStringLiteral("id"), f.id},
                       {QStringLiteral("severity"), severityKey(f.severity)},
                       {QStringLiteral("since"), f.since.toString(Qt::ISODate)},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("suggestion"), f.suggestion}};
}

} // namespace

QJsonObject reportToJson(const PacingReport &report)
{
    QJsonArray flags;
    for (const Flag &f : report.flags) {
        flags.append(flagToJson(f));
    }
    QJsonArray cleared;
    for (const ClearedFlag &c : report.cleared) {
        cleared.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("message"), c.message}});
    }
    QJsonArray longer;
    for (const LongerViewNote &n : report.longerView) {
        longer.append(QJsonObject{{QStringLiteral("measure"), n.measure},
                                  {QStringLiteral("direction"), directionKey(n.direction)},
                                  {QStringLiteral("since"), n.since.toString(Qt::ISODate)},
                                  {QStringLiteral("anchor_from"), n.anchorFrom.toString(Qt::ISODate)},
                                  {QStringLiteral("anchor_to"), n.anchorTo.toString(Qt::ISODate)},
                                  {QStringLiteral("anchor_mean"), n.anchorMean},
                                  {QStringLiteral("recent_mean"), n.recentMean},
                                  {QStringLiteral("message"), n.message}});
    }
    return QJsonObject{{QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("longer_view"), longer},
                       {QStringLiteral("status"), statusKey(report.status)},
                       {QStringLiteral("learning"), QJsonArray::fromStringList(report.learning)},
                       {QStringLiteral("flags"), flags},
                       {QStringLiteral("cleared"), cleared}};
}

QByteArray reportToJsonLine(const PacingReport &report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Compact);
}

} // namespace ebb
