// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/sealedfile.h"
#include "result.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/journalerror.h"

#include <QString>

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
    SealedStore(QString path, SealedHeader header, SecretKey key);

    const QString &path() const { return m_path; }
    /** Seals the database's current state and writes it over the file, verified and atomic. */
    Result<void> save(const Database &db);
    /** Writes a sealed, verified snapshot of `db` for Backups (same key and salt). */
    SnapshotWriter snapshotWriter(const Database &db) const;

private:
    QString m_path;
    SealedHeader m_header;
    SecretKey m_key;
};

struct OpenedSealedJournal
{
    Database db;
    std::unique_ptr<SealedStore> store;
};

/**
 * Opens an encrypted journal: derives the key (Argon2id, slow by design), opens the file,
 * loads it into memory and, when `bringUpToDate`, brings its schema up to date (a sealed
 * "before-schema" backup first). Without it the journal is read as it is and nothing is
 * written. A wrong passphrase or a changed file is a clear refusal; nothing is written.
 */
Result<OpenedSealedJournal> openSealedJournal(const QString &path, const QString &passphrase,
                                              bool bringUpToDate = true);

/**
 * Turns a plain journal (closed) into an encrypted one at the same path: sealed, written beside
 * it, verified, then renamed over it — a crash leaves the plain or the encrypted file, never
 * neither. Plain backups beside it are then deleted (they would betray it); returns how many.
 */
Result<int> encryptJournal(const QString &path, const QString &passphrase, const KdfParams &kdf);

/** The reverse: the encrypted journal at `path` becomes a plain one, the same way. */
Result<void> decryptJournal(const QString &path, const QString &passphrase);

/** Whether `passphrase` opens the encrypted journal at `path` (Argon2id: slow by design). */
Result<void> verifyJournalPassphrase(const QString &path, const QString &passphrase);

/** Re-seals the journal under a new passphrase (and salt); atomic like the above. */
Result<void> changeJournalPassphrase(const QString &path, const QString &oldPassphrase, const QString &newPassphrase,
                                     const KdfParams &kdf);

} // namespace ebb
