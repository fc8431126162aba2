// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Journal is the one door into a journal: each way it can refuse has a kind callers switch on,
// and a journal opened for reading is never created, migrated or written.
#include "storage/backups.h"
#include "storage/integrity.h"
#include "storage/journal.h"
#include "storage/journalerror.h"
#include "storage/migrations.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::readFile;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("a long walk by the river");

void overwrite(const QString &path, qint64 at, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.seek(at));
    REQUIRE(f.write(bytes) == bytes.size());
}

/** A plain journal at `path` with `days` check-ins, checkpointed so the file holds them. */
void makeJournal(const QString &path, const FixedClock &clock, int days)
{
    auto journal = require(Journal::open(path, clock));
    for (int i = 0; i < days; ++i) {
        CheckIn c = sampleCheckIn(clock.today().addDays(-i), i % 11);
        c.note = QString(200, QLatin1Char('x'));
        require(journal->saveCheckIn(c));
    }
    requireOk(ebb::test::databaseOf(*journal).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
}

JournalErrorKind kindOf(const Error &error)
{
    INFO(error.message.toStdString());
    return journalErrorKind(error);
}

} // namespace

TEST_CASE("each way a journal refuses to open has its own kind", "[storage][errors][journal]")
{
    TempDir tmp;
    FixedClock clock;

    JournalOpenOptions noCreate;
    noCreate.create = false;
    auto missing = Journal::open(tmp.path(QStringLiteral("absent.sqlite")), clock, noCreate);
    REQUIRE_FALSE(missing.ok());
    CHECK(kindOf(missing.error()) == JournalErrorKind::Missing);

    const QString notes = tmp.path(QStringLiteral("notes.sqlite"));
    overwrite(notes, 0, QByteArray("These are my notes, not a database.\n").repeated(200));
    auto notAJournal = Journal::open(notes, clock);
    REQUIRE_FALSE(notAJournal.ok());
    CHECK(kindOf(notAJournal.error()) == JournalErrorKind::NotAJournal);
    CHECK(isDamage(kindOf(notAJournal.error())));

    const QString future = tmp.path(QStringLiteral("future.sqlite"));
    makeJournal(future, clock, 0);
    {
        auto journal = require(Journal::open(future, clock));
        requireOk(ebb::test::databaseOf(*journal).setUserVersion(latestSchemaVersion() + 1));
    }
    auto newer = Journal::open(future, clock);
    REQUIRE_FALSE(newer.ok());
    CHECK(kindOf(newer.error()) == JournalErrorKind::NewerVersion);
    CHECK_FALSE(isDamage(kindOf(newer.error()))); // no backup is offered for a newer journal

    const QString sealed = tmp.path(QStringLiteral("sealed.sqlite"));
    makeJournal(sealed, clock, 1);
    require(encryptJournal(sealed, kPassphrase, KdfParams::minimal()));
    auto noPassphrase = Journal::open(sealed, clock);
    REQUIRE_FALSE(noPassphrase.ok());
    CHECK(kindOf(noPassphrase.error()) == JournalErrorKind::NeedsPassphrase);
    auto wrong = Journal::open(sealed, clock, {}, QStringLiteral("a long walk by the sea"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(kindOf(wrong.error()) == JournalErrorKind::WrongPassphrase);
}

TEST_CASE("a damaged journal is told apart from a locked one", "[storage][errors][journal]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    makeJournal(path, clock, 300);

    SECTION("a page destroyed in the middle is damage")
    {
        overwrite(path, 8 * 4096, QByteArray(3 * 4096, '\x33'));
        auto journal = require(Journal::open(path, clock));
        auto check = journal->checkIntegrity();
        REQUIRE_FALSE(check.ok());
        CHECK(kindOf(check.error()) == JournalErrorKind::Damaged);
    }
    SECTION("another program holding the journal is 'locked', not damage")
    {
        JournalOpenOptions quick;
        quick.busyTimeoutMs = 50;
        auto holder = require(Journal::open(path, clock));
        requireOk(ebb::test::databaseOf(*holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        auto second = require(Journal::open(path, clock, quick));
        auto saved = second->saveCheckIn(sampleCheckIn(clock.today().addDays(1), 5));
        REQUIRE_FALSE(saved.ok());
        CHECK(kindOf(saved.error()) == JournalErrorKind::Locked);
        CHECK_FALSE(isDamage(kindOf(saved.error())));
    }
}

TEST_CASE("a journal opened for reading is never created, migrated or written", "[storage][journal]")
{
    TempDir tmp;
    FixedClock clock;

    const QString absent = tmp.path(QStringLiteral("absent.sqlite"));
    auto missing = Journal::openForReading(absent, clock);
    REQUIRE_FALSE(missing.ok());
    CHECK(kindOf(missing.error()) == JournalErrorKind::Missing);
    CHECK_FALSE(QFileInfo::exists(absent));

    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    makeJournal(path, clock, 3);
    const QByteArray before = readFile(path);
    {
        auto reader = require(Journal::openForReading(path, clock));
        CHECK(require(reader->checkIns({}, {})).size() == 3);
        auto saved = reader->saveCheckIn(sampleCheckIn(clock.today().addDays(1), 5));
        REQUIRE_FALSE(saved.ok());
        CHECK(kindOf(saved.error()) == JournalErrorKind::ReadOnly);
        CHECK(require(reader->integrityReport()).healthy());
    }
    CHECK(readFile(path) == before);

    // An older journal is read as it is: the reader does not migrate it.
    {
        auto journal = require(Journal::open(path, clock));
        requireOk(ebb::test::databaseOf(*journal).setUserVersion(latestSchemaVersion() - 1));
    }
    {
        auto reader = require(Journal::openForReading(path, clock));
        CHECK(require(reader->schemaVersion()) == latestSchemaVersion() - 1);
    }
    CHECK(require(require(Journal::openForReading(path, clock))->schemaVersion()) == latestSchemaVersion() - 1);
}

TEST_CASE("an encrypted journal opened for reading refuses writes and its file stays as it was",
          "[storage][journal][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    makeJournal(path, clock, 2);
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    const QByteArray before = readFile(path);
    {
        auto reader = require(Journal::openForReading(path, clock, kPassphrase));
        CHECK(reader->isEncrypted());
        CHECK(require(reader->checkIns({}, {})).size() == 2);
        auto saved = reader->saveCheckIn(sampleCheckIn(clock.today().addDays(1), 5));
        REQUIRE_FALSE(saved.ok());
        CHECK(kindOf(saved.error()) == JournalErrorKind::ReadOnly);
        // A backup reads the journal and writes beside it, sealed.
        const BackupInfo backup = require(reader->backupNow(QStringLiteral("manual")));
        CHECK(isSealedJournal(backup.path));
    }
    CHECK(readFile(path) == before);
}

TEST_CASE("an encrypted journal's damaged content or newer schema has the same kind as a plain one's",
          "[storage][errors][journal][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    makeJournal(path, clock, 300);
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));

    SECTION("damaged pages inside a whole encryption are damage: a backup can help")
    {
        ebb::test::alterSealedImage(path, kPassphrase, [](QByteArray &image) {
            image.replace(8 * 4096, 3 * 4096, QByteArray(3 * 4096, '\x33'));
        });
        auto damaged = Journal::open(path, clock, {}, kPassphrase);
        REQUIRE_FALSE(damaged.ok());
        CHECK(kindOf(damaged.error()) == JournalErrorKind::Damaged);
    }
    SECTION("a newer schema is 'newer', not damage")
    {
        ebb::test::alterSealedImage(path, kPassphrase, [](QByteArray &image) {
            ebb::test::setImageUserVersion(image, latestSchemaVersion() + 1);
        });
        auto newer = Journal::open(path, clock, {}, kPassphrase);
        REQUIRE_FALSE(newer.ok());
        CHECK(kindOf(newer.error()) == JournalErrorKind::NewerVersion);
    }
    SECTION("an older schema opened for reading is read as it is: not migrated, not backed up, not written")
    {
        ebb::test::alterSealedImage(path, kPassphrase, [](QByteArray &image) {
            ebb::test::setImageUserVersion(image, latestSchemaVersion() - 1);
        });
        const QByteArray older = readFile(path);
        {
            auto reader = require(Journal::openForReading(path, clock, kPassphrase));
            CHECK(require(reader->schemaVersion()) == latestSchemaVersion() - 1);
            CHECK(require(reader->checkIns({}, {})).size() == 300);
        }
        CHECK(readFile(path) == older);
        CHECK(require(Backups(Backups::directoryFor(path)).list()).empty());
    }
}

TEST_CASE("a full dump reads every table, whatever quotes its name holds", "[storage][journal][json]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    require(journal->saveCheckIn(sampleCheckIn(clock.today(), 6)));
    requireOk(ebb::test::databaseOf(*journal).exec(
        QStringLiteral(R"(CREATE TABLE "odd ""name"" here" (x INTEGER); INSERT INTO "odd ""name"" here" VALUES (1))")));
    const QJsonObject dump = require(journal->dumpTables());
    const QJsonObject tables = dump.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("odd \"name\" here")).toArray().size() == 1);
    CHECK(tables.value(QStringLiteral("checkins")).toArray().size() == 1);
}

TEST_CASE("an empty or schema-less journal file is damage, never silently a new journal", "[storage][errors][journal]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));

    SECTION("a file cut to nothing (an encrypted journal cut short looks the same)")
    {
        REQUIRE(QFile(path).open(QIODevice::WriteOnly));
    }
    SECTION("a database with no schema written into it")
    {
        JournalOpenOptions bare;
        bare.migrate = false;
        require(Journal::open(path, clock, bare));
        REQUIRE(QFileInfo(path).size() > 0);
    }
    const QByteArray before = readFile(path);
    auto opened = Journal::open(path, clock);
    REQUIRE_FALSE(opened.ok());
    CHECK(isDamage(kindOf(opened.error())));
    CHECK(opened.errorString().contains(QStringLiteral("no journal in it")));
    CHECK(readFile(path) == before); // nothing written: a backup can still be put in its place
    CHECK_FALSE(Journal::openForReading(path, clock).ok());
}
