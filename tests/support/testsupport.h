// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "journalaccess.h"
#include "result.h"
#include "settings/clock.h"
#include "storage/journal.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>
#include <sys/stat.h>

namespace ebb::test {

/** A clock that says whatever the test sets; starts at 2026-03-14 09:00 UTC. */
class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSeconds(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now{QDate(2026, 3, 14), QTime(9, 0), Qt::UTC};
};

/** The day FixedClock starts on, 2026-03-14: the "today" import files are read against in tests. */
inline QDate fixedToday()
{
    return FixedClock().now().date();
}

/** A temporary folder for one test, removed afterwards. */
struct TempDir
{
    QTemporaryDir dir;
    QString path(const QString &name) const { return dir.filePath(name); }
};

/** Writes `bytes` to `name` in `dir` and returns the file's path. */
QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes);

/** Sets the process's umask for a scope (new files' default permissions), restoring it after. */
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask &) = delete;
    ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
    mode_t m_previous;
};

/** The bytes of the file at `path` (the test fails if it cannot be read). */
QByteArray readFile(const QString &path);

/** Every file under `dir` (recursively, hidden ones too) whose raw bytes contain `needle`. */
QStringList filesContaining(const QString &dir, const QByteArray &needle);

/**
 * Unseals the encrypted journal at `path`, lets `change` alter its SQLite image, and seals it
 * back with the same key: a journal whose encryption is whole but whose content is not.
 */
void alterSealedImage(const QString &path, const QString &passphrase, const std::function<void(QByteArray &)> &change);

/** Sets the SQLite image's user_version (the schema version Ebb reads), as a newer or older Ebb left it. */
void setImageUserVersion(QByteArray &image, int version);

/**
 * A journal file at `path` as an older Ebb left it: created, migrated only up to schema `version`,
 * then `sql` run on it (rows of that schema).
 */
void writeOlderJournal(const QString &path, int version, const QString &sql = {});

/** A fresh in-memory journal with the latest schema. */
std::unique_ptr<Journal> memoryJournal(const Clock &clock);

/** A check-in with every score set, for tests that need "some data". */
CheckIn sampleCheckIn(QDate day, int energy = 6);

/** Fails the test with the error's message unless `result` succeeded. */
inline void requireOk(const Result<void> &result)
{
    INFO(result.errorString().toStdString());
    REQUIRE(result.ok());
}

/** Unwraps a Result in a test, failing with its message when it holds an error. */
template <typename T>
T require(Result<T> result)
{
    INFO(result.errorString().toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace ebb::test
