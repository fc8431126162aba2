// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "domain/tag.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ebb {

/** The interchange CSV header (docs/file-formats.md, "Interchange CSV"), exactly. */
QStringList interchangeHeader();

/** Formats sleep minutes as decimal hours without trailing zeros: 450 → "7.5", 420 → "7". */
QString formatSleepHours(int minutes);

/**
 * The interchange CSV (UTF-8 text, header first, CRLF line ends) for `checkIns`. Tag ids are
 * written as names, joined by ';' in alphabetical order; boundary counts are empty when no
 * boundary was answered that day, and one is empty when the day was imported with it empty.
 */
QString interchangeCsv(const std::vector<CheckIn> &checkIns, const std::vector<Tag> &tags);

} // namespace ebb
