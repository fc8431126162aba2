// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/boundary.h"
#include "result.h"

#include <vector>

namespace ebb {

class Database;

/**
 * The person's boundaries. A boundary is never deleted once used: retiring hides it from new
 * check-ins and keeps every past answer; restoring brings it back.
 */
class BoundaryRepository
{
public:
    explicit BoundaryRepository(Database &db);

    /** Active boundaries in the person's order, then retired ones. */
    Result<std::vector<Boundary>> all() const;
    Result<Boundary> add(const QString &text, const QDateTime &now);
    Result<void> rename(qint64 id, const QString &text);
    Result<void> retire(qint64 id, const QDateTime &now);
    Result<void> restore(qint64 id);

private:
    Database &m_db;
};

/** The trimmed text, or an Error when it is empty or longer than `maxLength`. */
Result<QString> checkedName(const QString &text, int maxLength, const QString &what);

} // namespace ebb
