// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalerror.h"

#include "crypto/sealedfile.h"

#include <sqlite3.h>

namespace ebb {

JournalErrorKind journalErrorKind(const Error &error)
{
    switch (error.code) {
    case kNeedsPassphrase:
        return JournalErrorKind::NeedsPassphrase;
    case kSealRefused:
        return JournalErrorKind::WrongPassphrase;
    case kSealDamaged:
        return JournalErrorKind::Damaged; // cut short or changed: a backup can take its place
    case kMissingJournal:
        return JournalErrorKind::Missing;
    case kNewerJournal:
        return JournalErrorKind::NewerVersion;
    case kJournalLocked:
        return JournalErrorKind::Locked;
    case kJournalChanged:
        return JournalErrorKind::ChangedElsewhere;
    case kForeignSchema:
        return JournalErrorKind::Damaged; // a backup can take its place, as for any damage
    default:
        break;
    }
    if (error.code <= 0) {
        return JournalErrorKind::Other;
    }
    switch (error.code & 0xff) {
    case SQLITE_CORRUPT:
        return JournalErrorKind::Damaged;
    case SQLITE_NOTADB:
        return JournalErrorKind::NotAJournal;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return JournalErrorKind::Locked;
    case SQLITE_READONLY:
        return JournalErrorKind::ReadOnly;
    case SQLITE_FULL:
        return JournalErrorKind::NoSpace;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
    case SQLITE_IOERR:
        return JournalErrorKind::NoAccess;
    default:
        return JournalErrorKind::Other;
    }
}

} // namespace ebb
