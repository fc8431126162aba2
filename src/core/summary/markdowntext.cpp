// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QStringList>

namespace ebb {
namespace {

/**
 * Escaped wherever they stand: emphasis, code, links and images, raw HTML and entities, GitHub's
 * tables and strikethrough, math in viewers that have it, and ':' and '@', which start the
 * autolinks GitHub's dialect makes of bare URLs and e-mail addresses.
 */
bool escapedAnywhere(QChar c)
{
    return QStringLiteral("\\`*_[]<>&|~$:@").contains(c);
}

/** A character of an e-mail address's first half, as GitHub's autolinks read it. */
bool emailLocal(QChar c)
{
    return c.isLetterOrNumber() || QStringLiteral(".-_+").contains(c);
}

/** At the start of a line these open a heading, a list, a thematic break or a setext underline. */
bool escapedFirst(QChar c)
{
    return QStringLiteral("#-+=").contains(c);
}

QString escapedLine(const QString &line)
{
    QString out;
    out.reserve(line.size() + line.size() / 4);
    qsizetype i = 0;
    // Leading blanks as no-break spaces: four plain ones would make an indented code block, and a
    // viewer would drop them anyway. A tab is four.
    for (; i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t')); ++i) {
        out += line[i] == QLatin1Char(' ') ? QStringLiteral("&nbsp;") : QStringLiteral("&nbsp;").repeated(4);
    }
    const qsizetype first = i;
    qsizetype digits = 0;
    for (; i < line.size(); ++i) {
        const QChar c = line[i];
        const bool listNumberEnd =
            digits == i - first && digits > 0 && (c == QLatin1Char('.') || c == QLatin1Char(')'));
        const bool wwwDot = c == QLatin1Char('.') && i >= 3 &&
                            line.mid(i - 3, 3).compare(QLatin1String("www"), Qt::CaseInsensitive) == 0;
        if (c == QLatin1Char('@') && i > 0 && emailLocal(line[i - 1])) {
            // GitHub's dialect links an e-mail address even with its '@' escaped (it looks past
            // escapes and entities): a word joiner, invisible and unbreakable, ends the address's
            // first half, so it stays the plain text that was written.
            out += QChar(0x2060);
        }
        if (escapedAnywhere(c) || (i == first && escapedFirst(c)) || listNumberEnd || wwwDot) {
            out += QLatin1Char('\\');
        }
        digits += c.isDigit() && digits == i - first ? 1 : 0;
        out += c;
    }
    return out;
}

} // namespace

QString markdownText(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QString out;
    bool blankBefore = false;
    for (const QString &line : normalised.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            blankBefore = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty()) {
            // A backslash before the line end is CommonMark's hard line break; it would show as a
            // backslash at the end of a paragraph, so it goes only between two lines.
            out += blankBefore ? QStringLiteral("\n\n") : QStringLiteral("\\\n");
        }
        out += escapedLine(line);
        blankBefore = false;
    }
    return out;
}

} // namespace ebb
