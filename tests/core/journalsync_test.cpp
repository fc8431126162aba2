// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Journals on two or three computers syncing through one folder: what is made on one appears on
// the others, concurrent edits resolve the same everywhere, and nothing anyone wrote is lost.
#include "domain/boundary.h"
#include "domain/selfcheck.h"
#include "journalaccess.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "storage/syncedrows.h"
#include "sync/syncreport.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSysInfo>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace Catch {
/** A journal as sync sees it, one row a line, so a failed comparison shows what differs. */
template <>
struct StringMaker<ebb::SyncedRows>
{
    static std::string convert(const ebb::SyncedRows &rows)
    {
        QString text = QStringLiteral("\n");
        for (const auto &[name, fields] : rows) {
            text += name.first + QLatin1Char('/') + name.second + QLatin1Char(':');
            for (const auto &[field, value] : fields) {
                text += QLatin1Char(' ') + field + QLatin1Char('=') + value.toDiagnosticNotation();
            }
            text += QLatin1Char('\n');
        }
        return text.toStdString();
    }
};
} // namespace Catch

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("kettle on the windowsill");
const QDate kDay(2026, 3, 14);

/** One computer: its clock and its journal, and the journal as sync sees it. */
struct Computer : ebb::test::SyncComputer
{
    using SyncComputer::SyncComputer;
    /** The journal as sync sees it, without the computers' names (each names itself; they follow a round later). */
    SyncedRows rows()
    {
        SyncedRows all = require(readSyncedRows(ebb::test::databaseOf(*journal)));
        std::erase_if(all, [](const auto &row) {
            return row.first.first == QLatin1String("settings") &&
                   row.first.second.startsWith(QLatin1String("sync/name:"));
        });
        return all;
    }
};

/** Two computers, both set up on one folder. */
struct Pair
{
    TempDir tmp;
    Computer a{tmp.path(QStringLiteral("a.sqlite"))};
    Computer b{tmp.path(QStringLiteral("b.sqlite"))};

    Pair()
    {
        const QString folder = tmp.path(QStringLiteral("Sync"));
        (void)require(a.journal->setUpSync(folder, kPassphrase));
        (void)require(b.journal->setUpSync(folder, kPassphrase));
    }
};

const Tag *tagNamed(const std::vector<Tag> &tags, const QString &name)
{
    const auto found = std::find_if(tags.begin(), tags.end(), [&](const Tag &t) { return t.name == name; });
    return found == tags.end() ? nullptr : &*found;
}

/** Everything in the folder, as text: what someone reading the synced folder would see. */
QByteArray folderBytes(const QString &folder)
{
    QByteArray all;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        all += it.fileName().toUtf8() + '\n' + file.readAll();
    }
    return all;
}

} // namespace

