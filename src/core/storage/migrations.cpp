// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

namespace ebb {
namespace {

// Version 1: the first schema. Tables are STRICT so a wrongly typed value is refused by SQLite
// itself, and every value's range (0-10 scales, sleep quality 1-5, counts) is a CHECK: values are
// checked in the UI and again here. Days use "date(day, '+0 days') IS day": the modifier makes
// SQLite normalise impossible dates ('2026-02-30' becomes '2026-03-02', so it is refused), and IS,
// unlike =, is false rather than NULL for text date() cannot read — a CHECK that is NULL passes.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE checkins (
    id            INTEGER PRIMARY KEY,
    day           TEXT    NOT NULL UNIQUE CHECK (date(day, '+0 days') IS day),
    energy        INTEGER CHECK (energy BETWEEN 0 AND 10),
    mood          INTEGER CHECK (mood BETWEEN 0 AND 10),
    stress        INTEGER CHECK (stress BETWEEN 0 AND 10),
    load          INTEGER CHECK (load BETWEEN 0 AND 10),
    sleep_minutes INTEGER CHECK (sleep_minutes BETWEEN 0 AND 1440 AND sleep_minutes % 15 = 0),
    sleep_quality INTEGER CHECK (sleep_quality BETWEEN 1 AND 5),
    note          TEXT    NOT NULL DEFAULT '',
    note_shared   INTEGER NOT NULL DEFAULT 0 CHECK (note_shared IN (0, 1)),
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
) STRICT;

CREATE TABLE boundaries (
    id         INTEGER PRIMARY KEY,
    text       TEXT    NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 200),
    position   INTEGER NOT NULL DEFAULT 0,
    retired_at TEXT,
    created_at TEXT    NOT NULL
) STRICT;

