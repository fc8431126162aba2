// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boundaryrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

namespace ebb {
namespace {
constexpr int kBoundaryMaxLength = 200;
const QString kNotFound = QStringLiteral("That boundary no longer exists.");
} // namespace

Result<QString> checkedName(const QString &text, int maxLength, const QString &what)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty()) {
        return Error{QStringLiteral("Please write the %1 first.").arg(what), 0, QStringLiteral("empty")};
    }
    if (trimmed.size() > maxLength) {
        return Error{QStringLiteral("Please keep the %1 under %2 characters.").arg(what).arg(maxLength), 0,
                     QStringLiteral("too long")};
    }
    return trimmed;
}

BoundaryRepository::BoundaryRepository(Database &db)
    : m_db(db)
{}

Result<std::vector<Boundary>> BoundaryRepository::all() const
{
    const QString context = QStringLiteral("Could not read your boundaries");
    auto s = m_db.prepare(QStringLiteral("SELECT id, text, position, retired_at FROM boundaries "
                                         "ORDER BY retired_at IS NOT NULL, position, id"));
    if (!s) {
        return withContext(s.error(), context);
    }
    std::vector<Boundary> result;
    auto read = s->forEachRow([&](const Statement &row) {
        result.push_back({row.columnInt64(0), row.columnText(1), row.columnInt(2), instantFromKey(row.columnText(3))});
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return result;
}

Result<Boundary> BoundaryRepository::add(const QString &text, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not add the boundary");
    auto name = checkedName(text, kBoundaryMaxLength, QStringLiteral("boundary"));
    if (!name) {
        return withContext(name.error(), context);
    }
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO boundaries (text, position, created_at) "
        "VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM boundaries), ?2) RETURNING id, position"));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, *name).bind(2, instantKey(now));
    auto row = s->step();
    if (!row) {
        return withContext(row.error(), context);
    }
    Boundary b{s->columnInt64(0), *name, s->columnInt(1), {}};
    if (auto r = s->run(); !r) {
        return withContext(r.error(), context);
    }
    return b;
}

Result<void> BoundaryRepository::rename(qint64 id, const QString &text)
{
    const QString context = QStringLiteral("Could not rename the boundary");
    auto name = checkedName(text, kBoundaryMaxLength, QStringLiteral("boundary"));
    if (!name) {
        return withContext(name.error(), context);
    }
    return updateOneRow(
        m_db, QStringLiteral("UPDATE boundaries SET text = ?2 WHERE id = ?1"),
        [&](Statement &s) { s.bind(1, id).bind(2, *name); }, context, kNotFound);
}

Result<void> BoundaryRepository::retire(qint64 id, const QDateTime &now)
{
    return updateOneRow(
        m_db, QStringLiteral("UPDATE boundaries SET retired_at = coalesce(retired_at, ?2) WHERE id = ?1"),
        [&](Statement &s) { s.bind(1, id).bind(2, instantKey(now)); }, QStringLiteral("Could not retire the boundary"),
        kNotFound);
}

Result<void> BoundaryRepository::restore(qint64 id)
{
    // A restored boundary goes to the end of the active list.
    return updateOneRow(
        m_db,
        QStringLiteral("UPDATE boundaries SET retired_at = NULL, "
                       "position = (SELECT coalesce(max(position), 0) + 1 FROM boundaries) WHERE id = ?1"),
        [&](Statement &s) { s.bind(1, id); }, QStringLiteral("Could not restore the boundary"), kNotFound);
}

} // namespace ebb
