// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ebb {

/** One CSV field, quoted per RFC 4180 when it holds a comma, quote, CR or LF. */
QString csvField(const QString &value);
/** One CSV record, fields quoted as needed, ended by CRLF (RFC 4180). */
QString csvRecord(const QStringList &fields);

/**
 * A free-text cell (a note, tags) that a spreadsheet will not run as a formula (OWASP's "CSV
 * injection"): a text that begins with '=', '+', '-', '@', a tab or a carriage return, after any
 * number of single quotes, gets one more quote in front. Only texts, never numbers or dates.
 */
QString formulaSafe(const QString &text);
/** The text a formulaSafe() cell was made from: the one quote it added is taken off again. */
QString fromFormulaSafe(const QString &cell);

} // namespace ebb
