// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsettings.h"

#include <QDate>
#include <QString>

namespace ebb {

/**
 * What a journal keeps about itself, so it travels with the data to another computer (the
 * program's own preferences are AppSettings). Every member's initialiser is its default: a
 * journal that never stored a value reads as this.
 */
struct JournalSettings
{
    bool onboardingDone = false;   ///< The welcome was shown (or a journal with check-ins was opened).
    QString pinHash;               ///< The window lock's PIN, hashed (crypto/pin.h); empty: no PIN.
    int lockIdleMinutes = 0;       ///< Lock the window after this long without input; 0: never.
    ReviewSettings review;         ///< The weekly review's prompts and reminder day.
    bool selfCheckReminder = true; ///< Offer the monthly burnout self-check beside the weekly review's reminder.
    QDate selfCheckSkippedOn;      ///< The day the person last said "not this month" to it; else invalid.
    /// "A time I felt more like myself": the stretch the longer view compares with; invalid: Ebb finds one.
    QDate steadierFrom;
    QDate steadierTo;

    /** A named stretch at least four weeks long (shorter ones are refused where they are chosen). */
    bool hasSteadierStretch() const
    {
        return steadierFrom.isValid() && steadierTo.isValid() &&
               steadierFrom.daysTo(steadierTo) >= kMinSteadierDays - 1;
    }
    static constexpr int kMinSteadierDays = 28;

    bool hasPin() const { return !pinHash.isEmpty(); }
    bool operator==(const JournalSettings &) const = default;
};

} // namespace ebb
