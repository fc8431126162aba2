// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/pin.h"
#include "crypto/sealedfile.h"
#include "storage/journalerror.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

using namespace ebb;
using ebb::test::require;
using ebb::test::TempDir;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, '\0');
    for (char &c : bytes) {
        c = char(generator.bounded(256));
    }
    return bytes;
}

struct Sealed
{
    SealedHeader header = newSealedHeader(KdfParams::minimal());
    SecretKey key = require(deriveKey(QStringLiteral("correct horse"), header));
};

} // namespace

TEST_CASE("sealed data opens again with the same passphrase, whatever its size", "[crypto]")
{
    Sealed s;
    for (qsizetype size : {0, 1, 1000, 64 * 1024, 64 * 1024 + 1, 300 * 1000}) {
        const QByteArray plain = randomBytes(size, quint32(size));
        const QByteArray sealed = require(seal(s.key, s.header, plain));
        CHECK(looksSealed(sealed));
        if (plain.size() >= 64) {
            CHECK_FALSE(sealed.contains(plain.left(64)));
        }
        // The passphrase is derived again from what the file says, as on a later start.
        const SealedHeader read = require(readSealedHeader(sealed));
        CHECK(read.salt == s.header.salt);
        CHECK(read.kdf.opsLimit == s.header.kdf.opsLimit);
        const SecretKey again = require(deriveKey(QStringLiteral("correct horse"), read));
        CHECK(require(unseal(again, sealed)) == plain);
    }
}

TEST_CASE("a wrong passphrase, a changed byte, a file cut short or lengthened are all refused", "[crypto][errors]")
{
    Sealed s;
    const QByteArray plain = randomBytes(150 * 1000, 7);
    const QByteArray sealed = require(seal(s.key, s.header, plain));

    const SecretKey wrong = require(deriveKey(QStringLiteral("correct horse "), s.header));
    auto refused = unseal(wrong, sealed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("passphrase did not open")));
    CHECK_FALSE(refused.errorString().contains(QStringLiteral("damaged")));
    CHECK_FALSE(refused.errorString().contains(QStringLiteral("backup")));
    CHECK(refused.error().code == kSealRefused); // callers tell a wrong passphrase by this, not by words
    CHECK(journalErrorKind(refused.error()) == JournalErrorKind::WrongPassphrase);

    // A byte changed in the parameters, the salt, the stream header, a length, the ciphertext, the tag.
    for (qsizetype at :
         {qsizetype(16), qsizetype(40), qsizetype(60), qsizetype(73), qsizetype(5000), sealed.size() - 1}) {
        QByteArray changed = sealed;
        changed[at] = char(changed[at] ^ 0x01);
        INFO("changed byte " << at);
        CHECK_FALSE(unseal(s.key, changed).ok());
    }
    for (qsizetype length : {qsizetype(10), qsizetype(kSealedHeaderSize), qsizetype(kSealedHeaderSize + 4),
                             qsizetype(64 * 1024 + 100), sealed.size() - 1}) {
        INFO("cut to " << length);
        const auto cut = unseal(s.key, sealed.left(length));
        REQUIRE_FALSE(cut.ok());
        if (length >= kSealedHeaderSize) {
            // Cut short is damage, whatever the passphrase: no passphrase is blamed for it.
            CHECK(journalErrorKind(cut.error()) == JournalErrorKind::Damaged);
            CHECK(journalErrorKind(unseal(wrong, sealed.left(length)).error()) == JournalErrorKind::Damaged);
            CHECK(cut.errorString().contains(QStringLiteral("damaged")));
        }
    }
    CHECK(journalErrorKind(unseal(s.key, sealed + QByteArray("more")).error()) == JournalErrorKind::Damaged);
    // A changed byte past the first chunk, with the right passphrase: damage, not the passphrase.
    QByteArray late = sealed;
    late[sealed.size() - 1] = char(late[sealed.size() - 1] ^ 0x01);
    CHECK(journalErrorKind(unseal(s.key, late).error()) == JournalErrorKind::Damaged);
    // Dropping a whole middle chunk is noticed too.
    const qsizetype firstChunk = 4 + 64 * 1024 + 17;
    QByteArray dropped = sealed.left(kSealedHeaderSize + firstChunk) + sealed.mid(kSealedHeaderSize + 2 * firstChunk);
    CHECK_FALSE(unseal(s.key, dropped).ok());
}

TEST_CASE("a sealed file from a newer Ebb, or no sealed file at all, is named as such", "[crypto][errors]")
{
    Sealed s;
    QByteArray sealed = require(seal(s.key, s.header, QByteArray("journal")));
    sealed[8] = char(2);
    auto newer = readSealedHeader(sealed);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.errorString().contains(QStringLiteral("newer version")));
    // …but it may as well be a changed byte, and the message says so; a version below 1 is only that.
    CHECK(newer.errorString().contains(QStringLiteral("or the file is damaged")));
    sealed[8] = char(0);
    auto older = readSealedHeader(sealed);
    REQUIRE_FALSE(older.ok());
    CHECK(journalErrorKind(older.error()) == JournalErrorKind::Damaged); // no Ebb wrote it: changed
    CHECK_FALSE(older.errorString().contains(QStringLiteral("newer")));
    auto plain = readSealedHeader(QByteArray("SQLite format 3"));
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.errorString().contains(QStringLiteral("not an encrypted")));
}

TEST_CASE("a sealed file is replaced only by a new one that was read back and verified", "[crypto][errors]")
{
    TempDir tmp;
    Sealed s;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    const QByteArray first = require(seal(s.key, s.header, QByteArray("first")));
    ebb::test::requireOk(writeSealedFile(path, first, s.key));
    CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == QFile::Permissions());

    // Verification with another key fails: the old file stays, no temporary is left.
    Sealed other;
    const QByteArray second = require(seal(s.key, s.header, QByteArray("second")));
    auto refused = writeSealedFile(path, second, other.key);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(QStringLiteral("previous version is kept")));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(require(unseal(s.key, f.readAll())) == QByteArray("first"));
    CHECK(QDir(tmp.dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("ebb.sqlite")});
}

TEST_CASE("a PIN is kept only as an Argon2id hash and matches only itself", "[crypto]")
{
    const QString hash = require(hashPin(QStringLiteral("2468")));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("2468")));
    CHECK(pinMatches(hash, QStringLiteral("2468")));
    CHECK_FALSE(pinMatches(hash, QStringLiteral("2469")));
    CHECK_FALSE(pinMatches(QStringLiteral("not a hash"), QStringLiteral("2468")));
}
