// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary/reportdata.h"

#include <QString>
#include <QStringList>

namespace ebb {

/**
 * The words of the report's first page, shared by the PDF and the Markdown so both say the same
 * things in the same order: what changed, the self-check, what drained and what restored.
 * Everything the person typed is returned as typed; the Markdown escapes it.
 */

/**
 * One or two sentences on what changed over the period and which way, against the same number of
 * days before (when they hold enough values; else against the person's usual) ("Compared with the 28 days before,
 * energy went down (5.6 to 4.2; usual 5.5) and stress went up …; mood, load and sleep stayed about the same.").
 */
QString changeSummary(const ReportData &data);

/**
 * The longer view as of the report's last day, in the report's third person, or empty: "Over a
 * longer view: stress higher than in steadier weeks in August and September, for about three months."
 * changeSummary ends with it.
 */
QString longerViewLine(const ReportData &data);

/**
 * "21 of 28 days have a check-in; 7 days were not recorded." (or "1 day was", or "…: every day was recorded."), counted
 * over the days a check-in could have had (ReportData::daysExpected).
 */
QString daysRecordedLine(const ReportData &data);

/**
 * The latest burnout self-check with its trend ("58 of 100 on 1 Dec 2026; before it: 71 (3 Nov
 * 2026), 66 (…)", up to three before it), then what the number means; one line saying there is
 * none yet when there is none.
 */
QStringList selfCheckLines(const ReportData &data);

/**
 * What drained (`lowEnergy`) or what restored: the tags that came before low-energy or good days,
 * one line each, in the person's third person; empty when no tag stands out. A tag's name goes
 * through `escape` when given (the Markdown's escaping of what the person typed).
 */
using TextEscape = QString (*)(const QString &);
QStringList tagLines(const ReportData &data, bool lowEnergy, TextEscape escape = nullptr);
/** Said under those lines: simple counts, not causes. */
QString tagCountsCaveat();

/**
 * A note marked to bring up, as page 1 lists it: its text on one line, cut after about 300
 * characters ("…") so that page 1 still holds the rest; the note itself is whole where it is shared.
 */
QString topicText(const ReportNote &note);

/** A pacing pattern's stretch in words, with what its level means ("… — at Ebb's stronger level"). */
QString episodeLine(const FlagEpisode &episode);
/** What the two levels of a pattern mean, said once above the list. */
QString patternLevelsExplained();

} // namespace ebb
