// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacingreport.h"

namespace ebb {

// Three watch flags at once say as much as one warning.
constexpr int kWatchFlagsForTakeCare = 3;

PacingStatus statusOf(const std::vector<Flag> &flags)
{
    int watches = 0;
    for (const Flag &f : flags) {
        if (f.severity == Severity::Warning) {
            return PacingStatus::TakeCare;
        }
        ++watches;
    }
    if (watches >= kWatchFlagsForTakeCare) {
        return PacingStatus::TakeCare;
    }
    return watches > 0 ? PacingStatus::Watch : PacingStatus::Steady;
}

PacingReport shownReport(PacingReport report, const QSet<DismissedFlag> &dismissed)
{
    std::erase_if(report.flags, [&](const Flag &f) { return dismissed.contains({f.id, f.since}); });
    report.status = statusOf(report.flags);
    return report;
}

QString severityKey(Severity severity)
{
    return severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("watch");
}

QString directionKey(Direction direction)
{
    return direction == Direction::Worse ? QStringLiteral("worse") : QStringLiteral("better");
}

QString statusKey(PacingStatus status)
{
    switch (status) {
    case PacingStatus::Steady:
        return QStringLiteral("steady");
    case PacingStatus::Watch:
        return QStringLiteral("watch");
    case PacingStatus::TakeCare:
        break;
    }
    return QStringLiteral("take_care");
}

} // namespace ebb
