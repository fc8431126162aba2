// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace ebb {

/**
 * A night's sleep as a person types it, in minutes, rounded to the quarter hour the journal keeps:
 * "7", "7.5", "7,5", "7:30", "7h30", "7 h 30 min", "7 Std. 30 Min.", "45 min". Hours with a
 * decimal comma or point are both read, whatever the language. Nothing else is guessed: "730" or
 * "seven" give nullopt. A duration over 24 hours is read (the caller refuses it, saying why).
 */
std::optional<int> parseSleepTime(const QString &typed);

/** Minutes of sleep in words a person reads at a glance: "7 h 30 min", "7 h", "45 min" (translated). */
QString sleepTimeText(int minutes);

} // namespace ebb