TEST_CASE("a check-in made on one computer appears on the other, with its boundaries and tags", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    Computer laptop(tmp.path(QStringLiteral("laptop/journal.sqlite")));
    Computer desktop(tmp.path(QStringLiteral("desktop/journal.sqlite")), 60);

    CHECK(require(laptop.journal->setUpSync(folder, kPassphrase)));        // the first computer makes the key
    CHECK_FALSE(require(desktop.journal->setUpSync(folder, kPassphrase))); // the second joins

    const Boundary walk = require(laptop.journal->addBoundary(QStringLiteral("A walk at lunch")));
    const Tag work = require(laptop.journal->addTag(QStringLiteral("work"), TagKind::Drained));
    CheckIn checkIn = ebb::test::sampleCheckIn(kDay, 4);
    checkIn.note = QStringLiteral("The review meeting ran two hours over");
    checkIn.boundaries = {{walk.id, BoundaryStatus::Slipped}};
    checkIn.tagIds = {work.id};
    (void)require(laptop.journal->saveCheckIn(checkIn));

    const SyncReport sent = laptop.sync();
    CHECK(sent.sent > 0);
    CHECK(sent.computers == 1);
    const SyncReport taken = desktop.sync();
    CHECK(taken.received == sent.sent);
    CHECK(taken.days == QList<QDate>{kDay});
    CHECK(taken.computers == 2);
    CHECK(taken.notes.isEmpty());

    const auto there = require(desktop.journal->checkIn(kDay));
    REQUIRE(there);
    CHECK(there->energy == 4);
    CHECK(there->note == checkIn.note);
    const auto boundaries = require(desktop.journal->boundaries());
    REQUIRE(boundaries.size() == 1);
    CHECK(boundaries[0].text == walk.text);
    REQUIRE(there->boundaries.size() == 1);
    CHECK(there->boundaries[0].boundaryId == boundaries[0].id);
    CHECK(there->boundaries[0].status == BoundaryStatus::Slipped);
    const std::vector<Tag> tagsThere = require(desktop.journal->tags());
    const Tag *tagThere = tagNamed(tagsThere, QStringLiteral("work"));
    REQUIRE(tagThere != nullptr);
    CHECK(there->tagIds == std::vector<qint64>{tagThere->id});
    CHECK(laptop.rows() == desktop.rows());

    SECTION("nothing in the folder reads as the journal")
    {
        const QByteArray all = folderBytes(folder);
        CHECK_FALSE(all.contains("review meeting"));
        CHECK_FALSE(all.contains("2026-03-14"));
        CHECK_FALSE(all.contains("walk"));
        CHECK_FALSE(all.contains("energy"));
    }
    SECTION("an exchange with nothing new sends nothing and changes nothing")
    {
        const SyncReport again = desktop.sync();
        CHECK(again.sent == 0);
        CHECK(again.received == 0);
        CHECK(again.rowsChanged == 0);
    }
    SECTION("a deleted check-in goes on the other computer too")
    {
        CHECK(require(desktop.journal->removeCheckIn(kDay)));
        desktop.sync();
        CHECK(laptop.sync().days == QList<QDate>{kDay});
        CHECK_FALSE(require(laptop.journal->checkIn(kDay)));
    }
}

TEST_CASE("edits made on both computers before they sync resolve the same on both, keeping both notes", "[sync]")
{
    Pair pair;
    Computer &a = pair.a;
    Computer &b = pair.b;
    CheckIn day = ebb::test::sampleCheckIn(kDay, 5);
    day.note = QStringLiteral("Started slow.");
    (void)require(a.journal->saveCheckIn(day));
    a.sync();
    b.sync();

    // Neither has seen the other's edit: the desktop's comes a minute later.
    CheckIn onA = day;
    onA.energy = 3;
    onA.mood = 2;
    onA.note = QStringLiteral("Started slow. Call with mum in the evening.");
    (void)require(a.journal->saveCheckIn(onA));
    b.clock.advanceSeconds(60);
    CheckIn onB = day;
    onB.energy = 7;
    onB.note = QStringLiteral("Started slow. Better after the walk.");
    (void)require(b.journal->saveCheckIn(onB));

    a.sync();
    b.sync();
    a.sync();
    CHECK(a.rows() == b.rows());
    const CheckIn merged = *require(a.journal->checkIn(kDay));
    CHECK(merged.energy == 7); // the later edit of the same field
    CHECK(merged.mood == 2);   // a field only one of them changed keeps that change
    CHECK(merged.note.startsWith(onB.note));
    // Which computer wrote the other text, and when (both computers here are this machine).
    CHECK(merged.note.contains(QStringLiteral("— also written on “%1”, ").arg(QSysInfo::machineHostName())));
    CHECK(merged.note.contains(QStringLiteral("2026")));
    CHECK(merged.note.endsWith(onA.note));
    CHECK(require(b.journal->checkIn(kDay))->note == merged.note);

    SECTION("an edit of the joined note replaces both texts everywhere")
    {
        CheckIn tidied = merged;
        tidied.note = QStringLiteral("Started slow. Call with mum, then a walk.");
        (void)require(b.journal->saveCheckIn(tidied));
        b.sync();
        a.sync();
        CHECK(require(a.journal->checkIn(kDay))->note == tidied.note);
        CHECK(a.rows() == b.rows());
    }
}

