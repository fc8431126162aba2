// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace ebb {

QString csvField(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields) {
        quoted << csvField(f);
    }
    return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

namespace {

/**
 * Whether `text` begins with a formula character after `quotes` or more single quotes. The quotes
 * count so that the guard can be undone exactly: a note that really begins with "'=" is written
 * "''=", and a quote Ebb did not add ("'tis") is never taken away.
 */
bool formulaAfterQuotes(const QString &text, qsizetype quotes)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\'')) {
        ++i;
    }
    return i >= quotes && i < text.size() && QStringLiteral("=+-@\t\r").contains(text[i]);
}

} // namespace

QString formulaSafe(const QString &text)
{
    return formulaAfterQuotes(text, 0) ? QLatin1Char('\'') + text : text;
}

QString fromFormulaSafe(const QString &cell)
{
    return formulaAfterQuotes(cell, 1) ? cell.mid(1) : cell;
}

} // namespace ebb
