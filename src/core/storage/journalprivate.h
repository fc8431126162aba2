// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a Journal holds behind its door: for journal.cpp, and for the tests' one way past it
// (tests/support/journalaccess.h). Nothing else includes this.

#include "storage/boundaryrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/dismissalrepository.h"
#include "storage/draftrepository.h"
#include "storage/journal.h"
#include "storage/journallock.h"
#include "storage/journalsearch.h"
#include "storage/noterepository.h"
#include "storage/reviewrepository.h"
#include "storage/sealedjournal.h"
#include "storage/selfcheckrepository.h"
#include "storage/settingsrepository.h"
#include "storage/tagrepository.h"

#include <memory>

namespace ebb {

struct Journal::Private
{
    explicit Private(Database database)
        : db(std::move(database))
        , checkIns(db)
        , boundaries(db)
        , tags(db)
        , notes(db)
        , drafts(db)
        , dismissals(db)
        , reviews(db)
        , selfChecks(db)
        , settings(db)
        , search(db)
    {}

    Database db;
    CheckInRepository checkIns;
    BoundaryRepository boundaries;
    TagRepository tags;
    NoteRepository notes;
    DraftRepository drafts;
    DismissalRepository dismissals;
    ReviewRepository reviews;
    SelfCheckRepository selfChecks;
    SettingsRepository settings;
    JournalSearch search;
    std::unique_ptr<SealedStore> sealed;
    bool dirty = false; ///< A commit the sealed file does not hold yet.
    PlaintextSweep sweep;
    bool searchIndexRebuilt = false;
    std::unique_ptr<JournalLock> readLock; ///< Held while an idle journal is read as it is (openForReading).
};

} // namespace ebb
