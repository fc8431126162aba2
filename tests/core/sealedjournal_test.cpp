// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>

using namespace ebb;
using ebb::test::filesContaining;
using ebb::test::FixedClock;
using ebb::test::readFile;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("a long walk by the river");

/** A plain journal with one check-in, then encrypted in place. */
QString encryptedJournal(const TempDir &tmp, const FixedClock &clock)
{
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(path, clock));
        require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1), 4)));
        require(journal->backupNow(QStringLiteral("manual"), false));
    }
    CHECK(require(encryptJournal(path, kPassphrase, KdfParams::minimal())).sealed.size() == 1); // the backup too
    return path;
}

} // namespace

TEST_CASE("what is written into an encrypted journal is in no file on disk, and reads back", "[crypto][sealed]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    const QByteArray marker = "MARKER-b7f3c1-unique-words-of-the-day";
    const QByteArray draftMarker = "DRAFT-91ad-typed-but-not-saved";
    {
        auto journal = require(Journal::open(path, clock, {}, kPassphrase));
        CHECK(journal->isEncrypted());
        CheckIn c = sampleCheckIn(QDate(2026, 3, 2), 7);
        c.note = QString::fromUtf8(marker);
        require(journal->saveCheckIn(c));
        CheckIn draft = sampleCheckIn(QDate(2026, 3, 3), 2);
        draft.note = QString::fromUtf8(draftMarker);
        requireOk(journal->saveDraft(draft));
        require(journal->backupNow(QStringLiteral("manual"), false));
        require(journal->dailyBackup());
        // Written at once, not only on close: the file on disk already holds the change.
        auto second = require(Journal::open(path, clock, {}, kPassphrase));
        CHECK(require(second->checkIn(QDate(2026, 3, 2)))->note == QString::fromUtf8(marker));
    }
    CHECK(filesContaining(tmp.dir.path(), marker).isEmpty());
    CHECK(filesContaining(tmp.dir.path(), draftMarker).isEmpty());
    CHECK(filesContaining(tmp.dir.path(), "Walked by the river").isEmpty()); // the older, pre-encryption note
    CHECK(filesContaining(tmp.dir.path(), "SQLite format 3").isEmpty());     // no plain database anywhere
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));

    auto reopened = require(Journal::open(path, clock, {}, kPassphrase));
    CHECK(require(reopened->checkIn(QDate(2026, 3, 2)))->note == QString::fromUtf8(marker));
    CHECK(require(reopened->draft(QDate(2026, 3, 3))).has_value());
    CHECK(require(reopened->checkIn(QDate(2026, 3, 1)))->energy == 4);
    // The backups are sealed too, and open with the same passphrase.
    const auto backups = require(Backups(Backups::directoryFor(path)).list());
    REQUIRE_FALSE(backups.empty());
    for (const BackupInfo &b : backups) {
        CHECK(isSealedJournal(b.path));
    }
    auto fromBackup = require(Journal::open(backups.front().path, clock, {}, kPassphrase));
    CHECK(require(fromBackup->checkIn(QDate(2026, 3, 2)))->note == QString::fromUtf8(marker));
}

TEST_CASE("an encrypted journal asks for its passphrase and refuses a wrong one, changing nothing",
          "[crypto][sealed][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    const QByteArray before = readFile(path);

    auto none = Journal::open(path, clock);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == kNeedsPassphrase);
    CHECK(none.errorString().contains(QStringLiteral("encrypted")));

    auto wrong = Journal::open(path, clock, {}, QStringLiteral("a long walk by the sea"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.errorString().contains(QStringLiteral("passphrase did not open")));
    CHECK(readFile(path) == before);
}

TEST_CASE("a truncated or tampered encrypted journal is refused and left as it is", "[crypto][sealed][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    const QByteArray good = readFile(path);
    QByteArray flipped = good;
    flipped[flipped.size() / 2] =
        char(flipped.at(flipped.size() / 2) ^ 0x01); // always a change (0x42 was not, 1 in 256)
    for (const QByteArray &bad : {good.left(good.size() / 2), flipped}) {
        {
            QFile f(path);
            REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bad);
        }
        auto refused = Journal::open(path, clock, {}, kPassphrase);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorString().contains(QStringLiteral("changed or cut short")));
        CHECK(readFile(path) == bad);
    }
}