CREATE TABLE checkin_boundaries (
    checkin_id  INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    boundary_id INTEGER NOT NULL REFERENCES boundaries(id) ON DELETE RESTRICT,
    status      TEXT    NOT NULL CHECK (status IN ('held', 'slipped', 'not_relevant')),
    PRIMARY KEY (checkin_id, boundary_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE tags (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL UNIQUE COLLATE NOCASE
                       CHECK (length(trim(name)) BETWEEN 1 AND 60 AND instr(name, ';') = 0),
    kind       TEXT    NOT NULL CHECK (kind IN ('drained', 'restored', 'neutral')),
    retired_at TEXT,
    created_at TEXT    NOT NULL
) STRICT;

CREATE TABLE checkin_tags (
    checkin_id INTEGER NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE RESTRICT,
    PRIMARY KEY (checkin_id, tag_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX checkin_tags_by_tag ON checkin_tags(tag_id);

CREATE TABLE notes (
    id         INTEGER PRIMARY KEY,
    day        TEXT    NOT NULL CHECK (date(day, '+0 days') IS day),
    body       TEXT    NOT NULL CHECK (length(trim(body)) > 0),
    shared     INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
) STRICT;
CREATE INDEX notes_by_day ON notes(day);

CREATE TABLE drafts (
    day      TEXT PRIMARY KEY CHECK (date(day, '+0 days') IS day),
    payload  TEXT NOT NULL,
    saved_at TEXT NOT NULL
) STRICT;
)sql";

// Version 2: pacing flags the person dismissed. An episode is named by its flag id and the day
// it began, so a dismissed flag stays quiet until it clears and comes back as a new episode.
constexpr const char *kSchemaV2 = R"sql(
CREATE TABLE flag_dismissals (
    flag_id      TEXT NOT NULL CHECK (length(flag_id) BETWEEN 1 AND 40),
    since        TEXT NOT NULL CHECK (date(since, '+0 days') IS since),
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (flag_id, since)
) STRICT, WITHOUT ROWID;
)sql";

// Version 3: weekly reviews, small journal-wide settings, and one full-text index over everything
// the person wrote (check-in notes, notes, review answers), kept current by triggers.
constexpr const char *kSchemaV3 = R"sql(
CREATE TABLE reviews (
    week       TEXT PRIMARY KEY CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE review_answers (
    week       TEXT    NOT NULL REFERENCES reviews(week) ON DELETE CASCADE,
    position   INTEGER NOT NULL CHECK (position >= 0),
    prompt_key TEXT    NOT NULL CHECK (length(prompt_key) BETWEEN 1 AND 40),
    prompt     TEXT    NOT NULL,
    answer     TEXT    NOT NULL,
    PRIMARY KEY (week, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 80),
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE VIRTUAL TABLE search_text USING fts5(
    kind UNINDEXED, ref UNINDEXED, day UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2');

INSERT INTO search_text (kind, ref, day, body) SELECT 'checkin', day, day, note FROM checkins WHERE note != '';
INSERT INTO search_text (kind, ref, day, body) SELECT 'note', id, day, body FROM notes;

CREATE TRIGGER checkins_search_insert AFTER INSERT ON checkins WHEN new.note != '' BEGIN
    INSERT INTO search_text (kind, ref, day, body) VALUES ('checkin', new.day, new.day, new.note);
END;
CREATE TRIGGER checkins_search_update AFTER UPDATE OF note, day ON checkins BEGIN
    DELETE FROM search_text WHERE kind = 'checkin' AND ref = old.day;
    INSERT INTO search_text (kind, ref, day, body) SELECT 'checkin', new.day, new.day, new.note WHERE new.note != '';
END;
CREATE TRIGGER checkins_search_delete AFTER DELETE ON checkins BEGIN
    DELETE FROM search_text WHERE kind = 'checkin' AND ref = old.day;
END;
CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
    INSERT INTO search_text (kind, ref, day, body) VALUES ('note', new.id, new.day, new.body);
END;
CREATE TRIGGER notes_search_update AFTER UPDATE OF body, day ON notes BEGIN
    DELETE FROM search_text WHERE kind = 'note' AND ref = old.id;
    INSERT INTO search_text (kind, ref, day, body) VALUES ('note', new.id, new.day, new.body);
END;
CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
    DELETE FROM search_text WHERE kind = 'note' AND ref = old.id;
END;
CREATE TRIGGER answers_search_insert AFTER INSERT ON review_answers WHEN new.answer != '' BEGIN
    INSERT INTO search_text (kind, ref, day, body)
    VALUES ('review', new.week || '#' || new.position, new.week, new.answer);
END;
CREATE TRIGGER answers_search_delete AFTER DELETE ON review_answers BEGIN
    DELETE FROM search_text WHERE kind = 'review' AND ref = old.week || '#' || old.position;
END;
)sql";

// Version 4: a day imported from a CSV that gave one boundary count and left the other empty
// keeps which one was empty; its answers alone would export that count as 0 (issue 18).
constexpr const char *kSchemaV4 = R"sql(
ALTER TABLE checkins ADD COLUMN unrecorded_count TEXT CHECK (unrecorded_count IN ('held', 'slipped'));
)sql";

// Version 5: the monthly burnout self-check (the Copenhagen Burnout Inventory's personal burnout
// scale: six questions, each 0, 25, 50, 75 or 100, or NULL when skipped; at least half answered, as
// the scale's score needs), and a note's "bring up in therapy" mark, beside its "share" mark.
constexpr const char *kSchemaV5 = R"sql(
CREATE TABLE self_checks (
    day                   TEXT    PRIMARY KEY CHECK (date(day, '+0 days') IS day),
    tired                 INTEGER CHECK (tired IN (0, 25, 50, 75, 100)),
    physically_exhausted  INTEGER CHECK (physically_exhausted IN (0, 25, 50, 75, 100)),
    emotionally_exhausted INTEGER CHECK (emotionally_exhausted IN (0, 25, 50, 75, 100)),
    cannot_take_it        INTEGER CHECK (cannot_take_it IN (0, 25, 50, 75, 100)),
    worn_out              INTEGER CHECK (worn_out IN (0, 25, 50, 75, 100)),
    weak_and_ill          INTEGER CHECK (weak_and_ill IN (0, 25, 50, 75, 100)),
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    CHECK ((tired IS NOT NULL) + (physically_exhausted IS NOT NULL) + (emotionally_exhausted IS NOT NULL) +
           (cannot_take_it IS NOT NULL) + (worn_out IS NOT NULL) + (weak_and_ill IS NOT NULL) >= 3)
) STRICT, WITHOUT ROWID;

ALTER TABLE checkins ADD COLUMN note_bring_up INTEGER NOT NULL DEFAULT 0 CHECK (note_bring_up IN (0, 1));
ALTER TABLE notes ADD COLUMN bring_up INTEGER NOT NULL DEFAULT 0 CHECK (bring_up IN (0, 1));
)sql";

// Version 6: sync between a person's computers (issue 23). Boundaries, tags and notes get an id
// that is the same on every computer (their row numbers are not): random, made by a trigger when a
// row comes without one. The sync_* tables belong to this computer and never travel: its device id,
// clock and next file number (sync_local), the merge's state per field (sync_fields), and the
// files already taken from the sync folder (sync_taken).
constexpr const char *kSchemaV6 = R"sql(
ALTER TABLE boundaries ADD COLUMN uid TEXT CHECK (uid GLOB '[0-9a-f]*' AND length(uid) = 16);
ALTER TABLE tags ADD COLUMN uid TEXT CHECK (uid GLOB '[0-9a-f]*' AND length(uid) = 16);
ALTER TABLE notes ADD COLUMN uid TEXT CHECK (uid GLOB '[0-9a-f]*' AND length(uid) = 16);
UPDATE boundaries SET uid = lower(hex(randomblob(8)));
UPDATE tags SET uid = lower(hex(randomblob(8)));
UPDATE notes SET uid = lower(hex(randomblob(8)));
CREATE UNIQUE INDEX boundaries_by_uid ON boundaries(uid);
CREATE UNIQUE INDEX tags_by_uid ON tags(uid);
CREATE UNIQUE INDEX notes_by_uid ON notes(uid);
CREATE TRIGGER boundaries_uid AFTER INSERT ON boundaries WHEN new.uid IS NULL BEGIN
    UPDATE boundaries SET uid = lower(hex(randomblob(8))) WHERE id = new.id;
END;
CREATE TRIGGER tags_uid AFTER INSERT ON tags WHEN new.uid IS NULL BEGIN
    UPDATE tags SET uid = lower(hex(randomblob(8))) WHERE id = new.id;
END;
CREATE TRIGGER notes_uid AFTER INSERT ON notes WHEN new.uid IS NULL BEGIN
    UPDATE notes SET uid = lower(hex(randomblob(8))) WHERE id = new.id;
END;

CREATE TABLE sync_local (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 40),
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_fields (
    tbl    TEXT NOT NULL,
    key    TEXT NOT NULL,
    field  TEXT NOT NULL,
    record BLOB NOT NULL,
    PRIMARY KEY (tbl, key, field)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_taken (
    name TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
)sql";

// Version 7: what changed since the last exchange, so that an exchange reads just that (issue 32):
// triggers name each synced row written here (a check-in's links name their check-in, a review's
// answers their review) in sync_dirty, once this journal syncs; each exchange reads and empties it.
// No OR IGNORE: in a trigger, the conflict policy of the statement that fired it wins (an upsert's
// ABORT), so a row already named is left out by NOT EXISTS and a key not there yet by IS NOT NULL.
constexpr const char *kSchemaV7 = R"sql(
CREATE TABLE sync_dirty (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER checkins_sync_insert AFTER INSERT ON checkins
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, new.day AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkins_sync_update AFTER UPDATE ON checkins
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, old.day AS k
        UNION SELECT 'checkins', new.day
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkins_sync_delete AFTER DELETE ON checkins
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, old.day AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER boundaries_sync_insert AFTER INSERT ON boundaries
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'boundaries' AS t, new.uid AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER boundaries_sync_update AFTER UPDATE ON boundaries
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'boundaries' AS t, old.uid AS k
        UNION SELECT 'boundaries', new.uid
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER boundaries_sync_delete AFTER DELETE ON boundaries
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'boundaries' AS t, old.uid AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER tags_sync_insert AFTER INSERT ON tags
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'tags' AS t, new.uid AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER tags_sync_update AFTER UPDATE ON tags
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'tags' AS t, old.uid AS k
        UNION SELECT 'tags', new.uid
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER tags_sync_delete AFTER DELETE ON tags
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'tags' AS t, old.uid AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER notes_sync_insert AFTER INSERT ON notes
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'notes' AS t, new.uid AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER notes_sync_update AFTER UPDATE ON notes
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'notes' AS t, old.uid AS k
        UNION SELECT 'notes', new.uid
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER notes_sync_delete AFTER DELETE ON notes
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'notes' AS t, old.uid AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER reviews_sync_insert AFTER INSERT ON reviews
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'reviews' AS t, new.week AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER reviews_sync_update AFTER UPDATE ON reviews
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'reviews' AS t, old.week AS k
        UNION SELECT 'reviews', new.week
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER reviews_sync_delete AFTER DELETE ON reviews
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'reviews' AS t, old.week AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER review_answers_sync_insert AFTER INSERT ON review_answers
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'reviews' AS t, new.week AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER review_answers_sync_update AFTER UPDATE ON review_answers
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'reviews' AS t, old.week AS k
        UNION SELECT 'reviews', new.week
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER review_answers_sync_delete AFTER DELETE ON review_answers
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'reviews' AS t, old.week AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER self_checks_sync_insert AFTER INSERT ON self_checks
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'self_checks' AS t, new.day AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER self_checks_sync_update AFTER UPDATE ON self_checks
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'self_checks' AS t, old.day AS k
        UNION SELECT 'self_checks', new.day
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER self_checks_sync_delete AFTER DELETE ON self_checks
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'self_checks' AS t, old.day AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER flag_dismissals_sync_insert AFTER INSERT ON flag_dismissals
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'flag_dismissals' AS t, new.flag_id || '|' || new.since AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER flag_dismissals_sync_update AFTER UPDATE ON flag_dismissals
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'flag_dismissals' AS t, old.flag_id || '|' || old.since AS k
        UNION SELECT 'flag_dismissals', new.flag_id || '|' || new.since
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER flag_dismissals_sync_delete AFTER DELETE ON flag_dismissals
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'flag_dismissals' AS t, old.flag_id || '|' || old.since AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER settings_sync_insert AFTER INSERT ON settings
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'settings' AS t, new.key AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER settings_sync_update AFTER UPDATE ON settings
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'settings' AS t, old.key AS k
        UNION SELECT 'settings', new.key
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER settings_sync_delete AFTER DELETE ON settings
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'settings' AS t, old.key AS k
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkin_boundaries_sync_insert AFTER INSERT ON checkin_boundaries
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, day AS k FROM checkins WHERE id = new.checkin_id
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkin_boundaries_sync_update AFTER UPDATE ON checkin_boundaries
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, day AS k FROM checkins WHERE id = old.checkin_id
        UNION SELECT 'checkins', day FROM checkins WHERE id = new.checkin_id
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkin_boundaries_sync_delete AFTER DELETE ON checkin_boundaries
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, day AS k FROM checkins WHERE id = old.checkin_id
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkin_tags_sync_insert AFTER INSERT ON checkin_tags
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, day AS k FROM checkins WHERE id = new.checkin_id
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkin_tags_sync_update AFTER UPDATE ON checkin_tags
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, day AS k FROM checkins WHERE id = old.checkin_id
        UNION SELECT 'checkins', day FROM checkins WHERE id = new.checkin_id
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
CREATE TRIGGER checkin_tags_sync_delete AFTER DELETE ON checkin_tags
    WHEN (SELECT 1 FROM sync_local WHERE key = 'device') BEGIN
    INSERT INTO sync_dirty (tbl, key) SELECT t, k FROM (
        SELECT 'checkins' AS t, day AS k FROM checkins WHERE id = old.checkin_id
    ) WHERE k IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = t AND key = k);
END;
)sql";

constexpr Migration kMigrations[] = {
    {1, kSchemaV1}, {2, kSchemaV2}, {3, kSchemaV3}, {4, kSchemaV4}, {5, kSchemaV5}, {6, kSchemaV6}, {7, kSchemaV7},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

Result<void> migrate(Database &db, std::span<const Migration> migrations)
{
    auto current = db.userVersion();
    if (!current) {
        return current.error();
    }
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > latest) {
        return Error{QStringLiteral("This journal was written by a newer version of Ebb (schema %1; this Ebb "
                                    "understands up to %2). Please update Ebb to open it. Nothing was changed.")
                         .arg(*current)
                         .arg(latest),
                     0, QStringLiteral("user_version %1 > %2").arg(*current).arg(latest)};
    }
    for (const Migration &m : migrations) {
        if (m.version <= *current) {
            continue;
        }
        const QString context = QStringLiteral("Could not update the journal to schema %1").arg(m.version);
        auto tx = Transaction::begin(db);
        if (!tx) {
            return withContext(tx.error(), context);
        }
        if (auto r = db.exec(QString::fromUtf8(m.sql), context); !r) {
            return r.error();
        }
        if (auto r = db.setUserVersion(m.version); !r) {
            return withContext(r.error(), context);
        }
        if (auto r = tx->commit(); !r) {
            return withContext(r.error(), context);
        }
    }
    return {};
}

} // namespace ebb
