// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/anchor.h"
#include "pacing/longerview.h"
#include "pacing/pacingreport.h"

#include <optional>

namespace ebb {

/**
 * Early-warning signs (critical slowing down), fed one day at a time: over the last four weeks,
 * energy, mood and stress swing more around their own level than in the steadier stretch, and
 * each day is more like the one before (lag-1 autocorrelation up), on each of the last days.
 * Levels are each stretch's own (weekday and weekend apart, a drift taken out), so the swings are
 * read whatever the level does: the sign can come before a shift, which is its point.
 */
class EarlyWarning
{
public:
    explicit EarlyWarning(const PacingSettings &settings);

    /** The flag (without text) while the signs hold, as of the newest day. */
    std::optional<Flag> update(const AnchorFinder &anchors, const RecentStats &recent);

private:
    const PacingSettings &m_settings;
    int m_run = 0;
    bool m_speaking = false;
};

} // namespace ebb