TEST_CASE("encryption on and off again gives back the same journal, as a plain SQLite file", "[crypto][sealed]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    CHECK_FALSE(readFile(path).startsWith("SQLite format 3"));
    auto wrong = decryptJournal(path, QStringLiteral("nope"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(isSealedJournal(path));

    requireOk(decryptJournal(path, kPassphrase));
    CHECK(readFile(path).startsWith("SQLite format 3"));
    auto plain = require(Journal::open(path, clock));
    CHECK_FALSE(plain->isEncrypted());
    CHECK(require(plain->checkIn(QDate(2026, 3, 1)))->sameContentAs(sampleCheckIn(QDate(2026, 3, 1), 4)));
    require(plain->saveCheckIn(sampleCheckIn(QDate(2026, 3, 5), 5)));
    plain.reset();
    CHECK(require(encryptJournal(path, kPassphrase, KdfParams::minimal())).isEmpty());
    auto again = require(Journal::open(path, clock, {}, kPassphrase));
    CHECK(require(again->checkIns({}, {})).size() == 2);
    auto twice = encryptJournal(path, kPassphrase, KdfParams::minimal());
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorString().contains(QStringLiteral("already encrypted")));
}

TEST_CASE("a new passphrase replaces the old one", "[crypto][sealed]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    const QString next = QStringLiteral("tea before the inbox");
    auto refused = changeJournalPassphrase(path, QStringLiteral("guess"), next, KdfParams::minimal());
    REQUIRE_FALSE(refused.ok());
    CHECK(require(Journal::open(path, clock, {}, kPassphrase))->isEncrypted());

    require(changeJournalPassphrase(path, kPassphrase, next, KdfParams::minimal()));
    CHECK_FALSE(Journal::open(path, clock, {}, kPassphrase).ok());
    CHECK(require(require(Journal::open(path, clock, {}, next))->checkIns({}, {})).size() == 1);
}

TEST_CASE("a plain copy left by a decryption that was cut off is removed when the journal opens", "[crypto][sealed]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock);
    for (const char *leftover : {".plain", ".plain-wal", ".sealing"}) {
        QFile f(path + QLatin1String(leftover));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Walked by the river.");
    }
    require(Journal::open(path, clock, {}, kPassphrase));
    CHECK(filesContaining(tmp.dir.path(), "Walked by the river").isEmpty());
}

TEST_CASE("a journal sealed below today's cost is re-sealed at it on its next unlock, not when only read",
          "[crypto][sealed]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock); // sealed at the minimal cost
    const KdfParams before = KdfParams::current();
    const KdfParams raised{KdfParams::minimal().opsLimit + 1, KdfParams::minimal().memLimit * 2};
    KdfParams::setCurrent(raised);
    const auto restore = qScopeGuard([&before] { KdfParams::setCurrent(before); });
    const auto costOnDisk = [&path] {
        return require(readSealedHeader(readFile(path))).kdf;
    };
    const QByteArray saltBefore = require(readSealedHeader(readFile(path))).salt;

    require(Journal::openForReading(path, clock, kPassphrase));
    CHECK(costOnDisk().opsLimit == KdfParams::minimal().opsLimit);

    auto journal = require(Journal::open(path, clock, {}, kPassphrase));
    CHECK(costOnDisk().opsLimit == raised.opsLimit);
    CHECK(costOnDisk().memLimit == raised.memLimit);
    CHECK(require(readSealedHeader(readFile(path))).salt != saltBefore);
    // Later saves keep the new cost, and the journal still opens with its passphrase.
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 9), 7)));
    journal.reset();
    CHECK(costOnDisk().opsLimit == raised.opsLimit);
    CHECK(require(require(Journal::open(path, clock, {}, kPassphrase))->checkInCount()) == 2);
}

TEST_CASE("a new passphrase re-seals the backups too; copies from before an earlier change are named",
          "[crypto][sealed]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = encryptedJournal(tmp, clock); // its one backup was sealed with it
    require(require(Journal::open(path, clock, {}, kPassphrase))->backupNow(QStringLiteral("manual"), false));
    // A copy sealed under another passphrase, as one from before an earlier change would be.
    const QString other = tmp.path(QStringLiteral("other/ebb.sqlite"));
    require(require(Journal::open(other, clock))->checkInCount());
    require(encryptJournal(other, QStringLiteral("an earlier passphrase"), KdfParams::minimal()));
    const QString older =
        QDir(Backups::directoryFor(path)).filePath(QStringLiteral("ebb-20250101-090000-daily.sqlite"));
    REQUIRE(QFile::copy(other, older));

    const QString next = QStringLiteral("tea before the inbox");
    const ResealedCopies copies = require(changeJournalPassphrase(path, kPassphrase, next, KdfParams::minimal()));
    CHECK(copies.resealed == 2);
    CHECK(copies.olderPassphrase == QStringList{QFileInfo(older).absoluteFilePath()});
    for (const BackupInfo &b : require(Backups(Backups::directoryFor(path)).list())) {
        if (b.path == QFileInfo(older).absoluteFilePath()) {
            continue;
        }
        INFO(b.path.toStdString());
        CHECK_FALSE(Journal::openForReading(b.path, clock, kPassphrase).ok()); // the old one opens nothing
        CHECK(require(require(Journal::openForReading(b.path, clock, next))->checkInCount()) == 1);
    }
}
