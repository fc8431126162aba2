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
    return QJsonObject{{QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("status"), statusKey(report.status)},
                       {QStringLiteral("learning"), QJsonArray::fromStringList(report.learning)},
                       {QStringLiteral("flags"), flags},
                       {QStringLiteral("cleared"), cleared}};
}

QByteArray reportToJsonLine(const PacingReport &report)
{
    return QJsonDocument(reportToJson(report)).toJson(QJsonDocument::Compact);
}

QString reportToText(const PacingReport &report)
{
    static const QHash<PacingStatus, QString> kStatusWords = {
        {PacingStatus::Steady, QStringLiteral("steady")},
        {PacingStatus::Watch, QStringLiteral("watch")},
        {PacingStatus::TakeCare, QStringLiteral("take care")},
    };
    QString out = QStringLiteral("%1: %2\n").arg(report.asOf.toString(Qt::ISODate), kStatusWords.value(report.status));
    if (!report.learning.isEmpty()) {
        out += QStringLiteral("  Still learning your usual for: %1\n").arg(report.learning.join(QStringLiteral(", ")));
    }
    for (const Flag &f : report.flags) {
        QStringList numbers;
        for (const auto &[key, value] : f.evidence) {
            numbers << QStringLiteral("%1 %2").arg(key).arg(value);
        }
        numbers << f.evidenceDates << f.evidenceNames;
        out += QStringLiteral("  [%1] %2 (%3, since %4)\n    %5\n    why: %6\n")
                   .arg(severityKey(f.severity), f.message, f.id, f.since.toString(Qt::ISODate), f.suggestion,
                        numbers.join(QStringLiteral(", ")));
    }
    for (const ClearedFlag &c : report.cleared) {
        out += QStringLiteral("  %1\n").arg(c.message);
    }
    return out;
}

} // namespace ebb
