// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace ebb {

/**
 * The largest file Ebb imports, in bytes (20 MB). Ebb's own CSV of a hundred years of daily
 * check-ins with a paragraph of note every day is about 11 MB (docs/file-formats.md); the limit is
 * checked before a file is read, so a huge file never fills the memory.
 */
constexpr qint64 kImportMaxFileBytes = 20'000'000;

/**
 * The most boundaries one imported day counts, held and slipped together. A person keeps a few
 * boundaries of their own; a count the day's answers do not match becomes answers to retired
 * placeholder boundaries, one per counted boundary, so this keeps those few (1000/1000 once made
 * 1,999 of them).
 */
constexpr int kImportMaxBoundaryCount = 20;

/**
 * Why the day `text` (read as `day`, in the column `column`) is outside the days an import accepts,
 * from 1900-01-01 to a year after `today`, as the end of a sentence; empty when it is inside.
 * Nobody's own journal reaches back before 1900, and a day more than a year ahead is a typo; a
 * day like 0001-01-01 or 9999-12-31 once made `ebb-cli analyze --history` walk every day between.
 * `today` comes from the caller's clock (the journal's, in the app).
 */
QString dayWindowProblem(const char *column, const QString &text, QDate day, QDate today);

/**
 * `value` in quotes for a message, at most 40 characters of it: a longer one is cut, marked "…",
 * and followed by its length (`"abc…" (100000 characters)`), so no message echoes a whole note or a
 * runaway cell. Line breaks and tabs show as spaces, other control characters as U+FFFD, so the
 * message stays one line. Every message that quotes what a file held uses this.
 */
QString quotedForMessage(const QString &value);

/**
 * Why a note of `length` characters cannot be imported (longer than kNoteMaxLength, the limit a
 * saved check-in has too), as the end of a sentence; empty when it fits.
 */
QString noteLengthProblem(qsizetype length);

/**
 * Why a row cannot be read because a cell holds an invisible control character (NUL, escape, …;
 * tab, line feed and carriage return are text), as the end of a sentence naming the cell by
 * `columns` (the header); empty when every cell is clean. Such a character was stored as it came
 * and a NUL cut the note short for search: it is refused, never silently taken out.
 */
QString controlCharacterProblem(const QStringList &fields, const QStringList &columns);

} // namespace ebb