TEST_CASE("two tags of one name made on two computers are both kept, the same way on both", "[sync]")
{
    Pair pair;
    Computer &a = pair.a;
    Computer &b = pair.b;
    (void)require(a.journal->addTag(QStringLiteral("family"), TagKind::Restored));
    (void)require(b.journal->addTag(QStringLiteral("Family"), TagKind::Drained));

    a.sync();
    const SyncReport onB = b.sync();
    INFO(onB.notes.join(QLatin1Char('\n')).toStdString());
    REQUIRE(onB.notes.size() == 1);
    CHECK(onB.notes[0].contains(QStringLiteral("Both are kept")));
    a.sync();
    b.sync();
    CHECK(a.rows() == b.rows());
    // The tag whose id sorts first keeps the name, on both.
    const auto tags = require(a.journal->tags());
    REQUIRE(tags.size() == 2);
    const auto uidOf = [&](const QString &name) {
        for (const auto &[row, fields] : a.rows()) {
            if (row.first == QLatin1String("tags") && fields.at(QStringLiteral("name")).toString() == name) {
                return row.second;
            }
        }
        return QString();
    };
    QString kept;
    QString renamed;
    for (const Tag &t : tags) {
        (t.name.endsWith(QStringLiteral(" (2)")) ? renamed : kept) = uidOf(t.name);
    }
    REQUIRE_FALSE(kept.isEmpty());
    REQUIRE_FALSE(renamed.isEmpty());
    CHECK(kept < renamed);
}

TEST_CASE("two long tag names of one name are kept within the 60 characters a tag may have", "[sync]")
{
    Pair pair;
    const QString name = QString(58, QLatin1Char('x'));
    (void)require(pair.a.journal->addTag(name, TagKind::Neutral));
    (void)require(pair.b.journal->addTag(name, TagKind::Neutral));
    pair.a.sync();
    CHECK(pair.b.sync().notes.size() == 1);
    pair.a.sync();
    pair.b.sync();
    CHECK(pair.a.rows() == pair.b.rows());
    REQUIRE(require(pair.a.journal->tags()).size() == 2);
    for (const Tag &t : require(pair.a.journal->tags())) {
        CHECK(t.name.size() <= 60);
    }
}

