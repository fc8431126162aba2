// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/journalpath.h"
#include "storage/journalerror.h"
#include "storage/journalfile.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <unistd.h>

using namespace ebb;
using ebb::test::readFile;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("a new journal is created owner-only in an owner-only folder", "[storage][files]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("new/dir/ebb.sqlite"));
    auto db = require(openJournalFile(path));
    CHECK(QFileInfo(path).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    const auto dirPermissions = QFileInfo(tmp.path(QStringLiteral("new/dir"))).permissions();
    CHECK((dirPermissions & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther)) ==
          QFile::Permissions());
}

TEST_CASE("a journal opens in WAL mode with synchronous FULL, foreign keys on, at the latest schema", "[storage]")
{
    TempDir tmp;
    auto db = require(openJournalFile(tmp.path(QStringLiteral("ebb.sqlite"))));
    CHECK(require(db.queryText(QStringLiteral("PRAGMA journal_mode"))) == QStringLiteral("wal"));
    CHECK(require(db.queryInt(QStringLiteral("PRAGMA synchronous"))) == 2); // FULL
    CHECK(require(db.queryInt(QStringLiteral("PRAGMA foreign_keys"))) == 1);
    CHECK(require(db.userVersion()) == latestSchemaVersion());
}

TEST_CASE("after the quick check at open, the database still refuses values out of range", "[storage][constraints]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    require(openJournalFile(path)); // created
    JournalOpenOptions options;
    options.quickCheck = true; // runs with CHECK constraints paused, and must switch them back on
    auto db = require(openJournalFile(path, options));
    CHECK(require(db.queryInt(QStringLiteral("PRAGMA ignore_check_constraints"))) == 0);
    CHECK_FALSE(db.exec(QStringLiteral("INSERT INTO checkins (day, energy, created_at, updated_at) "
                                       "VALUES ('2026-03-14', 11, '2026-03-14T12:00:00.000Z', "
                                       "'2026-03-14T12:00:00.000Z')"))
                    .ok());
}

TEST_CASE("a file that is not a database is refused and left byte for byte as it was", "[storage][errors]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("notes.sqlite"));
    const QByteArray original = QByteArray("These are my notes, not a database.\n").repeated(200);
    writeAll(path, original);
    auto db = openJournalFile(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(QStringLiteral("not an Ebb journal")));
    CHECK(readFile(path) == original);
}

TEST_CASE("a journal from a newer Ebb is refused with a clear message and not changed", "[storage][errors]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("future.sqlite"));
    {
        auto db = require(openJournalFile(path));
        requireOk(db.setUserVersion(latestSchemaVersion() + 5));
    }
    const QByteArray before = readFile(path);
    auto db = openJournalFile(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(QStringLiteral("newer version of Ebb")));
    CHECK(readFile(path) == before);
}

TEST_CASE("a missing journal is not created when creation is not allowed", "[storage][errors]")
{
    TempDir tmp;
    JournalOpenOptions options;
    options.create = false;
    auto db = openJournalFile(tmp.path(QStringLiteral("absent.sqlite")), options);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(QStringLiteral("There is no journal")));
    CHECK_FALSE(QFileInfo::exists(tmp.path(QStringLiteral("absent.sqlite"))));
}

