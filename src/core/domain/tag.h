// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace ebb {

/** Whether a tag names something that drained the person, restored them, or neither. */
enum class TagKind { Drained, Restored, Neutral };

/** A label for what happened on a day ("meetings", "walk outside"). Names are unique, ignoring case. */
struct Tag
{
    qint64 id = 0;
    QString name;
    TagKind kind = TagKind::Neutral;
    QDateTime retiredAt; ///< Null while active. Retired tags keep their history.

    bool isActive() const { return retiredAt.isNull(); }
    bool operator==(const Tag &) const = default;
};

/** The storage spelling of a kind ("drained", "restored", "neutral"). */
QString tagKindKey(TagKind kind);
std::optional<TagKind> tagKindFromKey(const QString &key);

/** The longest tag name, in characters. Names may not contain ';' (the CSV separator). */
constexpr int kTagMaxLength = 60;

/**
 * Why `name` (already simplified) cannot be a tag name, as the end of a sentence ("is longer
 * than 60 characters."); empty when it can. Names from files are checked with this before they
 * reach the database, whose CHECK would refuse them less clearly.
 */
QString tagNameProblem(const QString &name);

} // namespace ebb
