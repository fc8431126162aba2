// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "result.h"

#include <optional>
#include <vector>

namespace ebb {

class Database;

/** Reads and writes daily check-ins, with their boundary answers and tags. */
class CheckInRepository
{
public:
    explicit CheckInRepository(Database &db);

    Result<std::optional<CheckIn>> find(QDate day) const;
    /** Check-ins from `from` to `to` inclusive, oldest first. A null date leaves that end open. */
    Result<std::vector<CheckIn>> inRange(QDate from, QDate to) const;
    /**
     * Saves the day's check-in, replacing any earlier one for that day (its created_at is kept).
     * Validates first; an invalid check-in is refused with every problem listed.
     */
    Result<CheckIn> save(CheckIn checkIn, const QDateTime &now);
    /** Deletes the day's check-in; true when there was one. */
    Result<bool> remove(QDate day);
    Result<int> count() const;

private:
    Result<void> writeAnswers(qint64 checkInId, const CheckIn &checkIn);

    Database &m_db;
};

} // namespace ebb
