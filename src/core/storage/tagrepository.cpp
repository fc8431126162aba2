// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "storage/boundaryrepository.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

#include <sqlite3.h>

namespace ebb {
namespace {

const QString kNotFound = QStringLiteral("That tag no longer exists.");

Result<QString> checkedTagName(const QString &text)
{
    auto name = checkedName(text, kTagMaxLength, QStringLiteral("tag name"));
    if (name && name->contains(QLatin1Char(';'))) {
        return Error{QStringLiteral("A tag name cannot contain ';'."), 0, QStringLiteral("semicolon")};
    }
    return name;
}

Error duplicateAware(Error error, const QString &name)
{
    if (error.code == SQLITE_CONSTRAINT_UNIQUE) {
        error.message = QStringLiteral("There is already a tag called \"%1\".").arg(name);
    }
    return error;
}

Tag readTag(const Statement &s)
{
    return {s.columnInt64(0), s.columnText(1), tagKindFromKey(s.columnText(2)).value_or(TagKind::Neutral),
            instantFromKey(s.columnText(3))};
}

} // namespace

TagRepository::TagRepository(Database &db)
    : m_db(db)
{}

Result<std::vector<Tag>> TagRepository::all() const
{
    const QString context = QStringLiteral("Could not read your tags");
    auto s = m_db.prepare(QStringLiteral("SELECT id, name, kind, retired_at FROM tags "
                                         "ORDER BY retired_at IS NOT NULL, name COLLATE NOCASE, id"));
    if (!s) {
        return withContext(s.error(), context);
    }
    std::vector<Tag> result;
    if (auto read = s->forEachRow([&](const Statement &row) { result.push_back(readTag(row)); }); !read) {
        return withContext(read.error(), context);
    }
    return result;
}

Result<std::optional<Tag>> TagRepository::findByName(const QString &name) const
{
    auto s = m_db.prepare(QStringLiteral("SELECT id, name, kind, retired_at FROM tags WHERE name = ?1"));
    if (!s) {
        return withContext(s.error(), QStringLiteral("Could not look up a tag"));
    }
    s->bind(1, name.simplified());
    auto row = s->step();
    if (!row) {
        return withContext(row.error(), QStringLiteral("Could not look up a tag"));
    }
    if (!*row) {
        return std::optional<Tag>();
    }
    return std::optional<Tag>(readTag(*s));
}

Result<Tag> TagRepository::add(const QString &name, TagKind kind, const QDateTime &now)
{
    const QString context = QStringLiteral("Could not add the tag");
    auto checked = checkedTagName(name);
    if (!checked) {
        return withContext(checked.error(), context);
    }
    auto s = m_db.prepare(QStringLiteral("INSERT INTO tags (name, kind, created_at) VALUES (?1, ?2, ?3) RETURNING id"));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, *checked).bind(2, tagKindKey(kind)).bind(3, instantKey(now));
    auto row = s->step();
    if (!row) {
        return withContext(duplicateAware(row.error(), *checked), context);
    }
    Tag tag{s->columnInt64(0), *checked, kind, {}};
    if (auto r = s->run(); !r) {
        return withContext(r.error(), context);
    }
    return tag;
}

Result<void> TagRepository::rename(qint64 id, const QString &name)
{
    const QString context = QStringLiteral("Could not rename the tag");
    auto checked = checkedTagName(name);
    if (!checked) {
        return withContext(checked.error(), context);
    }
    auto r = updateOneRow(
        m_db, QStringLiteral("UPDATE tags SET name = ?2 WHERE id = ?1"),
        [&](Statement &s) { s.bind(1, id).bind(2, *checked); }, context, kNotFound);
    if (!r && r.error().code == SQLITE_CONSTRAINT_UNIQUE) {
        return withContext(duplicateAware(r.error(), *checked), context);
    }
    return r;
}

Result<void> TagRepository::setKind(qint64 id, TagKind kind)
{
    return updateOneRow(
        m_db, QStringLiteral("UPDATE tags SET kind = ?2 WHERE id = ?1"),
        [&](Statement &s) { s.bind(1, id).bind(2, tagKindKey(kind)); }, QStringLiteral("Could not change the tag"),
        kNotFound);
}

Result<void> TagRepository::retire(qint64 id, const QDateTime &now)
{
    return updateOneRow(
        m_db, QStringLiteral("UPDATE tags SET retired_at = coalesce(retired_at, ?2) WHERE id = ?1"),
        [&](Statement &s) { s.bind(1, id).bind(2, instantKey(now)); }, QStringLiteral("Could not retire the tag"),
        kNotFound);
}

Result<void> TagRepository::restore(qint64 id)
{
    return updateOneRow(
        m_db, QStringLiteral("UPDATE tags SET retired_at = NULL WHERE id = ?1"), [&](Statement &s) { s.bind(1, id); },
        QStringLiteral("Could not restore the tag"), kNotFound);
}

} // namespace ebb
