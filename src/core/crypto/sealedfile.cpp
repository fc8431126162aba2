// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sealedfile.h"

#include "io/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <cstdio>

namespace ebb {
namespace {

constexpr char kMagic[] = "EBBSEAL1";
constexpr int kMagicSize = 8;
constexpr quint8 kVersion = 1;
constexpr quint8 kKdfArgon2id13 = 1;
constexpr int kAdSize = 48; // magic … salt: authenticated with the first chunk
constexpr qsizetype kChunk = 64 * 1024;
constexpr int kStreamHeader = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(kStreamHeader == 24);
static_assert(kAdSize + kStreamHeader == kSealedHeaderSize);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == SecretKey::kSize);

Error refusal()
{
    return Error{QStringLiteral("That passphrase did not open the journal. Nothing was changed."), kSealRefused,
                 QStringLiteral("authentication failed")};
}

Error damage()
{
    return Error{QStringLiteral("The encrypted journal is damaged: it was changed or cut short, so no passphrase can "
                                "open it. Nothing was changed; a backup can take its place."),
                 kSealDamaged, QStringLiteral("damaged")};
}

/** True when the chunks after the header fit the file exactly, each of a length Ebb writes. */
bool chunksInShape(const QByteArray &file)
{
    qsizetype offset = kSealedHeaderSize;
    do {
        if (file.size() - offset < 4) {
            return false;
        }
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + offset);
        offset += 4;
        if (length < quint32(kAbytes) || length > quint32(kChunk + kAbytes) ||
            file.size() - offset < qsizetype(length)) {
            return false;
        }
        offset += length;
    } while (offset < file.size());
    return true;
}

QByteArray headerBytes(const SealedHeader &header)
{
    QByteArray bytes(kAdSize, '\0');
    memcpy(bytes.data(), kMagic, kMagicSize);
    bytes[8] = char(kVersion);
    bytes[9] = char(kKdfArgon2id13);
    qToLittleEndian<quint64>(header.kdf.opsLimit, bytes.data() + 16);
    qToLittleEndian<quint64>(header.kdf.memLimit, bytes.data() + 24);
    memcpy(bytes.data() + 32, header.salt.constData(), crypto_pwhash_SALTBYTES);
    return bytes;
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::minimal()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

namespace {
KdfParams &currentKdf()
{
    static KdfParams kdf = KdfParams::moderate();
    return kdf;
}
} // namespace

KdfParams KdfParams::current()
{
    return currentKdf();
}

void KdfParams::setCurrent(const KdfParams &kdf)
{
    currentKdf() = kdf;
}

bool looksSealed(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray::fromRawData(kMagic, kMagicSize));
}

SealedHeader newSealedHeader(const KdfParams &kdf)
{
    SealedHeader header;
    header.kdf = kdf;
    header.salt.resize(crypto_pwhash_SALTBYTES);
    if (sodiumReady()) {
        randombytes_buf(header.salt.data(), size_t(header.salt.size()));
    }
    return header;
}

Result<SealedHeader> readSealedHeader(const QByteArray &file)
{
    if (!looksSealed(file)) {
        return errorWith(QStringLiteral("This is not an encrypted Ebb journal."));
    }
    if (file.size() < kSealedHeaderSize) {
        return damage();
    }
    if (quint8(file[8]) < kVersion || quint8(file[9]) < kKdfArgon2id13) {
        return damage(); // no Ebb ever wrote these: the file was changed
    }
    if (quint8(file[8]) != kVersion || quint8(file[9]) != kKdfArgon2id13) {
        // A later format, or a changed byte: the header cannot tell, so the message says both.
        return errorWith(QStringLiteral("This encrypted journal is in a format this Ebb does not know: a newer version "
                                        "of Ebb wrote it, or the file is damaged. Update Ebb, or restore a backup. "
                                        "Nothing was changed."));
    }
    SealedHeader header;
    header.kdf.opsLimit = qFromLittleEndian<quint64>(file.constData() + 16);
    header.kdf.memLimit = qFromLittleEndian<quint64>(file.constData() + 24);
    header.salt = file.mid(32, crypto_pwhash_SALTBYTES);
    // Limits outside what libsodium accepts can only come from a changed file.
    if (header.kdf.opsLimit < crypto_pwhash_OPSLIMIT_MIN || header.kdf.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        header.kdf.memLimit < crypto_pwhash_MEMLIMIT_MIN || header.kdf.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE) {
        return damage();
    }
    return header;
}