TEST_CASE("a check-in whose tag and boundary arrive after it keeps them, on every computer", "[sync]")
{
    Pair pair;
    pair.a.sync(); // known in the folder: nothing it has not taken is pruned
    const QString folder = pair.tmp.path(QStringLiteral("Sync"));
    const Tag tag = require(pair.b.journal->addTag(QStringLiteral("work"), TagKind::Drained));
    const Boundary walk = require(pair.b.journal->addBoundary(QStringLiteral("A walk at lunch")));
    pair.b.sync();
    CheckIn day = ebb::test::sampleCheckIn(kDay, 4);
    day.tagIds = {tag.id};
    day.boundaries = {{walk.id, BoundaryStatus::Held}};
    (void)require(pair.b.journal->saveCheckIn(day));
    pair.b.sync();

    // The sync program brings the check-in's file first; the tag's comes later.
    // (B's snapshot, which holds the tag too, is still on its way as well.)
    const QString bDevice = require(pair.b.journal->syncStatus())->device;
    const QStringList files = QDir(folder).entryList({bDevice + QStringLiteral(".*.ebbsync")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 2);
    QStringList delayed = QDir(folder).entryList({bDevice + QStringLiteral(".*.ebbsnap")}, QDir::Files);
    delayed.append(files.first());
    for (const QString &name : delayed) {
        REQUIRE(QFile::rename(QDir(folder).filePath(name), pair.tmp.path(name)));
    }
    const SyncReport first = pair.a.sync();
    CHECK(first.notes.isEmpty()); // nothing to worry anyone: it is linked when it comes
    CHECK(require(pair.a.journal->checkIn(kDay))->tagIds.empty());
    pair.a.sync(); // an exchange meanwhile must not take the missing links for removed ones
    for (const QString &name : delayed) {
        REQUIRE(QFile::rename(pair.tmp.path(name), QDir(folder).filePath(name)));
    }
    pair.a.sync();
    pair.b.sync();
    for (Computer *c : {&pair.a, &pair.b}) {
        const CheckIn there = *require(c->journal->checkIn(kDay));
        CHECK(there.tagIds.size() == 1);
        CHECK(there.boundaries.size() == 1);
    }
    CHECK(pair.a.rows() == pair.b.rows());
}

TEST_CASE("a check-in deleted and made again holds only what was entered again", "[sync]")
{
    Pair pair;
    const Tag tag = require(pair.a.journal->addTag(QStringLiteral("work"), TagKind::Drained));
    CheckIn full = ebb::test::sampleCheckIn(kDay, 4);
    full.tagIds = {tag.id};
    full.note = QStringLiteral("The first version");
    (void)require(pair.a.journal->saveCheckIn(full));
    pair.a.sync();
    pair.b.sync();
    CHECK(require(pair.a.journal->removeCheckIn(kDay)));
    CheckIn again;
    again.date = kDay;
    again.energy = 7;
    (void)require(pair.a.journal->saveCheckIn(again));
    pair.a.sync();
    pair.b.sync();
    for (Computer *c : {&pair.a, &pair.b}) {
        const CheckIn there = *require(c->journal->checkIn(kDay));
        CHECK(there.energy == 7);
        CHECK_FALSE(there.stress.has_value());
        CHECK(there.tagIds.empty());
        CHECK(there.note.isEmpty());
    }
}

TEST_CASE("an exchange stopped after writing its file and before committing is finished by the next", "[sync]")
{
    Pair pair;
    CheckIn day = ebb::test::sampleCheckIn(kDay, 2);
    day.note = QStringLiteral("Written once");
    (void)require(pair.a.journal->saveCheckIn(day));
    // The change set goes out, then the journal's commit fails (as if Ebb had been stopped there).
    sqlite3 *handle = ebb::test::databaseOf(*pair.a.journal).handle();
    sqlite3_commit_hook(
        handle, [](void *) { return 1; }, nullptr);
    REQUIRE_FALSE(pair.a.journal->sync());
    sqlite3_commit_hook(handle, nullptr, nullptr);
    REQUIRE(QDir(pair.tmp.path(QStringLiteral("Sync"))).entryList({QStringLiteral("*.ebbsync")}).size() == 1);

    // The retry sends the same values again (harmless: equal values), under later stamps.
    pair.a.sync();
    pair.b.sync();
    pair.a.sync();
    for (Computer *c : {&pair.a, &pair.b}) {
        const CheckIn there = *require(c->journal->checkIn(kDay));
        CHECK(there.energy == 2);
        CHECK(there.note == day.note); // not joined with itself
    }
    CHECK(pair.a.rows() == pair.b.rows());
}

TEST_CASE("a journal put back from a backup takes back from the folder what it had synced since", "[sync]")
{
    Pair pair;
    const QString path = pair.tmp.path(QStringLiteral("a.sqlite"));
    pair.a.sync();
    pair.b.sync();
    pair.a.journal.reset();
    REQUIRE(QFile::copy(path, path + QStringLiteral(".backup")));
    pair.a.journal = require(Journal::open(path, pair.a.clock));
    // After the backup: many exchanges, so that the folder prunes what both have taken.
    for (int i = 0; i < 45; ++i) {
        pair.a.clock.advanceSeconds(60);
        (void)require(pair.a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay.addDays(-i), i % 11)));
        pair.a.sync();
        pair.b.sync();
    }
    pair.a.journal.reset();
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::rename(path + QStringLiteral(".backup"), path));
    pair.a.journal = require(Journal::open(path, pair.a.clock));
    CHECK(require(pair.a.journal->checkInCount()) == 0);

    pair.a.sync();
    CHECK(require(pair.a.journal->checkInCount()) == 45);
    // Its next change set gets a number no computer has seen from it, so the others take it.
    pair.a.clock.advanceSeconds(60);
    (void)require(pair.a.journal->removeCheckIn(kDay));
    pair.a.sync();
    pair.b.sync();
    CHECK_FALSE(require(pair.b.journal->checkIn(kDay)));
    CHECK(pair.a.rows() == pair.b.rows());
}

TEST_CASE("joining before the folder's key has arrived is refused rather than making a second key", "[sync][errors]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    REQUIRE(QDir().mkpath(folder));
    ebb::test::writeFile(tmp, QStringLiteral("Sync/0123456789abcdef.0000000001.ebbsync"), "sealed");
    Computer late(tmp.path(QStringLiteral("late.sqlite")));
    const auto refused = late.journal->setUpSync(folder, kPassphrase);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("has not arrived")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/ebb-sync-folder")));
}

