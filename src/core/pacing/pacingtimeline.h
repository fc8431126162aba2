// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingday.h"
#include "pacing/pacinghistory.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"

#include <QDate>
#include <QStringList>

#include <array>
#include <vector>

namespace ebb {

/** One day of the trends: each metric's value and personal baseline, and the flags active. */
struct TimelineDay
{
    QDate date;
    std::array<float, kMetricCount> values{}; ///< Natural units; NaN when not recorded.
    std::array<Baseline, kMetricCount> baselines{};
    QStringList flags;                      ///< Ids of the flags active that day, as the engine saw it then.
    QStringList warnings;                   ///< Those of them at warning severity.
    std::vector<LongerViewNote> longerView; ///< The longer view that day, in words.
};

/**
 * Every day from the first day of data to `to` (default: the last day of data), in date order; the
 * flags as the person was shown them (shownReport: without the episodes in `dismissed`).
 */
std::vector<TimelineDay> pacingTimeline(const std::vector<PacingDay> &days, const PacingSettings &settings,
                                        QDate to = {}, const QSet<DismissedFlag> &dismissed = {});

} // namespace ebb
