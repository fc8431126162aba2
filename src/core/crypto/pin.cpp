// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pin.h"

#include "crypto/secretkey.h"

#include <sodium.h>

namespace ebb {

Result<QString> hashPin(const QString &pin)
{
    if (!sodiumReady()) {
        return errorWith(QStringLiteral("Ebb could not set up its encryption library (libsodium)."));
    }
    QByteArray utf8 = pin.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0) {
        return errorWith(QStringLiteral("There was not enough memory to keep the PIN."));
    }
    return QString::fromLatin1(hash);
}

bool pinMatches(const QString &hash, const QString &pin)
{
    if (!sodiumReady()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    QByteArray utf8 = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

} // namespace ebb
