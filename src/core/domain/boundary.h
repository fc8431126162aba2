// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ebb {

/** A boundary the person set for themselves, e.g. "Stopped work by 18:00". */
struct Boundary
{
    qint64 id = 0;
    QString text;
    int position = 0;
    QDateTime retiredAt; ///< Null while active. Retired boundaries keep their history.

    bool isActive() const { return retiredAt.isNull(); }
    bool operator==(const Boundary &) const = default;
};

/** How a day went for one boundary. */
enum class BoundaryStatus { Held, Slipped, NotRelevant };

/** One check-in's answer for one boundary. */
struct BoundaryAnswer
{
    qint64 boundaryId = 0;
    BoundaryStatus status = BoundaryStatus::NotRelevant;

    bool operator==(const BoundaryAnswer &) const = default;
};

/** The two boundary counts of the interchange CSV: how many boundaries held, and slipped. */
enum class BoundaryCount { Held, Slipped };

/** The storage spelling of a status ("held", "slipped", "not_relevant"). */
QString boundaryStatusKey(BoundaryStatus status);
std::optional<BoundaryStatus> boundaryStatusFromKey(const QString &key);

/** The storage spelling of a count ("held", "slipped"). */
QString boundaryCountKey(BoundaryCount count);
std::optional<BoundaryCount> boundaryCountFromKey(const QString &key);

} // namespace ebb
