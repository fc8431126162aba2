// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statement.h"

#include "sqliteerror.h"

#include <sqlite3.h>

#include <utility>

namespace ebb {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::noteBindResult(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
    }
}

Statement &Statement::bind(int index, int value)
{
    noteBindResult(sqlite3_bind_int(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    noteBindResult(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    noteBindResult(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    // SQLITE_TRANSIENT: SQLite copies the bytes, so the temporary may go.
    noteBindResult(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindBlob(int index, const QByteArray &value)
{
    // A zero-length blob, not NULL, when empty: sqlite3_bind_blob would take a null pointer as NULL.
    noteBindResult(value.isEmpty()
                       ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                       : sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    noteBindResult(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0) {
        return sqliteError(m_db, m_bindError, {});
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return sqliteError(m_db, rc, {});
}

Result<void> Statement::run()
{
    auto r = step();
    if (!r) {
        return r.error();
    }
    while (*r) {
        r = step();
        if (!r) {
            return r.error();
        }
    }
    return {};
}

Result<void> Statement::forEachRow(const std::function<void(const Statement &)> &row)
{
    for (;;) {
        auto more = step();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return {};
        }
        row(*this);
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnInt(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_stmt, column));
}

std::optional<int> Statement::columnOptionalInt(int column) const
{
    if (isNull(column)) {
        return std::nullopt;
    }
    return columnInt(column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

QJsonValue Statement::columnJson(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return QJsonValue();
    case SQLITE_INTEGER:
        return QJsonValue(columnInt64(column));
    case SQLITE_FLOAT:
        return QJsonValue(columnDouble(column));
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
        return QString::fromLatin1(QByteArray(bytes, sqlite3_column_bytes(m_stmt, column)).toBase64());
    }
    default:
        return columnText(column);
    }
}

} // namespace ebb
