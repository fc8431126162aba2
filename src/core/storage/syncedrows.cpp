// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/syncedrows.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"
#include "storage/timestamps.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

enum class Type { Integer, Text };

/** A synced column; `fallback` is written when no computer ever set it (NOT NULL columns only). */
struct Column
{
    const char *name;
    Type type;
    const char *fallback = nullptr; ///< SQL for the value, e.g. "''", "0"; "now" is the time of writing
};

struct TableSpec
{
    const char *table;
    QStringList keyColumns; ///< more than one: the key is their values joined by '|'
    std::vector<Column> columns;
    bool hasUpdatedAt = false;
};

const std::vector<TableSpec> &specs()
{
    static const std::vector<TableSpec> all = {
        {"boundaries",
         {QStringLiteral("uid")},
         {{"text", Type::Text, "'?'"},
          {"position", Type::Integer, "0"},
          {"retired_at", Type::Text},
          {"created_at", Type::Text, "now"}}},
        {"tags",
         {QStringLiteral("uid")},
         {{"name", Type::Text, "'?'"},
          {"kind", Type::Text, "'neutral'"},
          {"retired_at", Type::Text},
          {"created_at", Type::Text, "now"}}},
        {"checkins",
         {QStringLiteral("day")},
         {{"energy", Type::Integer},
          {"mood", Type::Integer},
          {"stress", Type::Integer},
          {"load", Type::Integer},
          {"sleep_minutes", Type::Integer},
          {"sleep_quality", Type::Integer},
          {"note", Type::Text, "''"},
          {"note_shared", Type::Integer, "0"},
          {"note_bring_up", Type::Integer, "0"},
          {"unrecorded_count", Type::Text},
          {"created_at", Type::Text, "now"}},
         true},
        {"notes",
         {QStringLiteral("uid")},
         {{"day", Type::Text},
          {"body", Type::Text, "'?'"},
          {"shared", Type::Integer, "0"},
          {"bring_up", Type::Integer, "0"},
          {"created_at", Type::Text, "now"}},
         true},
        {"reviews", {QStringLiteral("week")}, {{"created_at", Type::Text, "now"}}, true},
        {"self_checks",
         {QStringLiteral("day")},
         {{"tired", Type::Integer},
          {"physically_exhausted", Type::Integer},
          {"emotionally_exhausted", Type::Integer},
          {"cannot_take_it", Type::Integer},
          {"worn_out", Type::Integer},
          {"weak_and_ill", Type::Integer},
          {"created_at", Type::Text, "now"}},
         true},
        {"flag_dismissals",
         {QStringLiteral("flag_id"), QStringLiteral("since")},
         {{"dismissed_at", Type::Text, "now"}}},
        {"settings", {QStringLiteral("key")}, {{"value", Type::Text, "''"}}},
    };
    return all;
}

const TableSpec *specOf(const QString &table)
{
    const auto &all = specs();
    const auto found =
        std::find_if(all.begin(), all.end(), [&](const TableSpec &s) { return table == QLatin1String(s.table); });
    return found == all.end() ? nullptr : &*found;
}

QString keyExpression(const TableSpec &spec)
{
    return spec.keyColumns.join(QStringLiteral(" || '|' || "));
}

QCborValue columnValue(const Statement &row, int column, Type type)
{
    if (row.isNull(column)) {
        return QCborValue(nullptr);
    }
    return type == Type::Integer ? QCborValue(row.columnInt64(column)) : QCborValue(row.columnText(column));
}

void bindValue(Statement &statement, int index, const QCborValue &value)
{
    if (value.isInteger()) {
        statement.bind(index, value.toInteger());
    } else if (value.isString()) {
        statement.bind(index, value.toString());
    } else {
        statement.bindNull(index); // NOT NULL columns refuse it: the row is reported, never half-written
    }
}

QCborValue fieldOf(const SyncedRow &row, const QString &name)
{
    const auto found = row.find(name);
    return found == row.end() ? QCborValue(nullptr) : found->second;
}

/**
 * Which rows of a table to read: every row (`all`), or those whose keys are in `keys`, bound as a
 * JSON array (SQLite's json_each reads it, so one statement serves any number of keys).
 */
struct Selection
{
    bool all = true;
    QString keys; ///< a JSON array of the keys wanted, when not all
};

/** `expression` (a key) is one of the selection's keys, or true for all; ?1 is the keys. */
QString whereKeyIn(const Selection &selection, const QString &expression)
{
    return selection.all ? QStringLiteral("1")
                         : QStringLiteral("%1 IN (SELECT value FROM json_each(?1))").arg(expression);
}

