// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/sealedjournal.h"

#include <QString>
#include <QStringList>

namespace ebb {

/**
 * Beside an encrypted journal, no copy of it may stay readable. Finds the plain files of the
 * journal's own that an interrupted step can leave — a backup's ".partial", a new journal's
 * ".creating-*", a restore's ".restoring", a decryption's ".plain", a plain journal's "-wal" and
 * "-shm" — and deletes them (each is unfinished or already inside the journal); the whole ones
 * — backups and files set aside by a restore (".set-aside-*") — are sealed in place with
 * `store`'s key, so nothing the person kept is lost. Encrypted files are left as they are.
 */
PlaintextSweep sweepPlaintextLeftovers(const QString &journalPath, const SealedStore &store);

} // namespace ebb
