// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/boundary.h"
#include "domain/checkin.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

namespace ebb {

/**
 * What the pacing engine reads of one day: the check-in's measures and its boundary counts.
 * Built from the journal (with the names of slipped boundaries) or from the interchange CSV
 * (counts only).
 */
struct PacingDay
{
    QDate date;
    std::optional<int> energy;
    std::optional<int> mood;
    std::optional<int> stress;
    std::optional<int> load;
    std::optional<int> sleepMinutes;
    std::optional<int> sleepQuality;
    std::optional<int> held;    ///< Boundaries held that day; nullopt when none was answered.
    std::optional<int> slipped; ///< Boundaries slipped that day; nullopt when none was answered.
    QStringList slippedNames;   ///< Which ones slipped, when known.
};

/** The pacing view of check-ins (sorted by date); `boundaries` names the slipped ones. */
std::vector<PacingDay> pacingDays(const std::vector<CheckIn> &checkIns, const std::vector<Boundary> &boundaries);

} // namespace ebb
