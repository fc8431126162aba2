// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "result.h"

#include <vector>

namespace ebb {

class Database;

/** Free-text journal notes, many per day, each with its own "share with my therapist" mark. */
class NoteRepository
{
public:
    explicit NoteRepository(Database &db);

    /** Adds `note` (its id and timestamps are set here) and returns it as stored. */
    Result<Note> add(Note note, const QDateTime &now);
    Result<Note> update(Note note, const QDateTime &now);
    Result<void> remove(qint64 id);
    /** Notes from `from` to `to` inclusive, oldest first; a null date leaves that end open. */
    Result<std::vector<Note>> inRange(QDate from, QDate to) const;

private:
    Database &m_db;
};

} // namespace ebb