TEST_CASE("a journal in a read-only folder gets a clear message", "[storage][errors]")
{
    if (geteuid() == 0) {
        // root ignores file modes, so use a folder no one may create files in: /proc.
        auto db = openJournalFile(QStringLiteral("/proc/ebb-test.sqlite"));
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorString().contains(QStringLiteral("may write")));
        return;
    }
    TempDir tmp;
    const QString dir = tmp.path(QStringLiteral("locked"));
    REQUIRE(QDir().mkpath(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    auto db = openJournalFile(dir + QStringLiteral("/ebb.sqlite"));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    REQUIRE_FALSE(db.ok());
    CHECK(db.errorString().contains(QStringLiteral("may write")));
}

TEST_CASE("a journal that another program holds locked reports 'in use' instead of waiting forever",
          "[storage][errors]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto holder = require(openJournalFile(path));
    requireOk(holder.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    JournalOpenOptions options;
    options.busyTimeoutMs = 50;
    auto second = require(openJournalFile(path, options));
    auto r = second.exec(QStringLiteral("INSERT INTO tags (name, kind, created_at) VALUES ('x', 'neutral', 'now')"));
    REQUIRE_FALSE(r.ok());
    CHECK((r.error().code & 0xff) == SQLITE_BUSY);
    CHECK(r.errorString().contains(QStringLiteral("in use by another program")));
}

TEST_CASE("the journal path comes from --database, then EBB_DATABASE, then the data folder", "[settings]")
{
    qputenv("EBB_DATABASE", "/tmp/from-env.sqlite");
    CHECK(resolveJournalPath(QStringLiteral("/x/given.sqlite")) == QStringLiteral("/x/given.sqlite"));
    CHECK(resolveJournalPath({}) == QStringLiteral("/tmp/from-env.sqlite"));
    qunsetenv("EBB_DATABASE");
    CHECK(resolveJournalPath({}).endsWith(QStringLiteral("/ebb.sqlite")));
}

TEST_CASE("a new journal appears whole: built aside, then renamed into place", "[journalfile]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    // What a start killed midway would have left: a temporary file, which is not the journal.
    {
        QFile leftover(path + QStringLiteral(".creating-99999"));
        REQUIRE(leftover.open(QIODevice::WriteOnly));
    }
    {
        Database db = require(openJournalFile(path));
        CHECK(require(db.userVersion()) == latestSchemaVersion());
        CHECK(require(db.queryText(QStringLiteral("PRAGMA journal_mode"))) == QStringLiteral("wal"));
    }
    const QStringList files = QDir(tmp.dir.path()).entryList(QDir::Files);
    CHECK(files.filter(QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid())).isEmpty());
    CHECK(files.contains(QStringLiteral("ebb.sqlite")));
    CHECK((QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == QFile::Permissions());
}

TEST_CASE("every folder Ebb creates for a new journal is the owner's alone, whatever the umask",
          "[storage][files][security]")
{
    TempDir tmp;
    const ebb::test::ScopedUmask desktop(022);
    REQUIRE(QDir().mkdir(tmp.path(QStringLiteral("mine")))); // the person's folder, 0755
    require(openJournalFile(tmp.path(QStringLiteral("mine/made/by/ebb/ebb.sqlite"))));
    const auto ownerOnly =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    for (const char *folder : {"mine/made", "mine/made/by", "mine/made/by/ebb"}) {
        INFO(folder);
        CHECK(QFileInfo(tmp.path(QString::fromLatin1(folder))).permissions() == ownerOnly);
    }
    // A folder that was there already is the person's: its mode is kept.
    CHECK(QFileInfo(tmp.path(QStringLiteral("mine"))).permissions().testFlag(QFile::ReadOther));
}

TEST_CASE("a changed byte in the file header or the schema version is called damage, not 'read-only' or 'newer'",
          "[storage][errors]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    require(openJournalFile(path)); // closed again at once: the file is whole, with no log beside it
    const QByteArray good = readFile(path);
    const auto writeBytes = [&path](const QByteArray &bytes) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    struct Change
    {
        int offset;
        char value;
        const char *what;
    };
    // Byte 18: the write version (1 or 2); bytes 60-63: the schema version, here made negative.
    for (const Change &change : {Change{18, char(0x7f), "header"}, Change{60, char(0xff), "schema version"}}) {
        QByteArray bad = good;
        bad[change.offset] = change.value;
        writeBytes(bad);
        for (const bool readOnly : {false, true}) {
            JournalOpenOptions options;
            options.readOnly = readOnly;
            options.create = false;
            auto refused = openJournalFile(path, options);
            INFO(change.what << (readOnly ? " (read-only)" : "") << ": "
                             << (refused ? std::string() : refused.errorString().toStdString()));
            REQUIRE_FALSE(refused.ok());
            CHECK(journalErrorKind(refused.error()) == JournalErrorKind::Damaged);
            CHECK_FALSE(refused.errorString().contains(QStringLiteral("read-only")));
            CHECK_FALSE(refused.errorString().contains(QStringLiteral("newer")));
            CHECK(readFile(path) == bad);
        }
    }
}
