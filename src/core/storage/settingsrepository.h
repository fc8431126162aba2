// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "settings/journalsettings.h"

namespace ebb {

class Database;

/**
 * The journal's own settings (JournalSettings) in its settings table. The keys and how each
 * value is written live in one table in the .cpp; a value equal to its default is not stored,
 * so a journal that never changed a setting follows the defaults of the Ebb that opens it.
 */
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db);

    /** The stored settings; anything missing or unreadable keeps its default. */
    Result<JournalSettings> load() const;
    /**
     * Writes the settings whose value differs from the stored one, in one transaction (the others'
     * rows are left as they are); true when anything was written.
     */
    Result<bool> save(const JournalSettings &settings);

private:
    Database &m_db;
};

} // namespace ebb