void bindSelection(Statement &statement, const Selection &selection)
{
    if (!selection.all) {
        statement.bind(1, selection.keys);
    }
}

Selection selectionOf(const RowNames *only, const QString &table)
{
    if (only == nullptr) {
        return {};
    }
    QJsonArray keys;
    for (auto it = only->lower_bound(RowName{table, QString()}); it != only->end() && it->first == table; ++it) {
        keys.append(it->second);
    }
    return Selection{false, QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact))};
}

Result<void> readTable(const Database &db, const TableSpec &spec, const Selection &selection, SyncedRows &rows)
{
    QStringList columns;
    for (const Column &c : spec.columns) {
        columns.append(QLatin1String(c.name));
    }
    auto select = db.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                                 .arg(keyExpression(spec), columns.join(QStringLiteral(", ")),
                                      QLatin1String(spec.table), whereKeyIn(selection, keyExpression(spec))));
    if (!select) {
        return select.error();
    }
    bindSelection(*select, selection);
    return select->forEachRow([&](const Statement &row) {
        SyncedRow &fields = rows[RowName{QLatin1String(spec.table), row.columnText(0)}];
        for (size_t i = 0; i < spec.columns.size(); ++i) {
            fields[QLatin1String(spec.columns[i].name)] = columnValue(row, int(i) + 1, spec.columns[i].type);
        }
    });
}

/** A check-in's boundary answers and tags, and a review's answers, as fields of their rows. */
Result<void> readLinks(const Database &db, const Selection &checkIns, const Selection &reviews, SyncedRows &rows)
{
    auto answers = db.prepare(QStringLiteral("SELECT c.day, b.uid, cb.status FROM checkin_boundaries cb "
                                             "JOIN checkins c ON c.id = cb.checkin_id "
                                             "JOIN boundaries b ON b.id = cb.boundary_id WHERE %1")
                                  .arg(whereKeyIn(checkIns, QStringLiteral("c.day"))));
    if (!answers) {
        return answers.error();
    }
    bindSelection(*answers, checkIns);
    auto read = answers->forEachRow([&](const Statement &row) {
        rows[RowName{QStringLiteral("checkins"), row.columnText(0)}][QStringLiteral("boundary:") + row.columnText(1)] =
            row.columnText(2);
    });
    if (!read) {
        return read;
    }
    auto tags =
        db.prepare(QStringLiteral("SELECT c.day, t.uid FROM checkin_tags ct JOIN checkins c ON c.id = "
                                  "ct.checkin_id JOIN tags t ON t.id = ct.tag_id WHERE %1 ORDER BY c.day, t.uid")
                       .arg(whereKeyIn(checkIns, QStringLiteral("c.day"))));
    if (!tags) {
        return tags.error();
    }
    bindSelection(*tags, checkIns);
    read = tags->forEachRow([&](const Statement &row) {
        // One field a tag, as boundary answers are: a tag added on each of two computers keeps both.
        rows[RowName{QStringLiteral("checkins"), row.columnText(0)}][QStringLiteral("tag:") + row.columnText(1)] = true;
    });
    if (!read) {
        return read;
    }
    auto reviewAnswers = db.prepare(QStringLiteral("SELECT week, position, prompt_key, prompt, answer FROM "
                                                   "review_answers WHERE %1")
                                        .arg(whereKeyIn(reviews, QStringLiteral("week"))));
    if (!reviewAnswers) {
        return reviewAnswers.error();
    }
    bindSelection(*reviewAnswers, reviews);
    return reviewAnswers->forEachRow([&](const Statement &row) {
        rows[RowName{QStringLiteral("reviews"), row.columnText(0)}][QStringLiteral("answer:%1").arg(row.columnInt(1))] =
            QCborArray{row.columnText(2), row.columnText(3), row.columnText(4)};
    });
}

/** "name (2)", "name (3)"… — the first no tag but `uid` has. */
Result<QString> freeTagName(Database &db, const QString &name, const QString &uid)
{
    auto taken = db.prepare(QStringLiteral("SELECT count(*) FROM tags WHERE name = ?1 AND uid IS NOT ?2"));
    if (!taken) {
        return taken.error();
    }
    constexpr qsizetype kMaxTagName = 60; // the tags table's CHECK
    for (int n = 2;; ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString candidate = name.left(kMaxTagName - suffix.size()).trimmed() + suffix;
        taken->reset();
        taken->bind(1, candidate).bind(2, uid);
        auto row = taken->step();
        if (!row) {
            return row.error();
        }
        if (taken->columnInt(0) == 0) {
            return candidate;
        }
    }
}

