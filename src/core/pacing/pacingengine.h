// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/anchor.h"
#include "pacing/detectors.h"
#include "pacing/longerview.h"
#include "pacing/pacingday.h"
#include "pacing/pacinghistory.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"

#include <QHash>

#include <functional>
#include <vector>

namespace ebb {

/**
 * The pacing engine of PACING.md, fed one calendar day at a time. What it reports as of a day
 * uses only the days fed so far, so a history is computed in one pass, and equals analysing each
 * truncated prefix on its own.
 */
class PacingEngine
{
public:
    PacingEngine(const PacingSettings &settings, QDate start);
    PacingEngine(const PacingEngine &) = delete;
    PacingEngine &operator=(const PacingEngine &) = delete;

    /** Feeds the next calendar day: its data, or nullptr when nothing was recorded. */
    void advance(const PacingDay *day);
    /** What the engine says as of the last day fed (texts included). */
    PacingReport report() const;
    /** Everything fed so far, with each day's baselines. */
    const PacingHistory &history() const { return m_history; }
    /** The flags of the last day fed, without texts (cheap). */
    const std::vector<Flag> &flags() const { return m_flags; }
    /** The longer view as of the last day fed, without texts (cheap). */
    const std::vector<LongerViewNote> &longerView() const { return m_longerView.notes(); }

private:
    struct Episode
    {
        int start = 0;
        int days = 0;
    };

    PacingSettings m_settings;
    PacingHistory m_history;
    AnchorFinder m_anchors;
    LongerView m_longerView;
    Detectors m_detectors;
    std::vector<Flag> m_flags;
    QHash<QString, Episode> m_active;
    QStringList m_cleared;
};

/**
 * Feeds `engine` (started at the first day of `days`) every calendar day up to `last`, with that
 * day's data or nothing, calling `afterDay` (if set) after each.
 */
void replayDays(PacingEngine &engine, const std::vector<PacingDay> &days, QDate last,
                const std::function<void()> &afterDay = {});

/** The report as of `today` from `days` (sorted by date); days after `today` are ignored. */
PacingReport analyzePacing(const std::vector<PacingDay> &days, const PacingSettings &settings, QDate today);

/**
 * One report per day from the first day of data to `to` (default: the last day of data), in
 * date order, each using only data up to its own day.
 */
void analyzePacingHistory(const std::vector<PacingDay> &days, const PacingSettings &settings, QDate to,
                          const std::function<void(const PacingReport &)> &onDay);

} // namespace ebb
