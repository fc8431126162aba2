// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"

#include <QString>

#include <optional>
#include <vector>

namespace ebb {

/** The weekly review's settings, kept in the journal (JournalSettings::review). */
struct ReviewSettings
{
    std::vector<ReviewPrompt> prompts = defaultReviewPrompts();
    int weekday = 7;            ///< The reminder's day, 1 = Monday … 7 = Sunday (ISO).
    bool gentleQuestion = true; ///< Offer one gentle question a week beside the prompts (weekwords.h).

    /** Reads stored values; anything missing or unreadable keeps its default. */
    static ReviewSettings fromStored(const std::optional<QString> &prompts, const std::optional<QString> &weekday);
    QString promptsToStored() const;

    bool operator==(const ReviewSettings &) const = default;
};

} // namespace ebb
