// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/boundary.h"
#include "domain/checkin.h"
#include "domain/tag.h"
#include "pacing/pacinghistory.h"
#include "pacing/pacingsettings.h"
#include "pacing/pacingtimeline.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace ebb {

/** One metric over the week, beside the week before and the person's usual. */
struct MetricWeek
{
    int days = 0; ///< Days with a value this week.
    std::optional<double> mean;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> previousMean; ///< The week before.
    std::optional<double> usual;        ///< The personal baseline (median) as of the week's Sunday.
};

/** How often one boundary was held or slipped this week. */
struct BoundaryWeek
{
    QString text;
    int held = 0;
    int slipped = 0;
};

/**
 * A simple association, labelled as such: on how many of the `outOf` low-energy (or good) days of
 * the last eight weeks this tag was on the day before, beside how many of the `otherDays` it came
 * before. A tag is listed only when it came before at least three such days, and before them
 * clearly more often than before other days: its share of those days is at least 1.5 times its
 * share of the others (a restoring walk taken before most days, low or not, says nothing).
 */
struct TagBefore
{
    QString tag;
    int before = 0;
    int outOf = 0;
    int taggedDays = 0;   ///< Days with this tag in the eight weeks.
    int recordedDays = 0; ///< Check-ins in the eight weeks.
    int beforeOther = 0;  ///< How many of the other days it came before.
    int otherDays = 0;    ///< Days with an energy score and a usual to set it against, not counted in `outOf`.
};

/** Tags that came before low-energy and good days (see TagBefore), and how many such days there were. */
struct TagAssociations
{
    std::vector<TagBefore> beforeLowEnergy; ///< Most often first; only tags listed by TagBefore's rule.
    std::vector<TagBefore> beforeGoodDays;
    int lowEnergyDays = 0; ///< Energy at least one usual spread below the usual.
    int goodDays = 0;      ///< Energy at least one usual spread above the usual.
};

/**
 * The tags that came before low-energy and good days in the eight weeks up to `lastDay`, read from
 * the pacing timeline (for the usual) and the check-ins (for the tags). The weekly review and the
 * report both use it.
 */
TagAssociations tagsBeforeDays(const std::vector<TimelineDay> &timeline, const std::vector<CheckIn> &checkIns,
                               const std::vector<Tag> &tags, QDate lastDay);

/** A tag ticked during the week, and on how many of its days. */
struct TagWeek
{
    QString tag;
    TagKind kind = TagKind::Neutral;
    int days = 0;
};

/** A pacing flag that was active during the week. */
struct FlagWeek
{
    QString id;
    int days = 0; ///< Days with a check-in on which it was active.
};

/** Everything the review page and `ebb-cli review` show about one ISO week. */
struct WeekSummary
{
    QString week; ///< "2026-W48"
    QDate monday;
    QDate sunday;
    int daysRecorded = 0;
    int daysSoFar = 7; ///< Days of the week up to today: fewer than 7 only for the week in progress.
    std::array<MetricWeek, kMetricCount> metrics;
    /// Highest mean of energy, mood and (10 − stress); set, with hardestDay, only when the days
    /// differ (a single day, or days that all score alike, have no best or hardest).
    std::optional<QDate> bestDay;
    std::optional<QDate> hardestDay; ///< Lowest.
    double sleepHours = 0.0;         ///< Total over the recorded nights.
    double sleepDebtHours = 0.0;     ///< Σ max(0, need − hours) over the recorded nights.
    int sleepNights = 0;
    std::vector<BoundaryWeek> boundaries;
    std::vector<TagWeek> tagsThisWeek;      ///< Most days first (ties by name); only tags ticked this week.
    TagAssociations tagsBefore;             ///< Over the eight weeks up to the week's Sunday.
    std::vector<FlagWeek> flags;            ///< Counted on the days with a check-in (of `daysRecorded`).
    std::vector<LongerViewNote> longerView; ///< As of the week's last day (or today), in words.
};

/** A check-in's value of one metric in natural units (hours for sleep), or nullopt. */
std::optional<double> metricValue(const CheckIn &checkIn, Metric metric);

/**
 * Summarises the ISO week that starts on `monday` from all check-ins (any order), the person's
 * boundaries and tags. Uses only data up to the week's Sunday, and nothing after `today` (when
 * valid): in the week in progress, flags are counted on the days that have been, not on days to come.
 */
WeekSummary summarizeWeek(const std::vector<CheckIn> &checkIns, const std::vector<Boundary> &boundaries,
                          const std::vector<Tag> &tags, QDate monday, QDate today = {},
                          const PacingSettings &settings = {}, const QSet<DismissedFlag> &dismissed = {});

/** A week in progress with this many check-ins is worth reading in the weekly review. */
constexpr int kReadableWeekCheckIns = 4;

/**
 * The Monday of the week the weekly review opens on as of `today`: the week in progress once it
 * has kReadableWeekCheckIns check-ins (or when the week before has none, so there is nothing better
 * to read), else the week before — the last complete one. `checkIns` may hold any days.
 */
QDate reviewWeekToOpen(const std::vector<CheckIn> &checkIns, QDate today);

} // namespace ebb
