// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ebb {

/**
 * Why a row cannot be read because a cell holds an invisible control character (NUL, escape, …;
 * tab, line feed and carriage return are text), as the end of a sentence naming the cell by
 * `columns` (the header); empty when every cell is clean. Such a character was stored as it came
 * and a NUL cut the note short for search: it is refused, never silently taken out.
 */
QString controlCharacterProblem(const QStringList &fields, const QStringList &columns);

} // namespace ebb
