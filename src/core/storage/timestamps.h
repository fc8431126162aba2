// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ebb {

/** Days are stored as ISO dates ("2026-03-14"): a day is a date, not an instant, so DST never moves it. */
inline QString dayKey(QDate day)
{
    return day.toString(Qt::ISODate);
}

inline QDate dayFromKey(const QString &key)
{
    return QDate::fromString(key, Qt::ISODate);
}

/** Instants are stored in UTC, ISO 8601 with milliseconds, so they sort as text. */
inline QString instantKey(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime instantFromKey(const QString &key)
{
    if (key.isEmpty()) {
        return {};
    }
    return QDateTime::fromString(key, Qt::ISODateWithMs);
}

} // namespace ebb
