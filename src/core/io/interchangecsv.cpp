// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangecsv.h"

#include "io/csv.h"

#include <QHash>

#include <algorithm>

namespace ebb {
namespace {

QString optionalNumber(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

} // namespace

QStringList interchangeHeader()
{
    return {QStringLiteral("date"),
            QStringLiteral("energy"),
            QStringLiteral("mood"),
            QStringLiteral("stress"),
            QStringLiteral("load"),
            QStringLiteral("sleep_hours"),
            QStringLiteral("sleep_quality"),
            QStringLiteral("boundaries_held"),
            QStringLiteral("boundaries_slipped"),
            QStringLiteral("tags"),
            QStringLiteral("note")};
}

QString formatSleepHours(int minutes)
{
    // 'f' with two decimals, then trimmed: quarter hours always fit in two decimals exactly.
    QString text = QString::number(minutes / 60.0, 'f', 2);
    while (text.endsWith(QLatin1Char('0'))) {
        text.chop(1);
    }
    if (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

QString interchangeCsv(const std::vector<CheckIn> &checkIns, const std::vector<Tag> &tags)
{
    QHash<qint64, QString> tagNames;
    for (const Tag &t : tags) {
        tagNames.insert(t.id, t.name);
    }
    QString out = csvRecord(interchangeHeader());
    for (const CheckIn &c : checkIns) {
        int held = 0;
        int slipped = 0;
        for (const auto &a : c.boundaries) {
            held += a.status == BoundaryStatus::Held ? 1 : 0;
            slipped += a.status == BoundaryStatus::Slipped ? 1 : 0;
        }
        // A count is empty when nothing was answered, or when the file the day came from left it empty.
        const bool answered = !c.boundaries.empty();
        const bool heldKnown = answered && c.unrecordedCount != BoundaryCount::Held;
        const bool slippedKnown = answered && c.unrecordedCount != BoundaryCount::Slipped;
        QStringList names;
        for (qint64 id : c.tagIds) {
            names << tagNames.value(id);
        }
        std::sort(names.begin(), names.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        out += csvRecord({c.date.toString(Qt::ISODate), optionalNumber(c.energy), optionalNumber(c.mood),
                          optionalNumber(c.stress), optionalNumber(c.load),
                          c.sleepMinutes ? formatSleepHours(*c.sleepMinutes) : QString(),
                          optionalNumber(c.sleepQuality), heldKnown ? QString::number(held) : QString(),
                          slippedKnown ? QString::number(slipped) : QString(),
                          formulaSafe(names.join(QLatin1Char(';'))), formulaSafe(c.note)});
    }
    return out;
}

} // namespace ebb
