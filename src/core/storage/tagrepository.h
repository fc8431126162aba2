// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tag.h"
#include "result.h"

#include <optional>
#include <vector>

namespace ebb {

class Database;

/** The person's tags. Like boundaries, tags are retired rather than deleted, keeping history. */
class TagRepository
{
public:
    explicit TagRepository(Database &db);

    /** Active tags by name, then retired ones. */
    Result<std::vector<Tag>> all() const;
    Result<std::optional<Tag>> findByName(const QString &name) const;
    Result<Tag> add(const QString &name, TagKind kind, const QDateTime &now);
    Result<void> rename(qint64 id, const QString &name);
    Result<void> setKind(qint64 id, TagKind kind);
    Result<void> retire(qint64 id, const QDateTime &now);
    Result<void> restore(qint64 id);

private:
    Database &m_db;
};

} // namespace ebb
