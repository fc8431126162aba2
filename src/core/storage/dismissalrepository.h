// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingreport.h"
#include "result.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace ebb {

class Database;

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