TEST_CASE("a wrong sync passphrase is refused and changes neither the folder nor the journal", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    Computer a(tmp.path(QStringLiteral("a.sqlite")));
    (void)require(a.journal->setUpSync(folder, kPassphrase));
    (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay)));
    a.sync();
    const QByteArray before = folderBytes(folder);

    Computer third(tmp.path(QStringLiteral("third.sqlite")));
    const auto refused = third.journal->setUpSync(folder, QStringLiteral("kettle on the window"));
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("passphrase does not open")));
    CHECK(folderBytes(folder) == before);
    CHECK_FALSE(require(third.journal->syncStatus()));
    const auto notSetUp = third.journal->sync();
    REQUIRE_FALSE(notSetUp);
    CHECK(notSetUp.errorString().contains(QStringLiteral("does not sync yet")));
}

TEST_CASE("an encrypted journal syncs with a plain one", "[sync][crypto]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    const QString sealedPath = tmp.path(QStringLiteral("sealed.sqlite"));
    {
        Computer plainFirst(sealedPath);
    }
    require(encryptJournal(sealedPath, QStringLiteral("journal secret"), KdfParams::current()));
    FixedClock clock;
    auto sealed = require(Journal::open(sealedPath, clock, {}, QStringLiteral("journal secret")));
    REQUIRE(sealed->isEncrypted());
    Computer plain(tmp.path(QStringLiteral("plain.sqlite")));
    (void)require(sealed->setUpSync(folder, kPassphrase));
    (void)require(plain.journal->setUpSync(folder, kPassphrase));
    CheckIn day = ebb::test::sampleCheckIn(kDay, 2);
    day.note = QStringLiteral("Written in the sealed journal");
    (void)require(sealed->saveCheckIn(day));
    REQUIRE(require(sealed->sync()).sent > 0);
    plain.sync();
    CHECK(require(plain.journal->checkIn(kDay))->note == day.note);

    // What the sealed journal took in is on its disk, sealed: it is there after reopening.
    sealed.reset();
    sealed = require(Journal::open(sealedPath, clock, {}, QStringLiteral("journal secret")));
    const auto status = require(sealed->syncStatus());
    REQUIRE(status);
    CHECK(status->computers == 1);
    CHECK(require(sealed->sync()).sent == 0);
}

TEST_CASE("three computers editing at random and syncing in any order end with the same journal", "[sync]")
{
    const auto seed = GENERATE(range(1, 31));
    CAPTURE(seed);
    QRandomGenerator random{quint32(seed)};
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    std::vector<std::unique_ptr<Computer>> computers;
    for (int i = 0; i < 3; ++i) {
        computers.push_back(std::make_unique<Computer>(tmp.path(QStringLiteral("c%1.sqlite").arg(i)), i * 7));
        (void)require(computers.back()->journal->setUpSync(folder, kPassphrase));
    }
    for (int step = 0; step < 40; ++step) {
        Computer &c = *computers[random.bounded(3)];
        c.clock.advanceSeconds(random.bounded(1, 120));
        const QDate day = kDay.addDays(random.bounded(5));
        switch (random.bounded(6)) {
        case 0:
        case 1: {
            CheckIn checkIn = require(c.journal->checkIn(day)).value_or(ebb::test::sampleCheckIn(day));
            checkIn.energy = random.bounded(11);
            checkIn.stress = random.bounded(11);
            const auto tags = require(c.journal->tags());
            checkIn.tagIds.clear();
            if (!tags.empty()) {
                checkIn.tagIds = {tags[random.bounded(int(tags.size()))].id};
            }
            const QString text = QStringLiteral("note %1 from step %2").arg(seed).arg(step);
            checkIn.note = random.bounded(2) ? text : checkIn.note + QStringLiteral(" ") + text;
            (void)require(c.journal->saveCheckIn(checkIn));
            break;
        }
        case 2:
            (void)require(c.journal->removeCheckIn(day));
            break;
        case 3:
            // A name this computer already has is refused, as in the app; the tags of other computers may have it.
            (void)c.journal->addTag(QStringLiteral("tag %1").arg(random.bounded(3)), TagKind::Neutral);
            break;
        default:
            c.sync();
            break;
        }
    }
    // Everyone syncs until nothing moves: twice round is enough when every exchange reads all.
    for (int round = 0; round < 3; ++round) {
        for (auto &c : computers) {
            c->sync();
        }
    }
    const SyncedRows first = computers[0]->rows();
    CHECK(computers[1]->rows() == first);
    CHECK(computers[2]->rows() == first);

    // Once all have seen everything, a deletion on one and an edit on another win everywhere.
    const QDate gone = kDay.addDays(1);
    const QDate edited = kDay.addDays(2);
    (void)require(computers[0]->journal->saveCheckIn(ebb::test::sampleCheckIn(gone)));
    computers[0]->sync();
    for (auto &c : computers) {
        c->sync();
    }
    computers[0]->clock.advanceSeconds(30);
    CHECK(require(computers[0]->journal->removeCheckIn(gone)));
    computers[1]->clock.advanceSeconds(30);
    CheckIn last = ebb::test::sampleCheckIn(edited, 1);
    last.note = QStringLiteral("the last word");
    (void)require(computers[1]->journal->saveCheckIn(last));
    for (int round = 0; round < 2; ++round) {
        for (auto &c : computers) {
            c->sync();
        }
    }
    for (auto &c : computers) {
        CHECK_FALSE(require(c->journal->checkIn(gone)));
        const auto shown = require(c->journal->checkIn(edited));
        REQUIRE(shown);
        CHECK(shown->energy == 1);
        CHECK(shown->note == last.note);
    }
    CHECK(computers[1]->rows() == computers[0]->rows());
    CHECK(computers[2]->rows() == computers[0]->rows());
}

