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

} // namespace ebb