Result<SecretKey> deriveKey(const QString &passphrase, const SealedHeader &header)
{
    SecretKey key;
    if (!key.isValid()) {
        return errorWith(QStringLiteral("Ebb could not set up its encryption library (libsodium)."));
    }
    QByteArray utf8 = passphrase.toUtf8();
    const int rc = crypto_pwhash(key.data(), SecretKey::kSize, utf8.constData(), quint64(utf8.size()),
                                 reinterpret_cast<const unsigned char *>(header.salt.constData()), header.kdf.opsLimit,
                                 size_t(header.kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0) {
        return errorWith(QStringLiteral("There was not enough memory to check the passphrase (Argon2id needs %1 MiB). "
                                        "Close other programs and try again.")
                             .arg(header.kdf.memLimit / (1024 * 1024)));
    }
    return key;
}

Result<QByteArray> seal(const SecretKey &key, const SealedHeader &header, const QByteArray &plain)
{
    if (!key.isValid()) {
        return errorWith(QStringLiteral("The journal is locked."));
    }
    const QByteArray ad = headerBytes(header);
    QByteArray out;
    out.reserve(kSealedHeaderSize + plain.size() + (plain.size() / kChunk + 1) * (4 + kAbytes));
    out.append(ad);
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[kStreamHeader];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.data());
    out.append(reinterpret_cast<const char *>(streamHeader), kStreamHeader);
    qsizetype offset = 0;
    bool first = true;
    do {
        const qsizetype n = std::min(kChunk, plain.size() - offset);
        const bool last = offset + n >= plain.size();
        QByteArray chunk(n + kAbytes, '\0');
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(chunk.data()), &written,
            reinterpret_cast<const unsigned char *>(plain.constData() + offset), quint64(n),
            first ? reinterpret_cast<const unsigned char *>(ad.constData()) : nullptr, first ? quint64(ad.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        char length[4];
        qToLittleEndian<quint32>(quint32(written), length);
        out.append(length, 4);
        out.append(chunk.constData(), qsizetype(written));
        offset += n;
        first = false;
    } while (offset < plain.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

Result<QByteArray> unseal(const SecretKey &key, const QByteArray &file)
{
    auto header = readSealedHeader(file);
    if (!header) {
        return header.error();
    }
    if (!key.isValid()) {
        return errorWith(QStringLiteral("The journal is locked."));
    }
    // The file's shape first: a file cut short or lengthened is damage, and no passphrase is blamed.
    if (!chunksInShape(file)) {
        return damage();
    }
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(file.constData() + kAdSize), key.data()) != 0) {
        return refusal();
    }
    QByteArray plain;
    plain.reserve(file.size());
    qsizetype offset = kSealedHeaderSize;
    bool first = true;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (file.size() - offset < 4) {
            sodium_memzero(&state, sizeof state);
            return damage(); // cut short before the final chunk
        }
        const quint32 length = qFromLittleEndian<quint32>(file.constData() + offset);
        offset += 4;
        if (length < quint32(kAbytes) || length > quint32(kChunk + kAbytes) ||
            file.size() - offset < qsizetype(length)) {
            sodium_memzero(&state, sizeof state);
            return damage();
        }
        const qsizetype start = plain.size();
        plain.resize(start + length - kAbytes);
        unsigned long long got = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data() + start), &got, &tag,
                reinterpret_cast<const unsigned char *>(file.constData() + offset), length,
                first ? reinterpret_cast<const unsigned char *>(file.constData()) : nullptr,
                first ? kAdSize : 0) != 0) {
            sodium_memzero(plain.data(), size_t(plain.size()));
            sodium_memzero(&state, sizeof state);
            // The first chunk tells the key; a later one failing after it opened is a changed file.
            return first ? refusal() : damage();
        }
        offset += length;
        first = false;
    }
    sodium_memzero(&state, sizeof state);
    if (offset != file.size()) {
        sodium_memzero(plain.data(), size_t(plain.size()));
        return damage(); // bytes after the final chunk
    }
    return plain;
}

Result<void> writeVerifiedSealedFile(const QString &path, const QByteArray &sealed, const SecretKey &key)
{
    if (auto written = writeNewFileDurably(path, sealed); !written) {
        return written;
    }
    QFile check(path);
    auto verified = check.open(QIODevice::ReadOnly) ? unseal(key, check.readAll())
                                                    : Result<QByteArray>(errorWith(check.errorString()));
    check.close();
    if (!verified) {
        QFile::remove(path);
        return errorWith(QStringLiteral("what was written could not be read back"));
    }
    sodium_memzero(verified->data(), size_t(verified->size()));
    return {};
}

Result<void> writeSealedFile(const QString &path, const QByteArray &sealed, const SecretKey &key)
{
    const QString temporary = path + QStringLiteral(".sealing");
    QFile::remove(temporary);
    const auto failed = [&](const QString &why) {
        QFile::remove(temporary);
        return errorWith(QStringLiteral("Ebb could not write %1: %2. The previous version is kept.")
                             .arg(QDir::toNativeSeparators(path), why));
    };
    if (auto r = writeVerifiedSealedFile(temporary, sealed, key); !r) {
        return failed(r.errorString());
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        return failed(QStringLiteral("it could not be put in place"));
    }
    syncFolderOf(path);
    return {};
}

} // namespace ebb