TEST_CASE("a sync folder that holds the journal file itself is refused", "[sync][errors]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    Computer inside(tmp.path(QStringLiteral("Sync/journal/journal.sqlite")));
    const auto refused = inside.journal->setUpSync(folder, kPassphrase);
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("Your journal itself is in")));
    CHECK_FALSE(QFileInfo::exists(folder + QStringLiteral("/ebb-sync-folder")));
    // Beside it, in the journal's own folder, is fine.
    Computer beside(tmp.path(QStringLiteral("journal.sqlite")));
    CHECK(require(beside.journal->setUpSync(folder + QStringLiteral("2"), kPassphrase)));
}

TEST_CASE("change sets every computer has taken are pruned, and a computer joining later starts from snapshots",
          "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync"));
    Computer a(tmp.path(QStringLiteral("a.sqlite")));
    Computer b(tmp.path(QStringLiteral("b.sqlite")));
    Computer away(tmp.path(QStringLiteral("away.sqlite")));
    for (Computer *c : {&a, &b, &away}) {
        (void)require(c->journal->setUpSync(folder, kPassphrase));
        c->sync(); // each is now known in the folder by its first snapshot
    }
    const auto ownChangeSets = [&](Computer &c) {
        const QString device = require(c.journal->syncStatus())->device;
        return QDir(folder).entryList({device + QStringLiteral(".*.ebbsync")}, QDir::Files);
    };
    const QDate start = kDay.addDays(-120);
    int day = 0;
    const auto rounds = [&](int count, std::initializer_list<Computer *> syncing) {
        for (int i = 0; i < count; ++i, ++day) {
            a.clock.advanceSeconds(60);
            (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(start.addDays(day), day % 11)));
            for (Computer *c : syncing) {
                c->sync();
            }
        }
    };

    // One computer away: what it has not taken stays in the folder, however many rounds go by.
    rounds(45, {&a, &b});
    QStringList kept = ownChangeSets(a);
    CHECK(kept.size() >= 45);
    away.sync();
    rounds(45, {&a, &b, &away});
    kept = ownChangeSets(a);
    INFO(kept.join(QLatin1Char(' ')).toStdString());
    CHECK(kept.size() < 45); // once all three have taken them (and said so in a snapshot), they go
    CHECK(a.rows() == b.rows());
    CHECK(away.rows() == a.rows());

    // A computer joining now replays no pruned history: it starts from the snapshots.
    Computer late(tmp.path(QStringLiteral("late.sqlite")));
    (void)require(late.journal->setUpSync(folder, kPassphrase));
    late.sync();
    CHECK(late.rows() == a.rows());
    CHECK(require(late.journal->checkInCount()) == 90);
    // And it takes part like the others.
    (void)require(late.journal->removeCheckIn(start));
    late.sync();
    a.sync();
    CHECK_FALSE(require(a.journal->checkIn(start)));

    SECTION("a computer that stops syncing and joins the same folder again goes on where it stopped")
    {
        const QString device = require(away.journal->syncStatus())->device;
        requireOk(away.journal->stopSync());
        CHECK_FALSE(require(away.journal->syncStatus()));
        CHECK_FALSE(require(away.journal->setUpSync(folder, kPassphrase)));
        CHECK(require(away.journal->syncStatus())->device == device);
        const SyncReport back = away.sync();
        CHECK(back.sent == 0); // nothing it had is sent again as new, to win over newer edits
        CHECK(away.rows() == a.rows());
    }
}

