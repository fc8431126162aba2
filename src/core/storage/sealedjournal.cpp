// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedjournal.h"

#include "io/atomicfile.h"
#include "storage/journalfile.h"
#include "storage/migrations.h"
#include "storage/plaintextsweep.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <sys/stat.h>

namespace ebb {
namespace {

Result<QByteArray> readWhole(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("Ebb could not read the journal %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     SQLITE_CANTOPEN, file.errorString()};
    }
    return file.readAll();
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
}

/** Unseals the journal at `path` with `passphrase`; the key and header come back too. */
struct Unsealed
{
    SealedStore::Stamp stamp;
    QByteArray file;
    SealedHeader header;
    SecretKey key;
    QByteArray image;
};

Result<Unsealed> unsealJournal(const QString &path, const QString &passphrase)
{
    Unsealed u;
    // Taken before the read: a write in between makes the stamp stale, so the next save refuses
    // rather than write over a version it never saw.
    u.stamp = SealedStore::stampOf(path);
    auto file = readWhole(path);
    if (!file) {
        return file.error();
    }
    u.file = std::move(file).value();
    auto header = readSealedHeader(u.file);
    if (!header) {
        return header.error();
    }
    u.header = *header;
    auto key = deriveKey(passphrase, u.header);
    if (!key) {
        return key.error();
    }
    u.key = std::move(key).value();
    auto image = unseal(u.key, u.file);
    if (!image) {
        return image.error();
    }
    u.image = std::move(image).value();
    return u;
}

Result<void> prepare(Database &db)
{
    // No temporary files: a sort or an index build on disk would hold plaintext.
    if (auto r = db.exec(QStringLiteral("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;"),
                         QStringLiteral("Could not prepare the journal"));
        !r) {
        return r;
    }
    auto check = db.queryText(QStringLiteral("PRAGMA quick_check"));
    if (!check || *check != QLatin1String("ok")) {
        return Error{QStringLiteral("The encrypted journal opened, but its content is damaged. Restore a backup; "
                                    "nothing was changed."),
                     SQLITE_CORRUPT, check ? *check : check.error().detail};
    }
    return {};
}

Result<void> writePlainFile(const QString &path, const QByteArray &image)
{
    QFile::remove(path);
    if (auto r = writeNewFileDurably(path, image); !r) {
        return errorWith(QStringLiteral("Ebb could not write %1: %2. Nothing was changed.")
                             .arg(QDir::toNativeSeparators(path), r.errorString()));
    }
    return {};
}

} // namespace

bool isSealedJournal(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksSealed(file.read(16));
}

SealedStore::Stamp SealedStore::stampOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return {};
    }
    return Stamp{quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size),
                 qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

SealedStore::SealedStore(QString path, SealedHeader header, SecretKey key, Stamp loaded)
    : m_path(std::move(path))
    , m_header(std::move(header))
    , m_key(std::move(key))
    , m_stamp(loaded)
{}

