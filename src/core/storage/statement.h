// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace ebb {

/**
 * A prepared SQLite statement, finalized on destruction.
 *
 * Binds are 1-based and columns 0-based, as in SQLite itself. A bind error is remembered and
 * reported by the next step(), so call sites can chain binds without checking each one.
 */
class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, int value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::optional<int> value);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);

    /** Advances one row: true when a row is ready to read, false when done. */
    Result<bool> step();
    /** Runs a statement that returns no rows to completion. */
    Result<void> run();
    /** Steps through every remaining row, calling `row` with this statement positioned on it. */
    Result<void> forEachRow(const std::function<void(const Statement &)> &row);
    /** Rewinds the statement and clears its bindings, for reuse. */
    void reset();

    bool isNull(int column) const;
    int columnInt(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    std::optional<int> columnOptionalInt(int column) const;
    int columnCount() const;
    QString columnName(int column) const;
    /** The column as JSON: null, a number, or text (blobs as base64 text). */
    QJsonValue columnJson(int column) const;

private:
    void noteBindResult(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace ebb
