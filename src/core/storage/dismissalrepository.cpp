// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dismissalrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {

DismissalRepository::DismissalRepository(Database &db)
    : m_db(db)
{}

Result<void> DismissalRepository::dismiss(const DismissedFlag &flag, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not keep the flag dismissed");
    if (flag.id.isEmpty() || !flag.since.isValid()) {
        return Error{context + QStringLiteral(". The flag has no name or start day."), 0, QStringLiteral("invalid")};
    }
    auto s = m_db.prepare(QStringLiteral("INSERT INTO flag_dismissals (flag_id, since, dismissed_at) VALUES (?1, ?2, "
                                         "?3) ON CONFLICT DO NOTHING"));
    if (!s) {
        return withContext(s.error(), context);
    }
    if (auto r = s->bind(1, flag.id).bind(2, dayKey(flag.since)).bind(3, instantKey(now)).run(); !r) {
        return withContext(r.error(), context);
    }
    return {};
}

Result<QSet<DismissedFlag>> DismissalRepository::all() const
{
    const QString context = QStringLiteral("Could not read dismissed flags");
    auto s = m_db.prepare(QStringLiteral("SELECT flag_id, since FROM flag_dismissals"));
    if (!s) {
        return withContext(s.error(), context);
    }
    QSet<DismissedFlag> result;
    auto read = s->forEachRow([&](const Statement &row) {
        result.insert({row.columnText(0), dayFromKey(row.columnText(1))});
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return result;
}

} // namespace ebb