/**
 * Two computers made a tag of the same name: both keep it, the same way on every computer — the
 * one whose id sorts first keeps the name, the other is called "its name (2)" (and that rename then
 * travels like any other).
 */
Result<void> settleTagName(Database &db, const QString &uid, SyncedRow &fields, QStringList &notes)
{
    const QString name = fieldOf(fields, QStringLiteral("name")).toString();
    auto other = db.prepare(QStringLiteral("SELECT uid, name FROM tags WHERE name = ?1 AND uid IS NOT ?2"));
    if (!other) {
        return other.error();
    }
    other->bind(1, name).bind(2, uid);
    auto found = other->step();
    if (!found || !*found) {
        return found ? Result<void>() : Result<void>(found.error());
    }
    const QString otherUid = other->columnText(0);
    const QString otherName = other->columnText(1);
    other->reset();
    const bool movesThis = otherUid < uid;
    const QString moved = movesThis ? uid : otherUid;
    auto renamed = freeTagName(db, movesThis ? name : otherName, moved);
    if (!renamed) {
        return renamed.error();
    }
    if (movesThis) {
        fields[QStringLiteral("name")] = *renamed;
    } else {
        auto rename = db.prepare(QStringLiteral("UPDATE tags SET name = ?1 WHERE uid = ?2"));
        if (!rename) {
            return rename.error();
        }
        if (auto r = rename->bind(1, *renamed).bind(2, moved).run(); !r) {
            return r;
        }
    }
    notes.append(tr("Two tags called “%1” were made on two computers. Both are kept; one is now called “%2”.")
                     .arg(name, *renamed));
    return {};
}

/** Inserts or replaces the row; a column no computer set gets its fallback. The check-in's id. */
Result<qint64> upsert(Database &db, const TableSpec &spec, const QString &key, const SyncedRow &fields,
                      const QDateTime &now)
{
    QStringList names = spec.keyColumns;
    QStringList values;
    QStringList updates;
    for (int i = 0; i < spec.keyColumns.size(); ++i) {
        values.append(QStringLiteral("?%1").arg(i + 1));
    }
    int next = int(spec.keyColumns.size()) + 1;
    const int nowIndex = next++;
    for (const Column &c : spec.columns) {
        const QString name = QLatin1String(c.name);
        names.append(name);
        if (c.fallback == nullptr) {
            values.append(QStringLiteral("?%1").arg(next));
        } else {
            const QString fallback =
                QLatin1String(c.fallback) == "now" ? QStringLiteral("?%1").arg(nowIndex) : QLatin1String(c.fallback);
            values.append(QStringLiteral("coalesce(?%1, %2)").arg(next).arg(fallback));
        }
        ++next;
        updates.append(QStringLiteral("%1 = excluded.%1").arg(name));
    }
    if (spec.hasUpdatedAt) {
        names.append(QStringLiteral("updated_at"));
        values.append(QStringLiteral("?%1").arg(nowIndex));
        updates.append(QStringLiteral("updated_at = excluded.updated_at"));
    }
    // Only a check-in needs its row number back (for its links); the other tables may have none.
    const bool returning = QLatin1String(spec.table) == "checkins";
    auto statement = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5 %6")
                                    .arg(QLatin1String(spec.table), names.join(QStringLiteral(", ")),
                                         values.join(QStringLiteral(", ")), spec.keyColumns.join(QStringLiteral(", ")),
                                         updates.join(QStringLiteral(", ")),
                                         returning ? QStringLiteral("RETURNING id") : QString()));
    if (!statement) {
        return statement.error();
    }
    const QStringList keyParts = spec.keyColumns.size() == 1 ? QStringList{key} : key.split(QLatin1Char('|'));
    if (keyParts.size() != spec.keyColumns.size()) {
        return errorWith(QStringLiteral("malformed key %1").arg(key));
    }
    for (int i = 0; i < keyParts.size(); ++i) {
        statement->bind(i + 1, keyParts[i]);
    }
    statement->bind(nowIndex, instantKey(now));
    for (size_t i = 0; i < spec.columns.size(); ++i) {
        bindValue(*statement, int(spec.keyColumns.size()) + 2 + int(i),
                  fieldOf(fields, QLatin1String(spec.columns[i].name)));
    }
    auto row = statement->step();
    if (!row) {
        return row.error();
    }
    if (!returning) {
        return qint64(0); // done in that one step
    }
    const qint64 rowid = *row ? statement->columnInt64(0) : 0;
    if (auto done = statement->run(); !done) { // finish the RETURNING statement
        return done.error();
    }
    return rowid;
}

