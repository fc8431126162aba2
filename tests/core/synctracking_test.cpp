// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An exchange reads what changed since the last one, not the whole journal: triggers name each
// synced row written here (sync_dirty). These tests hold that every way a row is written is named,
// and that a journal that did not track its changes yet still sends everything.
#include "journalaccess.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "sync/syncreport.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::SyncComputer;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("kettle on the windowsill");
const QDate kDay(2026, 3, 14);

/** The rows the next exchange will look at, as "table/key", sorted. */
QStringList dirtyRows(Journal &journal)
{
    auto select = ebb::test::databaseOf(journal).prepare(
        QStringLiteral("SELECT tbl || '/' || key FROM sync_dirty ORDER BY tbl, key"));
    QStringList rows;
    requireOk(require(std::move(select)).forEachRow([&](const Statement &row) { rows.append(row.columnText(0)); }));
    return rows;
}

struct Pair
{
    TempDir tmp;
    SyncComputer a{tmp.path(QStringLiteral("a.sqlite"))};
    SyncComputer b{tmp.path(QStringLiteral("b.sqlite"))};

    Pair()
    {
        const QString folder = tmp.path(QStringLiteral("Sync"));
        (void)require(a.journal->setUpSync(folder, kPassphrase));
        (void)require(b.journal->setUpSync(folder, kPassphrase));
    }
};

} // namespace

TEST_CASE("a journal that does not sync names no rows; once it syncs, every write names its row", "[sync]")
{
    TempDir tmp;
    SyncComputer laptop(tmp.path(QStringLiteral("laptop.sqlite")));
    (void)require(laptop.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay, 4)));
    CHECK(dirtyRows(*laptop.journal).isEmpty());

    (void)require(laptop.journal->setUpSync(tmp.path(QStringLiteral("Sync")), kPassphrase));
    laptop.sync();
    CHECK(dirtyRows(*laptop.journal).isEmpty()); // read and emptied by the exchange

    const Tag work = require(laptop.journal->addTag(QStringLiteral("work"), TagKind::Drained));
    CheckIn edit = *require(laptop.journal->checkIn(kDay));
    edit.tagIds = {work.id};
    (void)require(laptop.journal->saveCheckIn(edit));
    Database &db = ebb::test::databaseOf(*laptop.journal);
    const QString tagUid = require(db.queryText(QStringLiteral("SELECT uid FROM tags WHERE name = 'work'")));
    CHECK(dirtyRows(*laptop.journal) ==
          QStringList{QStringLiteral("checkins/2026-03-14"), QStringLiteral("tags/") + tagUid});

    laptop.sync();
    // A link alone (written behind Ebb's back) names its check-in; an answer names its review.
    requireOk(db.exec(QStringLiteral("DELETE FROM checkin_tags")));
    CHECK(dirtyRows(*laptop.journal) == QStringList{QStringLiteral("checkins/2026-03-14")});
    requireOk(db.exec(QStringLiteral("DELETE FROM sync_dirty;"
                                     "INSERT INTO reviews (week, created_at, updated_at) VALUES ('2026-W11', 'x', 'x');"
                                     "DELETE FROM sync_dirty;"
                                     "INSERT INTO review_answers (week, position, prompt_key, prompt, answer) "
                                     "VALUES ('2026-W11', 0, 'drained', 'What drained you?', 'Meetings');"
                                     "INSERT INTO flag_dismissals (flag_id, since, dismissed_at) "
                                     "VALUES ('stress_rising', '2026-03-10', 'x');")));
    CHECK(dirtyRows(*laptop.journal) ==
          QStringList{QStringLiteral("flag_dismissals/stress_rising|2026-03-10"), QStringLiteral("reviews/2026-W11")});
}

TEST_CASE("an edit made with sqlite3 behind Ebb's back travels like one made in Ebb", "[sync]")
{
    Pair p;
    (void)require(p.a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay, 4)));
    p.a.sync();
    p.b.sync();
    requireOk(ebb::test::databaseOf(*p.a.journal)
                  .exec(QStringLiteral("UPDATE checkins SET energy = 9 WHERE day = '2026-03-14'")));
    CHECK(p.a.sync().sent == 1);
    CHECK(p.b.sync().days == QList<QDate>{kDay});
    CHECK(require(p.b.journal->checkIn(kDay))->energy == 9);
}

TEST_CASE("a journal that did not track its changes yet (an older Ebb) sends all of them at its next exchange",
          "[sync]")
{
    Pair p;
    (void)require(p.a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay, 4)));
    p.a.sync();
    p.b.sync();
    // As an Ebb before schema 7 leaves it: a day written, nothing tracked.
    (void)require(p.a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay.addDays(1), 6)));
    requireOk(ebb::test::databaseOf(*p.a.journal)
                  .exec(QStringLiteral("DELETE FROM sync_dirty; DELETE FROM sync_local WHERE key = 'tracked'")));

    CHECK(p.a.sync().sent > 0);
    CHECK(p.b.sync().days == QList<QDate>{kDay.addDays(1)});
    CHECK(require(p.b.journal->checkIn(kDay.addDays(1)))->energy == 6);
}
