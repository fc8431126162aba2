// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "storage/journal.h"
#include "storage/journalprivate.h"

namespace ebb {

/** The one way past Journal's door, for tests that stage a fault or read a table directly. */
struct JournalTestAccess
{
    static Database &database(Journal &journal) { return journal.d->db; }
};

namespace test {

/** The journal's database, for a test or fixture that must reach under the Journal (never the app). */
inline Database &databaseOf(Journal &journal)
{
    return JournalTestAccess::database(journal);
}

} // namespace test
} // namespace ebb
