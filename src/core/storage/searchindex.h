// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace ebb {

class Database;

/**
 * The full-text search index (the FTS5 table search_text) is derived data: made from check-in
 * notes, notes and review answers by triggers. SQLite's integrity_check does not look inside it;
 * FTS5's own "integrity-check" does. False when the index is damaged (every save that touches it
 * would then fail). Checks a copy in memory: writes nothing, whatever the journal was opened for.
 */
Result<bool> searchIndexIsSound(const Database &db);

/** Makes the index again from what it is made of, in one transaction. Nothing the person wrote is touched. */
Result<void> rebuildSearchIndex(Database &db);

} // namespace ebb
