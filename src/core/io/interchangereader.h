// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
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

/**
 * Reads the interchange CSV of DESIGN.md. The header must match exactly; every value is checked
 * against its range. The first bad row is returned as an error naming its line and the reason;
 * nothing is returned partially.
 */
Result<std::vector<InterchangeRow>> readInterchangeCsv(const QString &text);

/** The pacing view of rows read from a CSV (sorted by date). */
std::vector<PacingDay> pacingDays(const std::vector<InterchangeRow> &rows);

} // namespace ebb
