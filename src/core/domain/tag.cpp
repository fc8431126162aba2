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

QString tagNameProblem(const QString &name)
{
    if (name.size() > kTagMaxLength) {
        return QStringLiteral("is longer than %1 characters.").arg(kTagMaxLength);
    }
    if (name.contains(QLatin1Char(';'))) {
        return QStringLiteral("contains ';', which a tag name cannot hold.");
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control) {
            return QStringLiteral("contains a control character (U+%1).")
                .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        }
    }
    return {};
}

} // namespace ebb
