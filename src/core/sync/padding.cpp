// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/padding.h"

#include <QtEndian>

namespace ebb {
namespace {

// "EBP1" and a 32-bit big-endian length: a change set or snapshot (CBOR) never starts so.
const QByteArray kFrame = QByteArrayLiteral("EBP1");
constexpr qsizetype kHeader = 8;
constexpr qsizetype kSmallest = 1024;

} // namespace

QByteArray padForSealing(const QByteArray &plain)
{
    qsizetype size = kSmallest;
    while (size < plain.size() + kHeader) {
        size *= 2;
    }
    QByteArray padded(size, '\0');
    std::copy(kFrame.begin(), kFrame.end(), padded.begin());
    qToBigEndian(quint32(plain.size()), padded.data() + kFrame.size());
    std::copy(plain.begin(), plain.end(), padded.begin() + kHeader);
    return padded;
}

std::optional<QByteArray> unpadAfterUnsealing(const QByteArray &unsealed)
{
    if (!unsealed.startsWith(kFrame)) {
        return unsealed; // written before files were padded
    }
    if (unsealed.size() < kHeader) {
        return std::nullopt;
    }
    const quint32 length = qFromBigEndian<quint32>(unsealed.constData() + kFrame.size());
    if (qsizetype(length) > unsealed.size() - kHeader) {
        return std::nullopt;
    }
    return unsealed.mid(kHeader, qsizetype(length));
}

} // namespace ebb
