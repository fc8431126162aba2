// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/journalfile.h"
#include "storage/migrations.h"
#include "testsupport.h"

using namespace ebb;
using ebb::test::require;
using ebb::test::requireOk;

namespace {

Database emptyMemory()
{
    return require(Database::open(QStringLiteral(":memory:"), Database::Access::ReadWriteCreate));
}

QStringList tables(Database &db)
{
    // FTS5 keeps its index in shadow tables named after the virtual table; those are not ours to list.
    auto s = require(db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT GLOB 'search_text_*' ORDER BY name")));
    QStringList names;
    while (require(s.step())) {
        names << s.columnText(0);
    }
    return names;
}

} // namespace

TEST_CASE("every schema version is reached from an empty file and from each older version", "[storage][migrations]")
{
    const auto all = schemaMigrations();
    for (size_t start = 0; start <= all.size(); ++start) {
        Database db = emptyMemory();
        requireOk(migrate(db, all.first(start)));
        CHECK(require(db.userVersion()) == (start == 0 ? 0 : all[start - 1].version));
        requireOk(migrate(db, all));
        CHECK(require(db.userVersion()) == latestSchemaVersion());
        CHECK(require(db.queryInt(QStringLiteral("SELECT count(*) FROM pragma_integrity_check WHERE "
                                                 "integrity_check != 'ok'"))) == 0);
    }
}

TEST_CASE("the schema has every table the journal needs", "[storage][migrations]")
{
    Database db = emptyMemory();
    requireOk(migrate(db, schemaMigrations()));
    CHECK(tables(db) ==
          QStringList{QStringLiteral("boundaries"), QStringLiteral("checkin_boundaries"),
                      QStringLiteral("checkin_tags"), QStringLiteral("checkins"), QStringLiteral("drafts"),
                      QStringLiteral("flag_dismissals"), QStringLiteral("notes"), QStringLiteral("review_answers"),
                      QStringLiteral("reviews"), QStringLiteral("search_text"), QStringLiteral("self_checks"),
                      QStringLiteral("settings"), QStringLiteral("sync_dirty"), QStringLiteral("sync_fields"),
                      QStringLiteral("sync_local"), QStringLiteral("sync_taken"), QStringLiteral("tags")});
}

TEST_CASE("schema 6 gives boundaries, tags and notes an id of their own, old rows and new", "[storage][migrations]")
{
    Database db = emptyMemory();
    const auto upTo5 = schemaMigrations().first(5);
    requireOk(migrate(db, upTo5));
    requireOk(db.exec(QStringLiteral(
        "INSERT INTO tags (name, kind, created_at) VALUES ('work', 'drained', 'x'), ('walk', 'restored', 'x');"
        "INSERT INTO boundaries (text, created_at) VALUES ('No email after six', 'x');"
        "INSERT INTO notes (day, body, created_at, updated_at) VALUES ('2026-03-14', 'a note', 'x', 'x');")));
    requireOk(migrate(db, schemaMigrations()));
    requireOk(db.exec(QStringLiteral("INSERT INTO tags (name, kind, created_at) VALUES ('new', 'neutral', 'x')")));
    CHECK(require(db.queryInt(QStringLiteral("SELECT count(DISTINCT uid) FROM tags WHERE length(uid) = 16"))) == 3);
    CHECK(require(db.queryInt(QStringLiteral("SELECT count(*) FROM boundaries WHERE length(uid) = 16"))) == 1);
    CHECK(require(db.queryInt(QStringLiteral("SELECT count(*) FROM notes WHERE length(uid) = 16"))) == 1);
    // A row that comes with its id (from another computer) keeps it; an id twice is refused.
    requireOk(db.exec(QStringLiteral(
        "INSERT INTO tags (name, kind, created_at, uid) VALUES ('given', 'neutral', 'x', '0123456789abcdef')")));
    CHECK(require(db.queryText(QStringLiteral("SELECT uid FROM tags WHERE name = 'given'"))) ==
          QStringLiteral("0123456789abcdef"));
    CHECK_FALSE(db.exec(QStringLiteral(
        "INSERT INTO tags (name, kind, created_at, uid) VALUES ('twice', 'neutral', 'x', '0123456789abcdef')")));
}

TEST_CASE("a version 1 journal with entries is brought to the latest schema keeping them", "[storage][migrations]")
{
    ebb::test::TempDir tmp;
    const QString path = tmp.path(QStringLiteral("v1.sqlite"));
    ebb::test::writeOlderJournal(path, 1,
                                 QStringLiteral("INSERT INTO checkins (day, energy, created_at, updated_at) VALUES "
                                                "('2026-03-14', 4, 'x', 'x')"));
    Database db = require(openJournalFile(path));
    CHECK(require(db.userVersion()) == latestSchemaVersion());
    CHECK(require(db.queryInt(QStringLiteral("SELECT energy FROM checkins WHERE day = '2026-03-14'"))) == 4);
    CHECK(require(db.queryInt(QStringLiteral("SELECT count(*) FROM flag_dismissals"))) == 0);
}

TEST_CASE("migrating twice changes nothing", "[storage][migrations]")
{
    Database db = emptyMemory();
    requireOk(migrate(db, schemaMigrations()));
    requireOk(db.exec(QStringLiteral("INSERT INTO tags (name, kind, created_at) VALUES ('walk', 'restored', 'x')")));
    requireOk(migrate(db, schemaMigrations()));
    CHECK(require(db.queryInt(QStringLiteral("SELECT count(*) FROM tags"))) == 1);
}

TEST_CASE("a failing migration leaves the journal at the previous version with its data", "[storage][migrations]")
{
    const Migration steps[] = {
        {1, "CREATE TABLE a (x INTEGER);"},
        {2, "CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);"},
    };
    Database db = emptyMemory();
    requireOk(migrate(db, std::span(steps).first(1)));
    requireOk(db.exec(QStringLiteral("INSERT INTO a VALUES (7)")));
    auto r = migrate(db, steps);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("schema 2")));
    CHECK(require(db.userVersion()) == 1);
    CHECK(tables(db) == QStringList{QStringLiteral("a")}); // table b was rolled back with the step
    CHECK(require(db.queryInt(QStringLiteral("SELECT x FROM a"))) == 7);
}

TEST_CASE("migrate refuses a schema newer than it knows", "[storage][migrations]")
{
    Database db = emptyMemory();
    requireOk(db.setUserVersion(latestSchemaVersion() + 1));
    auto r = migrate(db, schemaMigrations());
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("newer version of Ebb")));
}