TEST_CASE("a merge the journal refuses is said plainly, and both computers end with one whole version",
          "[sync][errors]")
{
    Pair pair;
    // -1: skipped
    const auto check = [](std::array<int, kSelfCheckItems> answers) {
        SelfCheck c;
        c.date = kDay;
        for (size_t i = 0; i < answers.size(); ++i) {
            c.answers[i] = answers[i] < 0 ? std::nullopt : std::optional<int>(answers[i]);
        }
        return c;
    };
    // tired, physically, emotionally, cannot take it, worn out, weak and ill
    (void)require(pair.a.journal->saveSelfCheck(check({50, 50, 50, -1, -1, -1})));
    pair.a.sync();
    pair.b.sync();
    // Each keeps three answers; field by field, the merge would keep two — fewer than the scale needs.
    (void)require(pair.a.journal->saveSelfCheck(check({-1, 50, 50, -1, 75, -1})));
    pair.b.clock.advanceSeconds(60);
    (void)require(pair.b.journal->saveSelfCheck(check({50, -1, -1, 25, 75, -1})));
    pair.a.sync();
    const SyncReport onB = pair.b.sync();
    REQUIRE(onB.notes.size() == 1);
    CHECK(onB.notes[0].contains(QStringLiteral("the monthly questions of 2026-03-14")));
    CHECK(onB.notes[0].contains(QStringLiteral("this computer's version is kept")));
    // Each sends its version back; the merge of those is whole, and both hold it.
    for (int round = 0; round < 2; ++round) {
        pair.a.sync();
        pair.b.sync();
    }
    CHECK(pair.a.rows() == pair.b.rows());
    const auto kept = require(pair.a.journal->selfChecks());
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].answered() >= 3);
}

TEST_CASE("a journal file copied to another place syncs as a computer of its own", "[sync]")
{
    Pair pair;
    (void)require(pair.a.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay, 3)));
    pair.a.sync();
    const QString original = pair.tmp.path(QStringLiteral("a.sqlite"));
    const QString copy = pair.tmp.path(QStringLiteral("elsewhere/a.sqlite"));
    pair.a.journal.reset();
    REQUIRE(QDir().mkpath(pair.tmp.path(QStringLiteral("elsewhere"))));
    REQUIRE(QFile::copy(original, copy));
    pair.a.journal = require(Journal::open(original, pair.a.clock));
    Computer twin(copy, 30);

    const QString device = require(pair.a.journal->syncStatus())->device;
    (void)require(twin.journal->saveCheckIn(ebb::test::sampleCheckIn(kDay.addDays(-1), 8)));
    const SyncReport moved = twin.sync();
    REQUIRE(moved.notes.size() == 1);
    CHECK(moved.notes[0].contains(QStringLiteral("copied or moved")));
    CHECK(require(twin.journal->syncStatus())->device != device);
    CHECK(pair.a.sync().notes.isEmpty()); // the original keeps its id
    CHECK(require(pair.a.journal->syncStatus())->device == device);
    pair.b.sync();
    twin.sync();
    CHECK(pair.a.rows() == twin.rows());
    CHECK(pair.b.rows() == twin.rows());
    CHECK(require(pair.b.journal->checkInCount()) == 2);
}
