// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTime>

namespace ebb {

/** A time of day to the minute in the person's locale (some locales' short format shows seconds). */
inline QString minutesText(QTime time)
{
    return QLocale().toString(time, QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
}

} // namespace ebb
