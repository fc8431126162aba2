// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundary.h"

namespace ebb {

QString boundaryStatusKey(BoundaryStatus status)
{
    switch (status) {
    case BoundaryStatus::Held:
        return QStringLiteral("held");
    case BoundaryStatus::Slipped:
        return QStringLiteral("slipped");
    case BoundaryStatus::NotRelevant:
        break;
    }
    return QStringLiteral("not_relevant");
}

std::optional<BoundaryStatus> boundaryStatusFromKey(const QString &key)
{
    for (auto s : {BoundaryStatus::Held, BoundaryStatus::Slipped, BoundaryStatus::NotRelevant}) {
        if (boundaryStatusKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString boundaryCountKey(BoundaryCount count)
{
    return count == BoundaryCount::Held ? QStringLiteral("held") : QStringLiteral("slipped");
}

std::optional<BoundaryCount> boundaryCountFromKey(const QString &key)
{
    for (auto c : {BoundaryCount::Held, BoundaryCount::Slipped}) {
        if (boundaryCountKey(c) == key) {
            return c;
        }
    }
    return std::nullopt;
}

} // namespace ebb
