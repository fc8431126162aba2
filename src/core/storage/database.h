// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/statement.h"

#include <QString>

struct sqlite3;

namespace ebb {

/** One SQLite connection, closed on destruction. Move-only. */
class Database
{
public:
    /**
     * ReadOnlyImmutable reads the file as it is, without its -wal and -shm (SQLite's immutable=1):
     * nothing is written, even in a read-only folder. Only when no one can be writing it.
     */
    enum class Access { ReadOnly, ReadOnlyImmutable, ReadWrite, ReadWriteCreate };

    /** Opens `path` (":memory:" for a private in-memory database). Never creates a missing
     *  file unless `access` is ReadWriteCreate. */
    static Result<Database> open(const QString &path, Access access);
    /**
     * A private in-memory database holding a copy of `image` (the bytes of a SQLite file). Used
     * for encrypted journals, whose plaintext never touches the disk.
     */
    static Result<Database> fromImage(const QByteArray &image);
    /** The database's bytes, as a SQLite file would hold them. */
    Result<QByteArray> image() const;

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /** Runs one or more statements that return no rows. */
    Result<void> exec(const QString &sql, const QString &context = {});
    Result<Statement> prepare(const QString &sql) const;
    /** Runs a query that returns a single integer, e.g. a PRAGMA. */
    Result<qint64> queryInt(const QString &sql) const;
    Result<QString> queryText(const QString &sql) const;

    Result<int> userVersion() const;
    Result<void> setUserVersion(int version);

    int changes() const;
    void setBusyTimeout(int milliseconds);

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

private:
    Database(sqlite3 *db, QString path);
    /** The statement stepped onto its first row; an error when there is none. */
    Result<Statement> firstRow(const QString &sql) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
};

/**
 * A transaction that rolls back unless committed, so an early return or error leaves the
 * journal as it was. The outermost one begins IMMEDIATE: the write lock is taken up front, so a
 * busy journal is reported before any work is done rather than half-way through. Inside another
 * transaction it becomes a SAVEPOINT, so services can compose repository calls atomically.
 */
class Transaction
{
public:
    static Result<Transaction> begin(Database &db);
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Result<void> commit();

private:
    Transaction(Database *db, bool nested);
    Database *m_db = nullptr;
    bool m_nested = false;
};

} // namespace ebb
