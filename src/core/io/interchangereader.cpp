// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangereader.h"

#include "domain/tag.h"
#include "io/csv.h"
#include "io/csvreader.h"
#include "io/importlimits.h"
#include "io/interchangecsv.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

enum Column { Date, Energy, Mood, Stress, Load, SleepHours, SleepQuality, Held, Slipped, Tags, Note, ColumnCount };

Error rowError(int line, const QString &why)
{
    return Error{QStringLiteral("Line %1: %2").arg(line).arg(why), 0, QStringLiteral("csv")};
}

/** An optional whole number in [min, max]; `error` is set when the text is not one. */
std::optional<int> wholeNumber(const QString &text, const char *name, int min, int max, QString &error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const int value = trimmed.toInt(&ok);
    if (!ok || value < min || value > max) {
        error = error.isEmpty() ? QStringLiteral("%1 must be a whole number from %2 to %3 (it was %4).")
                                      .arg(QString::fromLatin1(name))
                                      .arg(min)
                                      .arg(max)
                                      .arg(quotedForMessage(trimmed))
                                : error;
        return std::nullopt;
    }
    return value;
}

std::optional<int> sleepMinutes(const QString &text, QString &error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const double hours = trimmed.toDouble(&ok);
    // Written so that NaN fails it: every comparison with NaN is false ("nan" once imported as 0 h).
    const bool inRange = std::isfinite(hours) && hours >= 0 && hours <= kSleepMinutesMax / 60.0;
    if (!ok || !inRange) {
        if (error.isEmpty()) {
            error = QStringLiteral("sleep_hours must be a number of hours from 0 to 24, like 7.5 (it was %1).")
                        .arg(quotedForMessage(trimmed));
        }
        return std::nullopt;
    }
    // The journal keeps quarter hours; 7.3 is read as 7.25.
    return int(std::lround(hours * 4.0)) * kSleepStepMinutes;
}

/** The row, or an Error whose message is the bare reason (the caller adds the line). */
Result<InterchangeRow> readRow(const CsvRecord &record, QDate today)
{
    if (record.fields.size() != ColumnCount) {
        return errorWith(
            QStringLiteral("expected %1 fields but found %2.").arg(int(ColumnCount)).arg(record.fields.size()));
    }
    const QStringList &f = record.fields;
    if (const QString problem = controlCharacterProblem(f, interchangeHeader()); !problem.isEmpty()) {
        return errorWith(problem);
    }
    InterchangeRow row;
    row.line = record.line;
    row.checkIn.date = QDate::fromString(f[Date].trimmed(), Qt::ISODate);
    if (!row.checkIn.date.isValid()) {
        return errorWith(QStringLiteral("date must be a real day written YYYY-MM-DD (it was %1).")
                             .arg(quotedForMessage(f[Date].trimmed())));
    }
    if (const QString problem = dayWindowProblem("date", f[Date].trimmed(), row.checkIn.date, today);
        !problem.isEmpty()) {
        return errorWith(problem);
    }
    QString error;
    row.checkIn.energy = wholeNumber(f[Energy], "energy", kScoreMin, kScoreMax, error);
    row.checkIn.mood = wholeNumber(f[Mood], "mood", kScoreMin, kScoreMax, error);
    row.checkIn.stress = wholeNumber(f[Stress], "stress", kScoreMin, kScoreMax, error);
    row.checkIn.load = wholeNumber(f[Load], "load", kScoreMin, kScoreMax, error);
    row.checkIn.sleepMinutes = sleepMinutes(f[SleepHours], error);
    row.checkIn.sleepQuality = wholeNumber(f[SleepQuality], "sleep_quality", kSleepQualityMin, kSleepQualityMax, error);
    row.held = wholeNumber(f[Held], "boundaries_held", 0, kImportMaxBoundaryCount, error);
    row.slipped = wholeNumber(f[Slipped], "boundaries_slipped", 0, kImportMaxBoundaryCount, error);
    if (!error.isEmpty()) {
        return errorWith(error);
    }
    if (row.held.value_or(0) + row.slipped.value_or(0) > kImportMaxBoundaryCount) {
        return errorWith(QStringLiteral("boundaries_held and boundaries_slipped together must be at most %1, the most "
                                        "boundaries Ebb counts on one day (they were %2 and %3).")
                             .arg(kImportMaxBoundaryCount)
                             .arg(*row.held)
                             .arg(*row.slipped));
    }
    // The export put a quote before a text a spreadsheet would run as a formula (io/csv.h).
    for (const QString &tag : fromFormulaSafe(f[Tags]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = tag.simplified();
        if (const QString problem = tagNameProblem(name); !problem.isEmpty()) {
            return errorWith(QStringLiteral("the tag %1 %2").arg(quotedForMessage(name), problem));
        }
        if (!name.isEmpty() && !row.tags.contains(name, Qt::CaseInsensitive)) {
            row.tags << name;
        }
    }
    row.checkIn.note = fromFormulaSafe(f[Note]);
    if (const QString problem = noteLengthProblem(row.checkIn.note.size()); !problem.isEmpty()) {
        return errorWith(problem);
    }
    return row;
}

} // namespace

Result<InterchangeRows> readInterchangeRows(const QString &text, QDate today)
{
    auto records = parseCsv(text);
    if (!records) {
        return records.error();
    }
    if (records->empty() || records->front().fields != interchangeHeader()) {
        return rowError(
            records->empty() ? 1 : records->front().line,
            QStringLiteral("the header must be exactly \"%1\".").arg(interchangeHeader().join(QLatin1Char(','))));
    }
    InterchangeRows result;
    QSet<QDate> seen;
    for (size_t i = 1; i < records->size(); ++i) {
        const CsvRecord &record = (*records)[i];
        auto row = readRow(record, today);
        if (!row) {
            result.problems.push_back({record.line, row.errorString()});
            continue;
        }
        if (seen.contains(row->checkIn.date)) {
            result.problems.push_back({record.line, QStringLiteral("%1 appears twice; a day has at most one check-in.")
                                                        .arg(row->checkIn.date.toString(Qt::ISODate))});
            continue;
        }
        seen.insert(row->checkIn.date);
        result.rows.push_back(std::move(row).value());
    }
    return result;
}

Result<std::vector<InterchangeRow>> readInterchangeCsv(const QString &text, QDate today)
{
    auto read = readInterchangeRows(text, today);
    if (!read) {
        return read.error();
    }
    if (!read->problems.empty()) {
        const ImportProblem &first = read->problems.front();
        return rowError(first.line, first.message);
    }
    return std::move(read->rows);
}

std::vector<PacingDay> pacingDays(const std::vector<InterchangeRow> &rows)
{
    std::vector<PacingDay> days;
    days.reserve(rows.size());
    for (const InterchangeRow &r : rows) {
        const CheckIn &c = r.checkIn;
        days.push_back(
            {c.date, c.energy, c.mood, c.stress, c.load, c.sleepMinutes, c.sleepQuality, r.held, r.slipped, {}});
    }
    std::sort(days.begin(), days.end(), [](const PacingDay &a, const PacingDay &b) { return a.date < b.date; });
    return days;
}

} // namespace ebb
