// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "storage/sqliteerror.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace ebb {

Result<Database> Database::open(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread; Ebb never shares one
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadOnlyImmutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    const QByteArray name = access == Access::ReadOnlyImmutable
                                ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1"
                                : path.toUtf8();
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, rc, QStringLiteral("Could not open the journal %1").arg(path));
        sqlite3_close(db); // sqlite3_open_v2 allocates a handle even on failure
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    // No SQL may corrupt the file on purpose (writable_schema, journal_mode=OFF, writes to shadow
    // tables). trusted_schema stays on: Ebb's own triggers keep its FTS5 search index, and SQLite
    // 3.40 refuses FTS5 inside a trigger without it. What it would guard against — a schema Ebb did
    // not write — is refused outright before anything is written (schemacheck.h).
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    return Database(db, path);
}

Result<Database> Database::fromImage(const QByteArray &image)
{
    auto db = open(QStringLiteral(":memory:"), Access::ReadWrite);
    if (!db) {
        return db.error();
    }
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(std::max<qsizetype>(image.size(), 1))));
    if (buffer == nullptr) {
        return errorWith(QStringLiteral("There was not enough memory to open the journal."));
    }
    memcpy(buffer, image.constData(), size_t(image.size()));
    // A file last written in WAL mode says so in bytes 18 and 19; in memory there is no WAL, so
    // the copy is marked as a rollback-journal database (the file on disk is never touched).
    if (image.size() >= 20 && buffer[18] == 2 && buffer[19] == 2) {
        buffer[18] = 1;
        buffer[19] = 1;
    }
    const int rc =
        sqlite3_deserialize(db->handle(), "main", buffer, sqlite3_int64(image.size()), sqlite3_int64(image.size()),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) {
        return sqliteError(db->handle(), rc, QStringLiteral("Could not open the journal"));
    }
    return db;
}

Result<QByteArray> Database::image() const
{
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(m_db, "main", &size, 0);
    if (bytes == nullptr) {
        // An empty database serializes to nothing.
        if (size == 0 && sqlite3_errcode(m_db) == SQLITE_OK) {
            return QByteArray();
        }
        return errorWith(QStringLiteral("There was not enough memory to write the journal."));
    }
    QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    memset(bytes, 0, size_t(size));
    sqlite3_free(bytes);
    return image;
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    // close_v2 defers the close until any statement still alive is finalized.
    sqlite3_close_v2(m_db);
}

Result<void> Database::exec(const QString &sql, const QString &context)
{
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, context);
    }
    return {};
}

Result<Statement> Database::prepare(const QString &sql) const
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, {});
    }
    return Statement(m_db, stmt);
}

Result<Statement> Database::firstRow(const QString &sql) const
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    auto row = stmt->step();
    if (!row) {
        return row.error();
    }
    if (!*row) {
        return Error{QStringLiteral("The journal returned no answer to an internal question."), 0, sql};
    }
    return stmt;
}

Result<qint64> Database::queryInt(const QString &sql) const
{
    auto row = firstRow(sql);
    if (!row) {
        return row.error();
    }
    return row->columnInt64(0);
}

Result<QString> Database::queryText(const QString &sql) const
{
    auto row = firstRow(sql);
    if (!row) {
        return row.error();
    }
    return row->columnText(0);
}

Result<int> Database::userVersion() const
{
    auto v = queryInt(QStringLiteral("PRAGMA user_version"));
    if (!v) {
        return v.error();
    }
    return int(*v);
}

Result<void> Database::setUserVersion(int version)
{
    return exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

Result<Transaction> Transaction::begin(Database &db)
{
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    auto r = db.exec(nested ? QStringLiteral("SAVEPOINT ebb_nested") : QStringLiteral("BEGIN IMMEDIATE"));
    if (!r) {
        return r.error();
    }
    return Transaction(&db, nested);
}

Transaction::Transaction(Database *db, bool nested)
    : m_db(db)
    , m_nested(nested)
{}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_nested(other.m_nested)
{}

Transaction::~Transaction()
{
    if (m_db == nullptr) {
        return;
    }
    // Nothing useful can be done with a failed rollback; SQLite rolls back on close anyway.
    if (m_nested) {
        (void)m_db->exec(QStringLiteral("ROLLBACK TO ebb_nested; RELEASE ebb_nested"));
    } else {
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::commit()
{
    Database *db = std::exchange(m_db, nullptr);
    if (m_nested) {
        return db->exec(QStringLiteral("RELEASE ebb_nested"));
    }
    auto r = db->exec(QStringLiteral("COMMIT"));
    if (!r) {
        // A failed COMMIT (e.g. SQLITE_BUSY or a full disk) may leave the transaction open.
        if (sqlite3_get_autocommit(db->handle()) == 0) {
            (void)db->exec(QStringLiteral("ROLLBACK"));
        }
    }
    return r;
}

} // namespace ebb