Result<void> writeCheckInLinks(Database &db, qint64 checkInId, const QString &day, const SyncedRow &fields,
                               QStringList &notes)
{
    for (const char *sql :
         {"DELETE FROM checkin_boundaries WHERE checkin_id = ?1", "DELETE FROM checkin_tags WHERE checkin_id = ?1"}) {
        auto del = db.prepare(QString::fromUtf8(sql));
        if (!del) {
            return del.error();
        }
        if (auto r = del->bind(1, checkInId).run(); !r) {
            return r;
        }
    }
    auto answer = db.prepare(QStringLiteral("INSERT INTO checkin_boundaries (checkin_id, boundary_id, status) "
                                            "SELECT ?1, id, ?3 FROM boundaries WHERE uid = ?2"));
    if (!answer) {
        return answer.error();
    }
    int missing = 0;
    for (const auto &[name, value] : fields) {
        if (!name.startsWith(QLatin1String("boundary:")) || !value.isString()) {
            continue;
        }
        answer->reset();
        if (auto r = answer->bind(1, checkInId).bind(2, name.mid(9)).bind(3, value.toString()).run(); !r) {
            return r;
        }
        missing += db.changes() == 0 ? 1 : 0;
    }
    auto tag = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO checkin_tags (checkin_id, tag_id) SELECT ?1, id FROM tags WHERE uid = ?2"));
    if (!tag) {
        return tag.error();
    }
    // Each "tag:<uid>" field decides its tag; the list "tags" an Ebb before per-tag fields sent
    // counts only for tags that have no field of their own.
    QStringList tagUids;
    for (const auto &uid : fieldOf(fields, QStringLiteral("tags")).toArray()) {
        if (fields.count(QStringLiteral("tag:") + uid.toString()) == 0) {
            tagUids.append(uid.toString());
        }
    }
    for (const auto &[name, value] : fields) {
        if (name.startsWith(QLatin1String("tag:")) && value.isTrue()) {
            tagUids.append(name.mid(4));
        }
    }
    tagUids.removeDuplicates();
    for (const QString &uid : tagUids) {
        tag->reset();
        if (auto r = tag->bind(1, checkInId).bind(2, uid).run(); !r) {
            return r;
        }
        missing += db.changes() == 0 ? 1 : 0;
    }
    if (missing > 0) {
        notes.append(tr("The check-in of %1 names a boundary or tag that has not arrived from your other computer "
                        "yet; it will be linked when it comes.")
                         .arg(day));
    }
    return {};
}

Result<void> writeReviewAnswers(Database &db, const QString &week, const SyncedRow &fields)
{
    auto del = db.prepare(QStringLiteral("DELETE FROM review_answers WHERE week = ?1"));
    if (!del) {
        return del.error();
    }
    if (auto r = del->bind(1, week).run(); !r) {
        return r;
    }
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO review_answers (week, position, prompt_key, prompt, answer) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insert) {
        return insert.error();
    }
    for (const auto &[name, value] : fields) {
        const QCborArray parts = value.toArray();
        bool isPosition = false;
        const int position = name.mid(7).toInt(&isPosition);
        if (!name.startsWith(QLatin1String("answer:")) || !isPosition || parts.size() != 3) {
            continue;
        }
        insert->reset();
        insert->bind(1, week).bind(2, position);
        for (int i = 0; i < 3; ++i) {
            bindValue(*insert, i + 3, parts.at(i));
        }
        if (auto r = insert->run(); !r) {
            return r;
        }
    }
    return {};
}

Result<void> writeRow(Database &db, const TableSpec &spec, const QString &key, const SyncedRow *given,
                      const QDateTime &now, QStringList &notes)
{
    const QString table = QLatin1String(spec.table);
    if (given == nullptr) {
        QStringList where;
        for (int i = 0; i < spec.keyColumns.size(); ++i) {
            where.append(QStringLiteral("%1 = ?%2").arg(spec.keyColumns[i]).arg(i + 1));
        }
        auto del =
            db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, where.join(QStringLiteral(" AND "))));
        if (!del) {
            return del.error();
        }
        const QStringList parts = spec.keyColumns.size() == 1 ? QStringList{key} : key.split(QLatin1Char('|'));
        for (int i = 0; i < parts.size(); ++i) {
            del->bind(i + 1, parts[i]);
        }
        return del->run();
    }
    SyncedRow fields = *given;
    if (table == QLatin1String("tags")) {
        if (auto settled = settleTagName(db, key, fields, notes); !settled) {
            return settled;
        }
    }
    auto rowid = upsert(db, spec, key, fields, now);
    if (!rowid) {
        return rowid.error();
    }
    if (table == QLatin1String("checkins")) {
        return writeCheckInLinks(db, *rowid, key, fields, notes);
    }
    if (table == QLatin1String("reviews")) {
        return writeReviewAnswers(db, key, fields);
    }
    return {};
}

} // namespace

