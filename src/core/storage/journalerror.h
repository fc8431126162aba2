// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace ebb {

/** Ebb's own Error codes for journal files, beside SQLite's (which are all positive). */
constexpr int kNeedsPassphrase = -100; ///< An encrypted journal was opened without a passphrase.
constexpr int kMissingJournal = -102;  ///< There is no file where the journal should be.
constexpr int kNewerJournal = -103;    ///< The file's schema is newer than this Ebb understands.
constexpr int kJournalLocked = -104;   ///< Another Ebb (the app or an ebb-cli command) holds the journal's lock.
constexpr int kJournalChanged = -105;  ///< The encrypted file changed since it was opened: not written over.
constexpr int kForeignSchema = -106;   ///< The journal holds a trigger, view or table Ebb did not create.

/**
 * Why a journal could not be opened or used, for callers that act on it (offer a backup, ask
 * for a passphrase, say "update Ebb"). The Error's message already says it in words; this is the
 * one place that knows which storage codes mean what, so no caller needs SQLite's header.
 */
enum class JournalErrorKind {
    Other,            ///< Anything else; the message says what happened.
    Missing,          ///< No journal at that path (and none was to be created).
    Damaged,          ///< The file is a journal, but its structure is damaged.
    NotAJournal,      ///< The file is not a database at all (or its first page is destroyed).
    NewerVersion,     ///< Written by a newer Ebb; nothing was changed.
    NeedsPassphrase,  ///< Encrypted, and no passphrase was given.
    WrongPassphrase,  ///< Encrypted, and the passphrase did not open it (damage is Damaged).
    Locked,           ///< Another program holds the journal.
    ChangedElsewhere, ///< Another program wrote the encrypted journal while it was open; not written over.
    ReadOnly,         ///< The file or its folder may not be written.
    NoSpace,          ///< The disk is full.
    NoAccess,         ///< The file could not be opened or read (permissions, a missing folder, the disk).
};

JournalErrorKind journalErrorKind(const Error &error);

/** True for the kinds a backup can help with: the file itself is broken. */
inline bool isDamage(JournalErrorKind kind)
{
    return kind == JournalErrorKind::Damaged || kind == JournalErrorKind::NotAJournal;
}

} // namespace ebb
