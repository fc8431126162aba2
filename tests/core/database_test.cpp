// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "testsupport.h"

#include <sqlite3.h>

using namespace ebb;
using ebb::test::require;
using ebb::test::requireOk;

namespace {

Database memory()
{
    return require(Database::open(QStringLiteral(":memory:"), Database::Access::ReadWriteCreate));
}

qint64 count(Database &db)
{
    return require(db.queryInt(QStringLiteral("SELECT count(*) FROM t")));
}

} // namespace

TEST_CASE("a statement binds values and reads them back, NULL staying NULL", "[storage]")
{
    Database db = memory();
    requireOk(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER, d REAL, s TEXT)")));
    auto insert = require(db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, ?2, ?3)")));
    requireOk(insert.bind(1, std::optional<int>()).bind(2, 2.5).bind(3, QStringLiteral("päivä ✓")).run());
    auto select = require(db.prepare(QStringLiteral("SELECT i, d, s FROM t")));
    REQUIRE(require(select.step()));
    CHECK(select.isNull(0));
    CHECK(select.columnOptionalInt(0) == std::nullopt);
    CHECK(select.columnDouble(1) == 2.5);
    CHECK(select.columnText(2) == QStringLiteral("päivä ✓"));
    CHECK_FALSE(require(select.step()));
}

TEST_CASE("bad SQL is returned as an error with SQLite's detail", "[storage]")
{
    Database db = memory();
    auto stmt = db.prepare(QStringLiteral("SELEKT 1"));
    REQUIRE_FALSE(stmt.ok());
    CHECK(stmt.error().code == SQLITE_ERROR);
    CHECK(stmt.error().detail.contains(QStringLiteral("syntax error")));
    CHECK_FALSE(stmt.errorString().isEmpty());
}

TEST_CASE("a bind to a parameter that does not exist is reported by the next step", "[storage]")
{
    Database db = memory();
    auto stmt = require(db.prepare(QStringLiteral("SELECT ?1")));
    stmt.bind(7, 1);
    auto r = stmt.step();
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == SQLITE_RANGE);
}

TEST_CASE("a transaction rolls back unless committed", "[storage]")
{
    Database db = memory();
    requireOk(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER)")));
    {
        auto tx = require(Transaction::begin(db));
        requireOk(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    CHECK(count(db) == 0);
    {
        auto tx = require(Transaction::begin(db));
        requireOk(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        requireOk(tx.commit());
    }
    CHECK(count(db) == 1);
}

TEST_CASE("a nested transaction is a savepoint: its rollback keeps the outer work", "[storage]")
{
    Database db = memory();
    requireOk(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER)")));
    auto outer = require(Transaction::begin(db));
    requireOk(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    {
        auto inner = require(Transaction::begin(db));
        requireOk(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
    }
    requireOk(outer.commit());
    CHECK(count(db) == 1);
}

TEST_CASE("queryInt on a query that returns no row is an error, not a zero", "[storage]")
{
    Database db = memory();
    requireOk(db.exec(QStringLiteral("CREATE TABLE t (i INTEGER)")));
    auto r = db.queryInt(QStringLiteral("SELECT i FROM t"));
    CHECK_FALSE(r.ok());
}

TEST_CASE("a moved-from database no longer owns the connection", "[storage]")
{
    Database a = memory();
    Database b = std::move(a);
    CHECK(a.handle() == nullptr); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    CHECK(require(b.queryInt(QStringLiteral("SELECT 41 + 1"))) == 42);
}
