// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace ebb {

class Database;

/** One place where the search found the words. */
struct SearchHit
{
    enum class Kind { CheckInNote, Note, Review };
    Kind kind = Kind::Note;
    QDate day;       ///< The day (for a review: its Monday).
    QString week;    ///< For a review: its ISO week.
    QString snippet; ///< The matching text with the found words in «».
};

/**
 * The full-text search over everything the person wrote: check-in notes, notes and weekly
 * reviews. The index (search_text, FTS5) is kept by triggers on those tables.
 */
class JournalSearch
{
public:
    explicit JournalSearch(Database &db);

    /** Finds every word of `text` (as a prefix), newest first; at most `limit` hits. */
    Result<std::vector<SearchHit>> find(const QString &text, int limit = 200) const;

private:
    Database &m_db;
};

} // namespace ebb
