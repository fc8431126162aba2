// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ebb {

/** One CSV record and the line of the file it starts on (1-based). */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/**
 * Splits RFC 4180 CSV text into records: quoted fields may hold commas, doubled quotes and line
 * breaks; CRLF and LF both end a record; a UTF-8 byte order mark is skipped; blank lines are
 * skipped. A quote inside an unquoted field or an unterminated quote is an error naming its line.
 */
Result<std::vector<CsvRecord>> parseCsv(const QString &text, QChar separator = QLatin1Char(','));

} // namespace ebb
