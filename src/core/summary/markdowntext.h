// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace ebb {

/**
 * What the person typed, as Markdown that a CommonMark or GitHub viewer shows as exactly that text:
 * nothing in it becomes a heading, list, quote, code, table, emphasis, link, image or HTML, and no
 * entity is decoded. A line break stays a (hard) line break; one or more empty lines start a new
 * paragraph; a line's indentation is kept as no-break spaces (a tab as four). Meant for a
 * paragraph's or a list item's content, not for a code block.
 */
QString markdownText(const QString &text);

} // namespace ebb
