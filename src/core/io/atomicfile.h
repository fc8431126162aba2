// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace ebb {

/**
 * Writes `data` to `path` all at once: into a temporary file beside it, then renamed over the
 * target (QSaveFile), readable and writable by the owner alone (0600). A failure leaves no
 * half-written file and any earlier file untouched.
 */
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

/**
 * Creates `path` (owner-only; it must not exist yet), writes `data` and flushes it to the disk
 * (fsync). On failure the file is removed and the error's message is the bare reason.
 */
Result<void> writeNewFileDurably(const QString &path, const QByteArray &data);

/**
 * Flushes the folder holding `path` to disk, so a file just renamed into it is still there after
 * a power cut (POSIX: the rename lives in the folder, not in the file). Best effort.
 */
void syncFolderOf(const QString &path);

/** What `renameWithoutReplacing` did. */
enum class RenameOutcome { Renamed, TargetExists, Failed };

/**
 * Renames `from` to `to` only if `to` does not exist, atomically: of two processes renaming onto
 * one name, exactly one wins and the other gets TargetExists, with both files intact. (QFile::rename
 * checks first and then, on losing the race, copies its file over the winner's.)
 */
RenameOutcome renameWithoutReplacing(const QString &from, const QString &to);

} // namespace ebb
