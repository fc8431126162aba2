// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
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

/** What the engine says as of one day. */
struct PacingReport
{
    QDate asOf;
    PacingStatus status = PacingStatus::Steady;
    QStringList learning; ///< Metrics without enough history for a baseline yet.
    std::vector<Flag> flags;
    std::vector<ClearedFlag> cleared;
};

/** steady · watch (any watch flag) · take care (any warning, or three or more watch flags). */
PacingStatus statusOf(const std::vector<Flag> &flags);

QString severityKey(Severity severity);
QString statusKey(PacingStatus status);

} // namespace ebb
