// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fair merges: a tag added on each of two computers keeps both, and a computer joining with a
// journal of its own does not win over newer edits with its older rows.
#include "storage/journal.h"
#include "sync/syncreport.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::require;
using ebb::test::SyncComputer;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("kettle on the windowsill");
const QDate kDay(2026, 3, 14);

std::optional<qint64> tagIdNamed(Journal &journal, const QString &name)
{
    for (const Tag &tag : require(journal.tags())) {
        if (tag.name == name) {
            return tag.id;
        }
    }
    return std::nullopt;
}

QStringList tagNamesOn(Journal &journal, QDate day)
{
    QStringList names;
    const auto checkIn = require(journal.checkIn(day));
    for (const Tag &tag : require(journal.tags())) {
        if (checkIn && std::find(checkIn->tagIds.begin(), checkIn->tagIds.end(), tag.id) != checkIn->tagIds.end()) {
            names.append(tag.name);
        }
    }
    names.sort();
    return names;
}

} // namespace

TEST_CASE("a tag added to the same day on each of two computers keeps both", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer a(tmp.path(QStringLiteral("a.sqlite")));
    SyncComputer b(tmp.path(QStringLiteral("b.sqlite")));
    (void)require(a.journal->setUpSync(folder, kPassphrase));
    (void)require(b.journal->setUpSync(folder, kPassphrase));
    (void)require(a.journal->addTag(QStringLiteral("work"), TagKind::Drained));
    (void)require(a.journal->addTag(QStringLiteral("walk"), TagKind::Restored));
    (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay, 4)));
    a.sync();
    b.sync();

    CheckIn onA = *require(a.journal->checkIn(kDay));
    onA.tagIds = {*tagIdNamed(*a.journal, QStringLiteral("work"))};
    a.clock.advanceSeconds(60);
    (void)require(a.journal->saveCheckIn(onA));
    CheckIn onB = *require(b.journal->checkIn(kDay));
    onB.tagIds = {*tagIdNamed(*b.journal, QStringLiteral("walk"))};
    b.clock.advanceSeconds(120);
    (void)require(b.journal->saveCheckIn(onB));
    a.sync();
    b.sync();
    a.sync();
    CHECK(tagNamesOn(*a.journal, kDay) == QStringList{QStringLiteral("walk"), QStringLiteral("work")});
    CHECK(tagNamesOn(*b.journal, kDay) == QStringList{QStringLiteral("walk"), QStringLiteral("work")});

    // Taking one off on one computer takes it off everywhere; the other stays.
    onA = *require(a.journal->checkIn(kDay));
    onA.tagIds = {*tagIdNamed(*a.journal, QStringLiteral("walk"))};
    a.clock.advanceSeconds(300);
    (void)require(a.journal->saveCheckIn(onA));
    a.sync();
    b.sync();
    CHECK(tagNamesOn(*b.journal, kDay) == QStringList{QStringLiteral("walk")});
}

TEST_CASE("a computer joining with older rows of its own does not win over newer edits made elsewhere", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    SyncComputer laptop(tmp.path(QStringLiteral("laptop.sqlite")));
    SyncComputer desktop(tmp.path(QStringLiteral("desktop.sqlite")));
    // The desktop kept a journal of its own, written in the morning…
    CheckIn morning = ebb::test::sampleCheckIn(kDay, 3);
    morning.note = QStringLiteral("Written on the desktop in the morning");
    (void)require(desktop.journal->saveCheckIn(morning));
    CheckIn onlyThere = ebb::test::sampleCheckIn(kDay.addDays(-1), 6);
    (void)require(desktop.journal->saveCheckIn(onlyThere));
    // …the laptop wrote the same day again in the evening, and started syncing.
    laptop.clock.advanceSeconds(8 * 3600);
    CheckIn evening = ebb::test::sampleCheckIn(kDay, 8);
    evening.note = QStringLiteral("Written on the laptop in the evening");
    (void)require(laptop.journal->saveCheckIn(evening));
    (void)require(laptop.journal->setUpSync(folder, kPassphrase));
    laptop.sync();
    // The desktop joins the next day.
    desktop.clock.advanceSeconds(24 * 3600);
    (void)require(desktop.journal->setUpSync(folder, kPassphrase));
    desktop.sync();
    laptop.sync();

    for (SyncComputer *c : {&laptop, &desktop}) {
        const CheckIn day = *require(c->journal->checkIn(kDay));
        CHECK(day.energy == 8); // the evening's, though the desktop sent its own later
        CHECK(day.note.startsWith(evening.note));
        CHECK(require(c->journal->checkIn(kDay.addDays(-1)))->energy == 6); // what only it had, it brings
    }
}

TEST_CASE("a journal rolled back after an exchange never gives two changes the same stamp", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    const QString path = tmp.path(QStringLiteral("a.sqlite"));
    SyncComputer a(path);
    SyncComputer b(tmp.path(QStringLiteral("b.sqlite")));
    (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay, 2)));            // written at the same moment:
    (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay.addDays(1), 3))); // their first stamps
    a.clock.advanceSeconds(60);                                                          // are that moment's
    (void)require(a.journal->setUpSync(folder, kPassphrase));
    (void)require(b.journal->setUpSync(folder, kPassphrase));
    a.journal.reset();
    for (const char *suffix : {"", "-wal"}) {
        QFile::remove(path + QLatin1String(suffix) + QLatin1String(".before"));
        REQUIRE((!QFile::exists(path + QLatin1String(suffix)) ||
                 QFile::copy(path + QLatin1String(suffix), path + QLatin1String(suffix) + QLatin1String(".before"))));
    }
    a.journal = require(Journal::open(path, a.clock));
    a.sync();
    b.sync(); // B has them
    // The journal goes back to before that exchange (its commit lost); its file stays in the folder.
    a.journal.reset();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    for (const char *suffix : {"", "-wal"}) {
        if (QFile::exists(path + QLatin1String(suffix) + QLatin1String(".before"))) {
            REQUIRE(QFile::copy(path + QLatin1String(suffix) + QLatin1String(".before"), path + QLatin1String(suffix)));
        }
    }
    a.journal = require(Journal::open(path, a.clock));
    a.clock.advanceSeconds(-60);
    (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay.addDays(-1), 7))); // sorts first
    a.clock.advanceSeconds(60);
    const SyncReport sent = a.sync();
    const SyncReport taken = b.sync();
    INFO("sent " << sent.sent << " received " << taken.received << " unreadable " << taken.unreadable.size()
                 << " notes " << taken.notes.join(QLatin1Char('|')).toStdString());
    CHECK(require(a.journal->checkInCount()) == 3);
    CHECK(require(b.journal->checkIn(kDay.addDays(-1))).has_value());
    CHECK(require(b.journal->checkInCount()) == 3);
}
