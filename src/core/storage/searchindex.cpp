// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "storage/database.h"

#include <QScopeGuard>

#include <sqlite3.h>

namespace ebb {
namespace {

// FTS5 keeps its index in shadow tables; when they are damaged (its structure record gone, say)
// the table cannot even be opened, so neither its 'rebuild' command nor DROP TABLE works. They are
// put back as a new, empty index leaves them (taken from one made for the purpose, so the format
// is this SQLite's), rebuilt from the text the table holds, and then its rows are made again from
// what they derive from: check-in notes, notes and review answers. The triggers that keep it
// current are untouched.
const char *const kRebuild = R"sql(
CREATE VIRTUAL TABLE temp.search_text_fresh USING fts5(x);
DELETE FROM main.search_text_data;
INSERT INTO main.search_text_data (id, block) SELECT id, block FROM temp.search_text_fresh_data;
DELETE FROM main.search_text_idx;
DROP TABLE temp.search_text_fresh;
INSERT INTO search_text (search_text) VALUES ('rebuild');
DELETE FROM search_text;
INSERT INTO search_text (kind, ref, day, body) SELECT 'checkin', day, day, note FROM checkins WHERE note != '';
INSERT INTO search_text (kind, ref, day, body) SELECT 'note', id, day, body FROM notes;
INSERT INTO search_text (kind, ref, day, body)
    SELECT 'review', week || '#' || position, week, answer FROM review_answers WHERE answer != '';
)sql";

} // namespace

Result<bool> searchIndexIsSound(const Database &db)
{
    // FTS5's check is an INSERT command: refused on a journal opened read-only, and a commit on an
    // encrypted one. It runs on a copy in memory instead, so checking never writes.
    auto image = db.image();
    if (!image) {
        return image.error();
    }
    auto copy = Database::fromImage(*image);
    image->fill('\0');
    if (!copy) {
        return copy.error();
    }
    if (auto present = copy->queryText(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_text'"));
        !present || *present == QLatin1String("0")) {
        return present ? Result<bool>(true) : Result<bool>(present.error()); // a journal from before the index
    }
    // rank 1: the index is also compared with the rows it holds.
    auto check =
        copy->exec(QStringLiteral("INSERT INTO search_text (search_text, rank) VALUES ('integrity-check', 1)"));
    if (check) {
        return true;
    }
    if ((check.error().code & 0xff) == SQLITE_CORRUPT) {
        return false;
    }
    return check.error();
}

Result<void> rebuildSearchIndex(Database &db)
{
    // A damaged index is rebuilt by writing its shadow tables, which defensive mode refuses to any
    // SQL: allowed for this rebuild only, on this connection, and refused again after it.
    sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    const auto defensiveAgain =
        qScopeGuard([&db] { sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr); });
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    if (auto r = db.exec(QString::fromUtf8(kRebuild), QStringLiteral("Could not rebuild the search index")); !r) {
        return r;
    }
    return tx->commit();
}

} // namespace ebb
