// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace ebb {

/** What went wrong, in words a person can act on, plus the technical detail for the log. */
struct Error
{
    QString message; ///< Shown to the person: what happened and what to do.
    int code = 0;    ///< The SQLite result code where one applies, else 0.
    QString detail;  ///< Technical detail (e.g. sqlite3_errmsg) for logs and tests.
};

/** An Error with only a message, for problems that have no technical detail of their own. */
inline Error errorWith(QString message)
{
    return Error{std::move(message), 0, QString()};
}

/** A value or an Error. Errors are returned, never swallowed. */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

    const Error &error() const { return m_error; }
    const QString &errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/** Success or an Error, for operations that return nothing. */
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    const QString &errorString() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace ebb
