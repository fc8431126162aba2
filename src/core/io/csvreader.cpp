// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

namespace ebb {
namespace {

Error csvError(int line, const QString &why)
{
    return Error{QStringLiteral("Line %1: %2").arg(line).arg(why), 0, QStringLiteral("csv")};
}

} // namespace

Result<std::vector<CsvRecord>> parseCsv(const QString &text, QChar separator)
{
    std::vector<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted (only a separator or line end may follow)
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    qsizetype i = text.startsWith(QChar(0xFEFF)) ? 1 : 0;

    const auto endField = [&] {
        current.fields << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().isEmpty();
        if (!blank) {
            records.push_back(std::move(current));
        }
        current = CsvRecord{line + 1, {}};
    };

    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == QLatin1Char('\n')) {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            endRecord();
            ++line;
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted) {
                return csvError(line, QStringLiteral("a quote (\") inside a field that did not start with one; "
                                                     "quote the whole field and double the inner quotes."));
            }
            quoted = true;
            fieldStarted = true;
        } else {
            if (wasQuoted) {
                return csvError(line, QStringLiteral("text after the closing quote of a field."));
            }
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return csvError(current.line, QStringLiteral("a quoted field is never closed."));
    }
    if (fieldStarted || wasQuoted || !current.fields.isEmpty()) {
        endRecord();
    }
    return records;
}

} // namespace ebb
