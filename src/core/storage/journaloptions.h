// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ebb {

/** How a journal file is opened. */
struct JournalOpenOptions
{
    bool create = true;                ///< Create a missing file (and its folder, mode 0700).
    bool readOnly = false;             ///< Open without writing anything, not even the journal mode.
    bool immutable = false;            ///< With readOnly: no -wal/-shm either (the caller holds the lock).
    bool migrate = true;               ///< Bring an older schema up to date.
    int busyTimeoutMs = 3000;          ///< How long to wait for another writer before reporting "busy".
    bool quickCheck = false;           ///< quick_check on open (the app checks after its first frame instead).
    bool backupBeforeMigration = true; ///< Snapshot an older journal into backups/ before changing its schema.
    /// Refuse a schema Ebb did not write before anything is written (refuseForeignSchema). The app
    /// checks it just after its first frame instead, before its first write (Journal::checkIntegrity);
    /// a migration is always preceded by the check.
    bool schemaCheck = true;
};

} // namespace ebb
