// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/sleeptime.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

int toQuarterHours(double minutes)
{
    return int(std::lround(minutes / 15.0)) * 15;
}

} // namespace

std::optional<int> parseSleepTime(const QString &typed)
{
    const QString text = typed.trimmed().toLower();
    // The words for hours and minutes in the languages Ebb speaks, and the symbols.
    static const QString hours = QStringLiteral("(?:h|hrs?|hours?|std\\.?|stunden?)");
    static const QString minutes = QStringLiteral("(?:m|min\\.?|mins|minutes?|minuten?)");
    // "7:30", "7h30", "7 h 30 min", "7h", "7 std. 30 min."
    static const QRegularExpression clock(
        QStringLiteral("^(\\d{1,2})\\s*(?::|%1)\\s*(?:(\\d{1,2})\\s*%2?)?$").arg(hours, minutes));
    // "7", "7.5", "7,5", "7.5 h"
    static const QRegularExpression decimal(QStringLiteral("^(\\d{1,2})(?:[.,](\\d{1,3}))?\\s*%1?$").arg(hours));
    // "45 min", "450 min"
    static const QRegularExpression onlyMinutes(QStringLiteral("^(\\d{1,4})\\s*%1$").arg(minutes));
    if (const auto m = clock.match(text); m.hasMatch()) {
        const int h = m.captured(1).toInt();
        const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
        if (min >= 60) {
            return std::nullopt;
        }
        return toQuarterHours(h * 60.0 + min);
    }
    if (const auto m = decimal.match(text); m.hasMatch()) {
        const QString fraction = m.captured(2);
        const double h = m.captured(1).toDouble() +
                         (fraction.isEmpty() ? 0.0 : fraction.toDouble() / std::pow(10.0, double(fraction.size())));
        return toQuarterHours(h * 60.0);
    }
    if (const auto m = onlyMinutes.match(text); m.hasMatch()) {
        return toQuarterHours(m.captured(1).toDouble());
    }
    return std::nullopt;
}

QString sleepTimeText(int minutes)
{
    const int h = minutes / 60;
    const int min = minutes % 60;
    if (h == 0) {
        return tr("%1 min").arg(min);
    }
    return min == 0 ? QCoreApplication::translate("ebb", "%1 h", "whole hours of sleep").arg(h)
                    : tr("%1 h %2 min").arg(h).arg(min);
}

} // namespace ebb
