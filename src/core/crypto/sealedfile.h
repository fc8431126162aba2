// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secretkey.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace ebb {

/** Argon2id cost, stored in each sealed file so it can be raised later without breaking old files. */
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0; ///< bytes

    /** libsodium's "moderate" limits (3 passes, 256 MiB): about a second here. */
    static KdfParams moderate();
    /** The smallest limits libsodium allows: for tests and benchmarks only. */
    static KdfParams minimal();
    /**
     * The cost this Ebb seals with, and keeps every journal at (one sealed below it is re-sealed
     * on its next unlock): moderate(). Only the test suites lower it (setCurrent), in their own
     * main() or in the test build of ebb-cli; nothing a shipped binary reads can.
     */
    static KdfParams current();
    static void setCurrent(const KdfParams &kdf);
    /** True when this costs less than `other` in time or in memory. */
    bool isBelow(const KdfParams &other) const { return opsLimit < other.opsLimit || memLimit < other.memLimit; }
};

/** What a sealed file says about itself before decryption. */
struct SealedHeader
{
    KdfParams kdf;
    QByteArray salt; ///< crypto_pwhash_SALTBYTES
};

/**
 * A sealed file (Ebb's encrypted journal, its backups and snapshots):
 *
 *     offset size  field
 *     0      8     magic "EBBSEAL1"
 *     8      1     format version (1)
 *     9      1     KDF (1 = Argon2id v1.3, crypto_pwhash)
 *     10     6     zero
 *     16     8     Argon2id opslimit, little-endian
 *     24     8     Argon2id memlimit in bytes, little-endian
 *     32     16    salt
 *     48     24    crypto_secretstream_xchacha20poly1305 header
 *     72     …     chunks: 4-byte little-endian length, then that many bytes of ciphertext
 *                  (≤ 64 KiB of plaintext + 17 bytes); the last chunk carries TAG_FINAL
 *
 * The first 48 bytes are the additional data of the first chunk, so changing the parameters or
 * the salt fails authentication like changing the ciphertext does; a file cut short lacks the
 * final tag and is refused.
 */
constexpr int kSealedHeaderSize = 72;

/**
 * The Error code of a sealed file its key did not open: a wrong passphrase (or, rarely, a change
 * inside the first chunk, which no key can be told apart from).
 */
constexpr int kSealRefused = -101;
/**
 * The Error code of a sealed file that is damaged whatever the key: cut short, lengthened, its
 * chunks out of shape, or a later chunk changed after the first opened with the key.
 */
constexpr int kSealDamaged = -107;

/** True when `bytes` start like a sealed file (magic only; nothing is verified). */
bool looksSealed(const QByteArray &bytes);

/** A new header with a fresh random salt. */
SealedHeader newSealedHeader(const KdfParams &kdf);
/** Reads the header of a sealed file; an error when it is not one or is from a newer Ebb. */
Result<SealedHeader> readSealedHeader(const QByteArray &file);

/** Derives the key from a passphrase with Argon2id (crypto_pwhash). Slow by design. */
Result<SecretKey> deriveKey(const QString &passphrase, const SealedHeader &header);

/** Seals `plain` with `key` under `header`. */
Result<QByteArray> seal(const SecretKey &key, const SealedHeader &header, const QByteArray &plain);

/**
 * Opens a sealed file. Any authentication failure — a wrong key, a changed byte, a file cut
 * short — is the same clear refusal; nothing is written.
 */
Result<QByteArray> unseal(const SecretKey &key, const QByteArray &file);

/**
 * Writes `sealed` into the new file `path` (0600, fsynced), reads it back and opens it with `key`:
 * what is on the disk is known to be whole. On failure the file is removed.
 */
Result<void> writeVerifiedSealedFile(const QString &path, const QByteArray &sealed, const SecretKey &key);

/**
 * Writes a sealed snapshot over `path` safely: into "<path>.sealing" (0600), flushed to disk,
 * read back and opened with `key` to verify it, then renamed over `path` (atomic) and the folder
 * synced. Until that rename the previous file is untouched; a crash leaves the old or the new one.
 */
Result<void> writeSealedFile(const QString &path, const QByteArray &sealed, const SecretKey &key);

} // namespace ebb
