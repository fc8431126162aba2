// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "review/weeksummary.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ebb {

/** "meetings — the day before 3 of your 5 low-energy days (tagged on 12 of 50 days)". */
QString tagBeforeText(const TagBefore &t, bool lowEnergy);
/** The caution printed with every tag association. */
QString associationCaveat();

/** The week's summary and (if any) saved answers as Markdown, for `ebb-cli review`. */
QString weekToMarkdown(const WeekSummary &summary, const std::optional<WeeklyReview> &review);
/** The same as JSON (stable keys; documented in the README). */
QJsonObject weekToJson(const WeekSummary &summary, const std::optional<WeeklyReview> &review);

} // namespace ebb
