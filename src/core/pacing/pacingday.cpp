// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacingday.h"

#include <QHash>

#include <algorithm>

namespace ebb {

std::vector<PacingDay> pacingDays(const std::vector<CheckIn> &checkIns, const std::vector<Boundary> &boundaries)
{
    QHash<qint64, QString> names;
    for (const Boundary &b : boundaries) {
        names.insert(b.id, b.text);
    }
    std::vector<PacingDay> days;
    days.reserve(checkIns.size());
    for (const CheckIn &c : checkIns) {
        PacingDay d{c.date, c.energy, c.mood, c.stress, c.load, c.sleepMinutes, c.sleepQuality, {}, {}, {}};
        int held = 0;
        int slipped = 0;
        for (const BoundaryAnswer &a : c.boundaries) {
            if (a.status == BoundaryStatus::Held) {
                ++held;
            } else if (a.status == BoundaryStatus::Slipped) {
                ++slipped;
                d.slippedNames << names.value(a.boundaryId);
            }
        }
        if (held + slipped > 0) {
            d.held = held;
            d.slipped = slipped;
        }
        days.push_back(std::move(d));
    }
    std::sort(days.begin(), days.end(), [](const PacingDay &a, const PacingDay &b) { return a.date < b.date; });
    return days;
}

} // namespace ebb
