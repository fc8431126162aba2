// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/selfcheck.h"
#include "result.h"

#include <optional>
#include <vector>

namespace ebb {

class Database;

/** The monthly burnout self-checks, one a day at most (see domain/selfcheck.h). */
class SelfCheckRepository
{
public:
    explicit SelfCheckRepository(Database &db);

    /** Saves the day's self-check, replacing an earlier one of the same day (its created_at is kept). */
    Result<SelfCheck> save(SelfCheck check, const QDateTime &now);
    /** True when there was one to remove. */
    Result<bool> remove(QDate day);
    /** Every self-check, oldest first; none in a journal from before they existed. */
    Result<std::vector<SelfCheck>> all() const;

private:
    Database &m_db;
};

} // namespace ebb