Result<void> SealedStore::save(const Database &db)
{
    if (stampOf(m_path) != m_stamp) {
        return Error{QStringLiteral("Another program changed the encrypted journal %1 since Ebb opened it, so Ebb "
                                    "did not write over it.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     kJournalChanged, QStringLiteral("file changed since it was loaded")};
    }
    auto image = db.image();
    if (!image) {
        return image.error();
    }
    auto sealed = seal(m_key, m_header, *image);
    wipe(*image);
    if (!sealed) {
        return sealed.error();
    }
    if (auto r = writeSealedFile(m_path, *sealed, m_key); !r) {
        return r;
    }
    m_stamp = stampOf(m_path);
    return {};
}

Result<void> SealedStore::reseal(const Database &db, const QString &passphrase, const KdfParams &kdf)
{
    const SealedHeader header = newSealedHeader(kdf);
    auto key = deriveKey(passphrase, header);
    if (!key) {
        return key.error();
    }
    SealedStore next(m_path, header, std::move(key).value(), m_stamp);
    if (auto r = next.save(db); !r) {
        return r;
    }
    *this = std::move(next);
    return {};
}

bool SealedStore::sealInPlace(const QString &path, const QByteArray &plain) const
{
    auto sealed = seal(m_key, m_header, plain);
    return sealed && writeSealedFile(path, *sealed, m_key);
}

SnapshotWriter SealedStore::snapshotWriter(const Database &db) const
{
    return [this, &db](const QString &partial) -> Result<void> {
        auto image = db.image();
        if (!image) {
            return image.error();
        }
        auto sealed = seal(m_key, m_header, *image);
        wipe(*image);
        if (!sealed) {
            return sealed.error();
        }
        return writeVerifiedSealedFile(partial, *sealed, m_key);
    };
}

Result<OpenedSealedJournal> openSealedJournal(const QString &path, const QString &passphrase, bool bringUpToDate)
{
    auto unsealed = unsealJournal(path, passphrase);
    if (!unsealed) {
        return unsealed.error();
    }
    auto db = Database::fromImage(unsealed->image);
    wipe(unsealed->image);
    if (!db) {
        return db.error();
    }
    if (auto r = prepare(*db); !r) {
        return r.error();
    }
    auto version = db->userVersion();
    if (!version) {
        return version.error();
    }
    if (*version > latestSchemaVersion()) {
        return Error{QStringLiteral("The journal %1 was written by a newer version of Ebb. Please update Ebb to "
                                    "open it. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(path)),
                     kNewerJournal, QStringLiteral("user_version %1").arg(*version)};
    }
    auto store = std::make_unique<SealedStore>(path, unsealed->header, std::move(unsealed->key), unsealed->stamp);
    if (bringUpToDate && unsealed->header.kdf.isBelow(KdfParams::current())) {
        // Sealed at a lower cost than this Ebb's (an older Ebb, or a test hook): every guess at the
        // passphrase is cheaper than it should be. Re-sealed now, at today's cost and a new salt.
        if (auto r = store->reseal(*db, passphrase, KdfParams::current()); !r) {
            return r.error();
        }
    }
    if (bringUpToDate) { // unsealed into memory; before anything is written to it
        if (auto r = refuseForeignSchema(*db, path); !r) {
            return r.error();
        }
    }
    if (bringUpToDate && *version < latestSchemaVersion()) {
        // The sealed file as it is, kept before its layout changes (it is already encrypted).
        Backups backups(Backups::directoryFor(path));
        const QByteArray original = unsealed->file;
        auto kept = backups.take([&original](const QString &partial) { return writeFileAtomically(partial, original); },
                                 QDateTime::currentDateTimeUtc(),
                                 QStringLiteral("before-schema-%1").arg(latestSchemaVersion()));
        if (!kept) {
            return kept.error();
        }
        if (auto r = migrate(*db, schemaMigrations()); !r) {
            return r.error();
        }
        if (auto r = store->save(*db); !r) {
            return r.error();
        }
    }
    PlaintextSweep sweep;
    if (bringUpToDate) {
        sweep = sweepPlaintextLeftovers(path, *store);
    }
    return OpenedSealedJournal{std::move(db).value(), std::move(store), sweep};
}

Result<PlaintextSweep> encryptJournal(const QString &path, const QString &passphrase, const KdfParams &kdf)
{
    if (isSealedJournal(path)) {
        return errorWith(QStringLiteral("This journal is already encrypted."));
    }
    QByteArray image;
    {
        JournalOpenOptions options;
        options.create = false;
        options.quickCheck = true;
        auto db = openJournalFile(path, options);
        if (!db) {
            return db.error();
        }
        auto bytes = db->image();
        if (!bytes) {
            return bytes.error();
        }
        image = std::move(bytes).value();
    } // closed: the WAL is checkpointed into the file and removed
    const SealedHeader header = newSealedHeader(kdf);
    auto key = deriveKey(passphrase, header);
    if (!key) {
        wipe(image);
        return key.error();
    }
    auto sealed = seal(*key, header, image);
    wipe(image);
    if (!sealed) {
        return sealed.error();
    }
    if (auto r = writeSealedFile(path, *sealed, *key); !r) {
        return r.error();
    }
    // Plain copies would keep what the encryption now hides.
    const SealedStore store(path, header, std::move(key).value(), SealedStore::stampOf(path));
    return sweepPlaintextLeftovers(path, store);
}

Result<void> decryptJournal(const QString &path, const QString &passphrase)
{
    auto unsealed = unsealJournal(path, passphrase);
    if (!unsealed) {
        return unsealed.error();
    }
    const QString plain = path + QStringLiteral(".plain");
    auto written = writePlainFile(plain, unsealed->image);
    wipe(unsealed->image);
    if (!written) {
        return written;
    }
    {
        auto check = Database::open(plain, Database::Access::ReadOnly);
        auto ok = check ? check->queryText(QStringLiteral("PRAGMA quick_check")) : Result<QString>(check.error());
        if (!ok || *ok != QLatin1String("ok")) {
            QFile::remove(plain);
            return errorWith(QStringLiteral("The decrypted journal did not pass SQLite's check; nothing was changed."));
        }
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile::remove(plain + QLatin1String(suffix)); // left by the check above; the file is whole
    }
    if (std::rename(QFile::encodeName(plain).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(plain);
        return errorWith(QStringLiteral("Ebb could not put the decrypted journal in place; nothing was changed."));
    }
    syncFolderOf(path);
    return {};
}

Result<void> verifyJournalPassphrase(const QString &path, const QString &passphrase)
{
    auto unsealed = unsealJournal(path, passphrase);
    if (!unsealed) {
        return unsealed.error();
    }
    wipe(unsealed->image);
    return {};
}

Result<ResealedCopies> changeJournalPassphrase(const QString &path, const QString &oldPassphrase,
                                               const QString &newPassphrase, const KdfParams &kdf)
{
    auto unsealed = unsealJournal(path, oldPassphrase);
    if (!unsealed) {
        return unsealed.error();
    }
    const SealedHeader header = newSealedHeader(kdf);
    auto key = deriveKey(newPassphrase, header);
    if (!key) {
        wipe(unsealed->image);
        return key.error();
    }
    auto sealed = seal(*key, header, unsealed->image);
    wipe(unsealed->image);
    if (!sealed) {
        return sealed.error();
    }
    if (auto r = writeSealedFile(path, *sealed, *key); !r) {
        return r.error();
    }
    // The copies beside it: sealed with the old key (same salt), they are opened and sealed again
    // with the new one; anything else was sealed before an earlier change and keeps that passphrase.
    ResealedCopies copies;
    const QFileInfo journal(path);
    QFileInfoList candidates =
        QDir(Backups::directoryFor(path)).entryInfoList({QStringLiteral("ebb-*.sqlite")}, QDir::Files);
    candidates += journal.absoluteDir().entryInfoList({journal.fileName() + QStringLiteral(".set-aside-*")},
                                                      QDir::Files | QDir::Hidden);
    for (const QFileInfo &candidate : candidates) {
        auto file = readWhole(candidate.absoluteFilePath());
        if (!file || !looksSealed(*file)) {
            continue;
        }
        auto copyHeader = readSealedHeader(*file);
        auto plain = copyHeader && copyHeader->salt == unsealed->header.salt ? unseal(unsealed->key, *file)
                                                                             : Result<QByteArray>(Error{});
        auto resealed = plain ? seal(*key, header, *plain) : Result<QByteArray>(plain.error());
        if (plain) {
            wipe(*plain);
        }
        if (resealed && writeSealedFile(candidate.absoluteFilePath(), *resealed, *key)) {
            ++copies.resealed;
        } else {
            copies.olderPassphrase << candidate.absoluteFilePath();
        }
    }
    return copies;
}

} // namespace ebb
