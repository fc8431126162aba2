// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingreport.h"

#include <QDate>
#include <QString>

namespace ebb {

/**
 * Fills a longer-view note's message, as of `asOf`: "Compared with your steadier weeks in August
 * and September, stress has been higher for about three months." or "Your energy has been higher
 * than in your first weeks with Ebb." Plain words, no statistic.
 */
void describeLongerView(LongerViewNote &note, QDate asOf);

/** A stretch of days as months in words, with its preposition ("in August and September", "from June to August"). */
QString monthsInWords(QDate from, QDate to, QDate asOf);

/** How long, roughly ("about six weeks", "about three months", "more than a year"). */
QString aboutHowLong(int days);

} // namespace ebb
