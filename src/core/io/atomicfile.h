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

} // namespace ebb
