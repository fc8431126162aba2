// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace ebb {

/** How strongly a flag speaks. */
enum class Severity { Watch, Warning };

/** The overall reading of a day: steady (no flag), watch, or take care. */
enum class PacingStatus { Steady, Watch, TakeCare };

/** One gentle, explained observation about the person's recent days. */
struct Flag
{
    QString id; ///< One of the ids in PACING.md, e.g. "energy_slide".
    Severity severity = Severity::Watch;
    QDate since; ///< The first day of this episode; with `id`, it names the episode (for dismissal).
    std::vector<std::pair<QString, double>> evidence; ///< The numbers behind it, in a stable order.
    QStringList evidenceDates;                        ///< Dates behind it (boom–bust episodes).
    QStringList evidenceNames;                        ///< Names behind it (boundaries that slipped most).
    QString message;
    QString suggestion;
};

/** A flag that was active for a while and has now cleared. */
struct ClearedFlag
{
    QString id;
    QString message;
};

/** Which way a measure has moved over the longer view. */
enum class Direction { Worse, Better };

/**
 * The longer view (docs/pacing.md): one measure's last four weeks, held for at least three weeks
 * away from a steadier stretch the rolling usual cannot absorb. Not an alarm: a quiet line.
 */
struct LongerViewNote
{
    QString measure; ///< The metric's key ("stress", "sleep_hours", …).
    Direction direction = Direction::Worse;
    QDate since;             ///< About when the difference began.
    QDate anchorFrom;        ///< The stretch compared with…
    QDate anchorTo;          ///< …inclusive.
    bool firstWeeks = false; ///< That stretch is the person's first weeks with Ebb.
    double anchorMean = 0.0; ///< In the measure's natural unit (hours for sleep).
    double recentMean = 0.0; ///< Over the last four weeks.
    QString message;         ///< The quiet line, in words.
};

/** What the engine says as of one day. */
struct PacingReport
{
    QDate asOf;
    PacingStatus status = PacingStatus::Steady;
    QStringList learning; ///< Metrics without enough history for a baseline yet.
    std::vector<Flag> flags;
    std::vector<ClearedFlag> cleared;
    std::vector<LongerViewNote> longerView; ///< Empty when nothing holds.
};

/** One dismissed pacing-flag episode: the flag's id and the day the episode began. */
struct DismissedFlag
{
    QString id;
    QDate since;

    bool operator==(const DismissedFlag &) const = default;
};

inline size_t qHash(const DismissedFlag &d, size_t seed = 0)
{
    return qHashMulti(seed, d.id, d.since);
}

/**
 * What a person is shown of `report`: the flags less the episodes they dismissed, and the status of
 * what is left; the longer view and the kind words for what cleared stay. The status panel, the
 * weekly review, the report and `ebb-cli analyze` all go through it, so they agree.
 */
PacingReport shownReport(PacingReport report, const QSet<DismissedFlag> &dismissed);

/** steady · watch (any watch flag) · take care (any warning, or three or more watch flags). */
PacingStatus statusOf(const std::vector<Flag> &flags);

QString severityKey(Severity severity);
QString directionKey(Direction direction);
QString statusKey(PacingStatus status);

} // namespace ebb
