// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhelpers.h"

namespace ebb {

Error withContext(Error error, const QString &context)
{
    error.message = context + QStringLiteral(". ") + error.message;
    return error;
}

Result<void> updateOneRow(Database &db, const QString &sql, const std::function<void(Statement &)> &bind,
                          const QString &context, const QString &notFound)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return withContext(stmt.error(), context);
    }
    bind(*stmt);
    if (auto r = stmt->run(); !r) {
        return withContext(r.error(), context);
    }
    if (db.changes() == 0) {
        return Error{context + QStringLiteral(". ") + notFound, 0, QStringLiteral("no row changed")};
    }
    return {};
}

} // namespace ebb
