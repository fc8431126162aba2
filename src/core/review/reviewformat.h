// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "review/weeksummary.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ebb {

/**
 * "meetings — the day before 7 of your 17 low-energy days (41%), and before 8 of your 40 other
 * days (20%)": both rates, so the person can see the difference the listing rests on.
 */
QString tagBeforeText(const TagBefore &t, bool lowEnergy);
/** A measure's lowest to highest value this week ("4,0–6,0" in German), or one value when all were alike. */
QString weekSpread(const MetricWeek &week);

/** The caution printed with every tag association. */
QString associationCaveat();

/** The week's summary and (if any) saved answers as Markdown, for `ebb-cli review`. */
QString weekToMarkdown(const WeekSummary &summary, const std::optional<WeeklyReview> &review);
/** The same as JSON (stable keys; documented in docs/file-formats.md). */
QJsonObject weekToJson(const WeekSummary &summary, const std::optional<WeeklyReview> &review);

} // namespace ebb
