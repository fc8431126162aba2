// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace ebb {

class Database;

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

/** The pacing flags the person chose to dismiss; each stays quiet until its episode ends. */
class DismissalRepository
{
public:
    explicit DismissalRepository(Database &db);

    /** Records the dismissal; dismissing the same episode twice is not an error. */
    Result<void> dismiss(const DismissedFlag &flag, const QDateTime &now);
    Result<QSet<DismissedFlag>> all() const;

private:
    Database &m_db;
};

} // namespace ebb
