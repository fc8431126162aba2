// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalsearch.h"

#include "domain/review.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

#include <QRegularExpression>

namespace ebb {
namespace {

/**
 * The person's words as an FTS5 query: each word quoted (so no character is read as query
 * syntax) and matched as a prefix, all of them required.
 */
QString ftsQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

SearchHit::Kind hitKind(const QString &kind)
{
    if (kind == QLatin1String("checkin")) {
        return SearchHit::Kind::CheckInNote;
    }
    return kind == QLatin1String("review") ? SearchHit::Kind::Review : SearchHit::Kind::Note;
}

} // namespace

JournalSearch::JournalSearch(Database &db)
    : m_db(db)
{}

Result<std::vector<SearchHit>> JournalSearch::find(const QString &text, int limit) const
{
    std::vector<SearchHit> hits;
    const QString query = ftsQuery(text);
    if (query.isEmpty()) {
        return hits;
    }
    const QString context = QStringLiteral("Could not search your journal");
    auto s = m_db.prepare(QStringLiteral(
        "SELECT kind, day, snippet(search_text, 3, '«', '»', '…', 12) FROM search_text WHERE search_text MATCH ?1 "
        "ORDER BY day DESC, rank LIMIT ?2"));
    if (!s) {
        return withContext(s.error(), context);
    }
    s->bind(1, query).bind(2, limit);
    auto read = s->forEachRow([&](const Statement &row) {
        SearchHit hit;
        hit.kind = hitKind(row.columnText(0));
        if (hit.kind == SearchHit::Kind::Review) {
            hit.week = row.columnText(1);
            hit.day = mondayOfWeek(hit.week).value_or(QDate());
        } else {
            hit.day = dayFromKey(row.columnText(1));
        }
        hit.snippet = row.columnText(2);
        hits.push_back(std::move(hit));
    });
    if (!read) {
        return withContext(read.error(), context);
    }
    return hits;
}

} // namespace ebb
