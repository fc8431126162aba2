// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QString>

namespace ebb {

class Journal;

/**
 * Fills an empty journal with twelve weeks of invented check-ins ending yesterday — steady at
 * first, then a gentle slide with rising stress and boundary slips over the last three weeks, so
 * the pacing cards, trends and review have something to show — plus boundaries, tags, a few
 * notes and last week's reflection. The same `today` always gives the same journal. Used by
 * `ebb --demo`, whose journal is a separate file and never the person's own.
 */
Result<void> fillDemoJournal(Journal &journal, QDate today);

/**
 * The demo journal's file: "demo/demo.sqlite" in the app's data folder — a folder of its own, so
 * its backups never sit among (or could be restored over) the person's own.
 */
QString demoJournalPath();

} // namespace ebb
