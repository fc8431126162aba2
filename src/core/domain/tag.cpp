// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tag.h"

namespace ebb {

QString tagKindKey(TagKind kind)
{
    switch (kind) {
    case TagKind::Drained:
        return QStringLiteral("drained");
    case TagKind::Restored:
        return QStringLiteral("restored");
    case TagKind::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

std::optional<TagKind> tagKindFromKey(const QString &key)
{
    for (auto k : {TagKind::Drained, TagKind::Restored, TagKind::Neutral}) {
        if (tagKindKey(k) == key) {
            return k;
        }
    }
    return std::nullopt;
}

} // namespace ebb
