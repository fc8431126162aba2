// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/sealedfile.h"
#include "result.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/journalerror.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace ebb {

/** True when the file at `path` is an encrypted journal (judged by its first bytes). */
bool isSealedJournal(const QString &path);

/**
 * An open encrypted journal's key and file. The live database is in memory (see
 * Database::fromImage); each committed state is written here as a sealed snapshot, so no
 * plaintext ever reaches the disk — not the journal, nor a WAL, a temporary file or a backup.
 */
class SealedStore
{
public:
    /** What identifies one version of the file: it changes with every write (each is a rename). */
    struct Stamp
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 modifiedNs = 0;
        bool operator==(const Stamp &) const = default;
    };
    static Stamp stampOf(const QString &path);

    /** `loaded` is the stamp of the file as it was read (see save()). */
    SealedStore(QString path, SealedHeader header, SecretKey key, Stamp loaded);

    const QString &path() const { return m_path; }
    /**
     * Seals the database's current state and writes it over the file, verified and atomic —
     * unless another program wrote the file since this store loaded or last saved it: then it is
     * left alone and the error's code is kJournalChanged (the last writer must never silently win).
     */
    Result<void> save(const Database &db);
    /** Writes `db` sealed under a new salt and the cost `kdf`, and keeps that key from now on. */
    Result<void> reseal(const Database &db, const QString &passphrase, const KdfParams &kdf);
    /** Seals `plain` with this journal's key and writes it over the file `path` (atomic, verified). */
    bool sealInPlace(const QString &path, const QByteArray &plain) const;
    /** Writes a sealed, verified snapshot of `db` for Backups (same key and salt). */
    SnapshotWriter snapshotWriter(const Database &db) const;

private:
    QString m_path;
    SealedHeader m_header;
    SecretKey m_key;
    Stamp m_stamp;
};

/** What sweepPlaintextLeftovers did, file by file. */
struct PlaintextSweep
{
    QStringList removed; ///< Unfinished plain copies, deleted.
    QStringList sealed;  ///< Whole plain copies (backups, files set aside), now encrypted in place.
    QStringList failed;  ///< Plain copies Ebb could neither encrypt nor delete (the message names them).

    bool isEmpty() const { return removed.isEmpty() && sealed.isEmpty() && failed.isEmpty(); }
    /** One or two plain sentences for the person; empty when nothing was found. */
    QString summary() const;
};

struct OpenedSealedJournal
{
    Database db;
    std::unique_ptr<SealedStore> store;
    /** What was found and done about plain copies beside it (see sweepPlaintextLeftovers). */
    PlaintextSweep sweep;
};

/**
 * Opens an encrypted journal: derives the key (Argon2id, slow by design), opens the file,
 * loads it into memory and, when `bringUpToDate`, brings its schema up to date (a sealed
 * "before-schema" backup first) and makes sure no plain copy of it is left beside it
 * (sweepPlaintextLeftovers). Without it the journal is read as it is and nothing is written.
 * A wrong passphrase or a changed file is a clear refusal; nothing is written.
 */
Result<OpenedSealedJournal> openSealedJournal(const QString &path, const QString &passphrase,
                                              bool bringUpToDate = true);

/**
 * Turns a plain journal (closed) into an encrypted one at the same path: sealed, written beside
 * it, verified, then renamed over it — a crash leaves the plain or the encrypted file, never
 * neither. Plain copies beside it are then encrypted in place (backups, files set aside) or
 * deleted (unfinished ones): they would betray it. Returns what was done with them.
 */
Result<PlaintextSweep> encryptJournal(const QString &path, const QString &passphrase, const KdfParams &kdf);

/** The reverse: the encrypted journal at `path` becomes a plain one, the same way. */
Result<void> decryptJournal(const QString &path, const QString &passphrase);

/** Whether `passphrase` opens the encrypted journal at `path` (Argon2id: slow by design). */
Result<void> verifyJournalPassphrase(const QString &path, const QString &passphrase);

/** What a passphrase change did with the encrypted copies beside the journal. */
struct ResealedCopies
{
    int resealed = 0;            ///< Backups and files set aside that now open with the new passphrase.
    QStringList olderPassphrase; ///< Copies sealed under an earlier passphrase still: they keep it.
};

/**
 * Re-seals the journal under a new passphrase (and salt); atomic like the above. Its backups and
 * the files set aside beside it that were sealed with the same key are re-sealed too (each
 * atomically), so the old passphrase opens none of them; copies from before an earlier change
 * cannot be opened with the old passphrase either, and are listed.
 */
Result<ResealedCopies> changeJournalPassphrase(const QString &path, const QString &oldPassphrase,
                                               const QString &newPassphrase, const KdfParams &kdf);

} // namespace ebb
