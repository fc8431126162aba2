// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacinghistory.h"
#include "pacing/pacingreport.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace ebb {

/**
 * What a person is shown of one concern: one or more related flags told as one thing (a stress
 * slide and climbing stress are one "stress" concern; energy, mood and stress sliding together are
 * one). Words only: no statistic's name, no internal id.
 */
struct Concern
{
    QString key; ///< Stable, for object names and tests ("together", "stress", "sleep", or a flag id).
    Severity severity = Severity::Watch;
    QString title;                     ///< Short name ("Stress above the usual").
    QString message;                   ///< What the data shows, in one or two sentences.
    QString suggestion;                ///< One small, kind step.
    QStringList explanation;           ///< "Why am I seeing this?": the person's own numbers in plain words.
    std::optional<Metric> chartMetric; ///< The measure a small chart of the last weeks shows, if any.
    std::optional<double> usualLow;    ///< The person's usual range on that measure, if known…
    std::optional<double> usualHigh;   ///< …(equal to usualLow for a single line, e.g. the sleep need).
    std::vector<std::pair<QString, QDate>> episodes; ///< (flag id, since) of every flag behind it.
};

/** The whole status as presented: a title, one headline sentence, and concerns, most important first. */
struct PacingSummary
{
    PacingStatus status = PacingStatus::Steady;
    bool learning = false; ///< No personal usual yet, and nothing to say.
    QString title;         ///< "Steady", "Worth a gentle look", "Time to take care", "Getting to know you".
    QString headline;      ///< One calm sentence.
    std::vector<Concern> concerns;
    /// The longer view, one quiet sentence each, worse first ("Compared with your steadier weeks in
    /// August and September, stress has been higher for about three months.").
    QStringList longerView;
};

/**
 * Decides what the person is shown of `report` (flags already without dismissed episodes): related
 * flags merged, warnings before watches, then by what matters most for pacing. `checkIns` is how many
 * days have a check-in so far (said while Ebb is still learning). A pure function, used by the status
 * panel, `ebb-cli analyze --format text` and the report, so they agree.
 */
PacingSummary summarizePacing(const PacingReport &report, int checkIns);

/**
 * How many things wait behind the quiet line: the concerns after the first open one (all of them
 * once `thanked`) and the longer view's lines, but for one shown under the headline when there is
 * no concern.
 */
int foldedCount(const PacingSummary &summary, bool thanked);

/** The quiet line behind which the other concerns wait ("2 more things Ebb noticed"). */
QString moreConcernsLine(int count);

/** The acknowledgement after today's check-in is saved. */
QString thankYouTitle();
QString thankYouHeadline(const PacingSummary &summary);

/** The summary as plain text, as `ebb-cli analyze --format text` prints it (one concern in full). */
QString summaryToText(const PacingSummary &summary, QDate asOf);

} // namespace ebb
