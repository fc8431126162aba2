// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "io/importfile.h"
#include "pacing/pacingday.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ebb {

/** One row of the interchange CSV, checked. */
struct InterchangeRow
{
    int line = 0;
    CheckIn checkIn; ///< Measures, note; no boundary answers or tag ids (the CSV has names and counts).
    std::optional<int> held;
    std::optional<int> slipped;
    QStringList tags;
};

/** Every row of an interchange CSV that could be read, and a problem for each that could not. */
struct InterchangeRows
{
    std::vector<InterchangeRow> rows;
    std::vector<ImportProblem> problems;
};

/**
 * Reads the interchange CSV (docs/file-formats.md, "Interchange CSV"), row by row: a wrong header or broken quoting is
 * an Error; a bad row (value out of range, wrong field count, a day twice) is collected as a problem and reading goes
 * on, so an import preview can list them all. Days must lie from 1900-01-01 to a year after `today`
 * (io/importlimits.h).
 */
Result<InterchangeRows> readInterchangeRows(const QString &text, QDate today);

/**
 * Reads the interchange CSV (docs/file-formats.md, "Interchange CSV"). The header must match exactly; every value is
 * checked against its range. The first bad row is returned as an error naming its line and the reason; nothing is
 * returned partially.
 */
Result<std::vector<InterchangeRow>> readInterchangeCsv(const QString &text, QDate today);

/** The pacing view of rows read from a CSV (sorted by date). */
std::vector<PacingDay> pacingDays(const std::vector<InterchangeRow> &rows);

} // namespace ebb