bool isSyncedField(const QString &table, const QString &field)
{
    const TableSpec *spec = specOf(table);
    if (spec == nullptr) {
        return false;
    }
    if (table == QLatin1String("checkins") &&
        (field == QLatin1String("tags") || field.startsWith(QLatin1String("tag:")) ||
         field.startsWith(QLatin1String("boundary:")))) {
        return true;
    }
    if (table == QLatin1String("reviews") && field.startsWith(QLatin1String("answer:"))) {
        return true;
    }
    return std::any_of(spec->columns.begin(), spec->columns.end(),
                       [&field](const Column &c) { return field == QLatin1String(c.name); });
}

const QStringList &syncedTables()
{
    static const QStringList names = [] {
        QStringList all;
        for (const TableSpec &spec : specs()) {
            all.append(QLatin1String(spec.table));
        }
        return all;
    }();
    return names;
}

namespace {

Result<SyncedRows> readRows(const Database &db, const RowNames *only)
{
    SyncedRows rows;
    for (const TableSpec &spec : specs()) {
        const Selection selection = selectionOf(only, QLatin1String(spec.table));
        if (auto read = readTable(db, spec, selection, rows); !read) {
            return withContext(read.error(), QStringLiteral("Could not read the journal to sync it"));
        }
    }
    const Selection checkIns = selectionOf(only, QStringLiteral("checkins"));
    const Selection reviews = selectionOf(only, QStringLiteral("reviews"));
    if (auto read = readLinks(db, checkIns, reviews, rows); !read) {
        return withContext(read.error(), QStringLiteral("Could not read the journal to sync it"));
    }
    return rows;
}

} // namespace

Result<SyncedRows> readSyncedRows(const Database &db)
{
    return readRows(db, nullptr);
}

Result<SyncedRows> readSyncedRows(const Database &db, const RowNames &only)
{
    return readRows(db, &only);
}

Result<RowTimes> readRowTimes(const Database &db, const RowNames *only)
{
    RowTimes times;
    for (const TableSpec &spec : specs()) {
        const bool hasCreated = std::any_of(spec.columns.begin(), spec.columns.end(), [](const Column &c) {
            return QLatin1String(c.name) == "created_at" || QLatin1String(c.name) == "dismissed_at";
        });
        if (!spec.hasUpdatedAt && !hasCreated) {
            continue;
        }
        const QString table = QLatin1String(spec.table);
        const QString column = spec.hasUpdatedAt                           ? QStringLiteral("updated_at")
                               : table == QLatin1String("flag_dismissals") ? QStringLiteral("dismissed_at")
                                                                           : QStringLiteral("created_at");
        const Selection selection = selectionOf(only, table);
        auto select =
            db.prepare(QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4")
                           .arg(keyExpression(spec), column, table, whereKeyIn(selection, keyExpression(spec))));
        if (!select) {
            return select.error();
        }
        bindSelection(*select, selection);
        auto read = select->forEachRow([&](const Statement &row) {
            const QDateTime when = instantFromKey(row.columnText(1));
            if (when.isValid()) {
                times[RowName{table, row.columnText(0)}] = when;
            }
        });
        if (!read) {
            return read.error();
        }
    }
    return times;
}

Result<RowNames> readRowNames(const Database &db, const QString &table)
{
    const TableSpec *spec = specOf(table);
    if (spec == nullptr) {
        return errorWith(QStringLiteral("no synced table %1").arg(table));
    }
    auto select = db.prepare(QStringLiteral("SELECT %1 FROM %2").arg(keyExpression(*spec), table));
    if (!select) {
        return select.error();
    }
    RowNames names;
    auto read = select->forEachRow([&](const Statement &row) { names.insert(RowName{table, row.columnText(0)}); });
    if (!read) {
        return read.error();
    }
    return names;
}

Result<void> writeSyncedRow(Database &db, const RowName &row, const SyncedRow *fields, const QDateTime &now,
                            QStringList &notes)
{
    const TableSpec *spec = specOf(row.first);
    if (spec == nullptr) {
        return errorWith(QStringLiteral("no synced table %1").arg(row.first));
    }
    // A savepoint: a row that cannot be written leaves nothing half-done, and the rest goes on.
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    QStringList rowNotes;
    if (auto written = writeRow(db, *spec, row.second, fields, now, rowNotes); !written) {
        return written;
    }
    if (auto committed = tx->commit(); !committed) {
        return committed;
    }
    notes += rowNotes;
    return {};
}

} // namespace ebb
