// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "domain/review.h"
#include "domain/selfcheck.h"
#include "pacing/pacingtimeline.h"
#include "result.h"
#include "review/weeksummary.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace ebb {

class Journal;

/** The parts of the therapist report the person can choose. */
enum class ReportSection {
    Overview = 1,
    Flags = 2,
    Reflections = 4,
    Boundaries = 8,
    Notes = 16,
    SelfCheck = 32,
    Topics = 64, ///< The notes marked "bring up in therapy", on page 1.
};
constexpr int kAllReportSections = 127;

/** A day as the report writes it, in the person's language ("3 Nov 2026"). */
QString reportDay(QDate day);

/** Which notes go into a report: none (the default), those marked to share, or all. */
enum class NotesPolicy { None, Shared, All };

/** A note or check-in note that could go into a report. `key` is "checkin:2026-03-14" or "note:12". */
struct ReportNote
{
    QString key;
    QDate day;
    QString text;
    bool shared = false;
    bool bringUp = false; ///< Marked "bring up in therapy": a topic on the first page.
};

/** A stretch of days on which one pacing flag was shown. */
struct FlagEpisode
{
    QString id;
    QDate from;
    QDate to;
    bool reachedWarning = false;
};

/** The longest question for the session: about a third of a page, so page 1 still holds the rest. */
constexpr int kReportQuestionMaxLength = 1000;

/** What the person chose for the report. Notes go in only by policy or when picked one by one. */
struct ReportOptions
{
    QDate from;
    QDate to;
    QString name;     ///< How the person wants to be named in the header; may be empty.
    QString question; ///< The person's question or concern for the session, first on page 1; may be empty.
    int sections = kAllReportSections;
    NotesPolicy notes = NotesPolicy::None;
    QSet<QString> pickedNotes; ///< Keys of notes picked in the dialog, in addition to the policy.

    bool has(ReportSection s) const { return (sections & int(s)) != 0; }
};

/** Everything a report shows, gathered once and rendered as PDF, Markdown or preview. */
struct ReportData
{
    ReportOptions options;
    int daysRecorded = 0;
    int daysInRange = 0; ///< Calendar days from `from` to `to`.
    /**
     * The days of the range a check-in could have had: from the journal's first check-in (or `from`)
     * to today (or `to`), today only once it has one. Days before the journal began or still to
     * come are not "missed".
     */
    int daysExpected = 0;
    /// Over the whole range; previousMean from as many days before, when they hold enough values.
    std::array<MetricWeek, kMetricCount> metrics;
    std::vector<TimelineDay> timeline;      ///< The days of the range, for the charts.
    std::vector<LongerViewNote> longerView; ///< The longer view as of the range's last day.
    std::vector<FlagEpisode> episodes;
    std::vector<WeeklyReview> reviews;
    std::vector<BoundaryWeek> boundaries; ///< Held and slipped over the range.
    std::vector<ReportNote> notes;        ///< Only those chosen.
    std::vector<ReportNote> topics;       ///< The range's notes marked "bring up in therapy" (section Topics).
    std::vector<SelfCheck> selfChecks;    ///< Every burnout self-check up to `to`, oldest first.
    TagAssociations tagsBefore;           ///< Tags before low-energy and good days, eight weeks up to `to`.

    int daysRecordedExpected = 0; ///< Check-ins on those expected days.
    int daysMissed() const { return std::max(0, daysExpected - daysRecordedExpected); }
};

/** Every note and check-in note of the range, for the dialog's picker (oldest first). */
Result<std::vector<ReportNote>> availableNotes(Journal &journal, QDate from, QDate to);

/** Gathers the report for `options` from the journal. */
Result<ReportData> gatherReport(Journal &journal, const ReportOptions &options);

/** The one-paragraph framing every report carries: observations, not diagnoses. */
QString reportDisclaimer();

} // namespace ebb
