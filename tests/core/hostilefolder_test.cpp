// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync folder as an attacker leaves it: someone who can write to it (a sync peer, the cloud
// host) without the passphrase plants names, links, FIFOs, empty and garbage files; someone with
// the key plants stamps from far ahead. Nothing of it may cut a computer off, hang or crash a sync,
// make up a computer, or pin a clock.
#include "io/boundedread.h"
#include "journalaccess.h"
#include "storage/backups.h"
#include "storage/journal.h"
#include "sync/hlc.h"
#include "sync/padding.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"
#include "synccomputer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <limits>
#include <sys/stat.h>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

const QString kPassphrase = QStringLiteral("kettle on the windowsill");
const QString kStranger = QStringLiteral("0123456789abcdef");

using Computer = ebb::test::SyncComputer;

/** Two computers on one folder, A having sent one check-in that B took. */
struct Pair
{
    TempDir tmp;
    QString folder = tmp.path(QStringLiteral("Sync"));
    Computer a{tmp.path(QStringLiteral("a.sqlite"))};
    Computer b{tmp.path(QStringLiteral("b.sqlite"))};

    Pair()
    {
        (void)require(a.journal->setUpSync(folder, kPassphrase));
        (void)require(b.journal->setUpSync(folder, kPassphrase));
        (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(QDate(2026, 3, 1))));
        (void)require(a.journal->sync());
        (void)require(b.journal->sync());
    }
    QString file(const QString &name) const { return QDir(folder).filePath(name); }
    /** A edits a new day and syncs, then B syncs: did B get it? */
    bool editOnAReachesB(const QDate &day)
    {
        a.clock.advanceSeconds(60);
        (void)require(a.journal->saveCheckIn(ebb::test::sampleCheckIn(day)));
        (void)require(a.journal->sync());
        b.clock.advanceSeconds(60);
        (void)require(b.journal->sync());
        return require(b.journal->checkIn(day)).has_value();
    }
};

void plant(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("a planted far number does not push a computer's numbers past what the others read", "[sync][hostile]")
{
    Pair p;
    const QString a = p.a.device();
    plant(p.file(a + QStringLiteral(".9999999999.ebbsync")), QByteArray(100, 'x'));
    CHECK(p.editOnAReachesB(QDate(2026, 3, 2)));
    CHECK(p.editOnAReachesB(QDate(2026, 3, 3)));
    // Its numbers went on from its own: 1 (setup), 2, 3 … never 10000000000.
    CHECK(QFileInfo::exists(p.file(SyncFolder::fileNameOf(a, 3))));
    CHECK_FALSE(QFileInfo::exists(p.file(a + QStringLiteral(".10000000000.ebbsync"))));
}

TEST_CASE("a garbage file under a computer's next name is set aside, and its numbers stay unbroken", "[sync][hostile]")
{
    Pair p;
    const QString a = p.a.device();
    auto folder = require(SyncFolder::open(p.folder, kPassphrase));
    // Garbage under each of A's next numbers (those already sent may be pruned: their names are free too).
    QStringList planted;
    for (quint64 n = 1; n <= 6; ++n) {
        const QString name = SyncFolder::fileNameOf(a, n);
        if (!QFileInfo::exists(p.file(name))) {
            plant(p.file(name), QByteArray("not a change set"));
            planted << name;
        }
    }
    REQUIRE_FALSE(planted.isEmpty());
    CHECK(p.editOnAReachesB(QDate(2026, 3, 2)));
    CHECK(p.editOnAReachesB(QDate(2026, 3, 3)));
    int setAside = 0;
    for (const QString &name : planted) {
        if (QFileInfo::exists(p.file(QStringLiteral(".%1.refused").arg(name)))) {
            ++setAside;
            CHECK(folder.isAuthentic(name)); // A's own file now has that number
        }
    }
    CHECK(setAside == 2); // one for each change A sent, in order, none skipped
}

TEST_CASE("links, FIFOs and oversize files in the folder are never followed or read", "[sync][hostile]")
{
    Pair p;
    const QString a = p.a.device();
    // A link to a file that never ends, named as a change set, a snapshot and the next own number.
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), p.file(kStranger + QStringLiteral(".0000000001.ebbsync"))));
    REQUIRE(
        QFile::link(QStringLiteral("/proc/self/pagemap"), p.file(kStranger + QStringLiteral(".0000000001.ebbsnap"))));
    auto folder = require(SyncFolder::open(p.folder, kPassphrase));
    REQUIRE(QFile::link(QStringLiteral("/dev/zero"), p.file(SyncFolder::fileNameOf(a, folder.highestSequence(a) + 1))));
    // A FIFO nobody writes to: opening it for reading the usual way would wait for ever.
    REQUIRE(::mkfifo(QFile::encodeName(p.file(QStringLiteral("fedcba9876543210.0000000001.ebbsync"))).constData(),
                     0600) == 0);
    // A sparse file just over the 64 MiB a change set may have.
    {
        QFile big(p.file(QStringLiteral("1111111111111111.0000000001.ebbsync")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(64LL * 1024 * 1024 + 1));
    }
    CHECK(p.editOnAReachesB(QDate(2026, 3, 2)));
    CHECK(require(p.a.journal->sync()).computers == 2);
    CHECK(folder.devices() == QStringList({std::min(a, p.b.device()), std::max(a, p.b.device())}));
}

TEST_CASE("an empty or garbage snapshot makes up no computer and holds no pruning back", "[sync][hostile]")
{
    Pair p;
    plant(p.file(kStranger + QStringLiteral(".0000000001.ebbsnap")), QByteArray());
    plant(p.file(QStringLiteral("2222222222222222.0000000007.ebbsnap")), QByteArray(300, 'g'));
    // And one under a real computer's name with a higher number than its real snapshot.
    plant(p.file(p.b.device() + QStringLiteral(".0000009999.ebbsnap")), QByteArray(300, 'g'));
    CHECK(require(p.a.journal->sync()).computers == 2);
    for (int day = 2; day <= 40; ++day) {
        REQUIRE(p.editOnAReachesB(QDate(2026, 3, 1).addDays(day)));
    }
    // With B's real snapshot read, A's files B has taken are pruned as they would be without the plants.
    const QStringList own = QDir(p.folder).entryList({p.a.device() + QStringLiteral(".*.ebbsync")}, QDir::Files);
    INFO(own.join(QLatin1Char(' ')).toStdString());
    CHECK(own.size() < 30);
}

TEST_CASE("a change stamped more than a day ahead waits until its time; the clock is not pinned there",
          "[sync][hostile]")
{
    Pair p;
    // Someone with the key writes a change stamped a week ahead, as a computer of its own.
    auto folder = require(SyncFolder::open(p.folder, kPassphrase));
    const qint64 now = p.a.clock.now().toMSecsSinceEpoch();
    const Stamp ahead{now + 7LL * 24 * 60 * 60 * 1000, 0, kStranger};
    const ChangeSet set{kStranger,
                        1,
                        {FieldChange{QStringLiteral("checkins"),
                                     QStringLiteral("2026-03-01"),
                                     QStringLiteral("note"),
                                     QStringLiteral("from the future"),
                                     ahead,
                                     {}}}};
    const QString name = require(folder.write(set));
    const SyncReport held = require(p.a.journal->sync());
    CHECK(held.unreadable.contains(name));
    // A's own next change is stamped near now, so a later real edit on B still wins over it.
    p.a.clock.advanceSeconds(60);
    (void)require(p.a.journal->saveCheckIn(ebb::test::sampleCheckIn(QDate(2026, 3, 5))));
    (void)require(p.a.journal->sync());
    CHECK(require(p.a.journal->syncStatus())->device == p.a.device());
    // A week later it is no longer ahead, and it is taken in like any other.
    p.a.clock.advanceSeconds(8 * 24 * 60 * 60);
    const SyncReport later = require(p.a.journal->sync());
    CHECK_FALSE(later.unreadable.contains(name));
}

TEST_CASE("the hybrid clock carries into the time instead of wrapping its counter", "[sync][hlc]")
{
    HybridClock clock(kStranger, Stamp{5000, std::numeric_limits<quint32>::max(), kStranger});
    const Stamp next = clock.tick(1000); // the wall clock is behind
    CHECK(next.ms == 5001);
    CHECK(next.counter == 0);
    CHECK(Stamp{5000, std::numeric_limits<quint32>::max(), kStranger} < next);
    CHECK(isAcceptableStamp(Stamp{1000, 3, kStranger}, 1000));
    CHECK(isAcceptableStamp(Stamp{1000 + kMaxStampLeadMs, 3, kStranger}, 1000));
    CHECK_FALSE(isAcceptableStamp(Stamp{1001 + kMaxStampLeadMs, 0, kStranger}, 1000));
    CHECK_FALSE(isAcceptableStamp(Stamp{1000, kMaxStampCounter, kStranger}, 1000));
}

TEST_CASE("a file read from elsewhere is read only when it is a regular file within its limit", "[io][hostile]")
{
    TempDir tmp;
    const QString plain = ebb::test::writeFile(tmp, QStringLiteral("plain"), QByteArray(10, 'a'));
    CHECK(require(readRegularFile(plain, 10)) == QByteArray(10, 'a'));
    const auto tooLong = readRegularFile(plain, 9);
    REQUIRE_FALSE(tooLong);
    CHECK(tooLong.errorString().contains(QStringLiteral("larger than 9 bytes")));
    REQUIRE(QFile::link(plain, tmp.path(QStringLiteral("link"))));
    const auto link = readRegularFile(tmp.path(QStringLiteral("link")), 100);
    REQUIRE_FALSE(link);
    CHECK(link.errorString().contains(QStringLiteral("symbolic link")));
    REQUIRE(::mkfifo(QFile::encodeName(tmp.path(QStringLiteral("fifo"))).constData(), 0600) == 0);
    const auto fifo = readRegularFile(tmp.path(QStringLiteral("fifo")), 100);
    REQUIRE_FALSE(fifo);
    CHECK(fifo.errorString().contains(QStringLiteral("not a regular file")));
    // A file whose size says 0 but that goes on (as /proc files do) is cut at the limit, not read whole.
    CHECK_FALSE(readRegularFile(QStringLiteral("/proc/self/status"), 16));
    CHECK_FALSE(readRegularFile(tmp.path(QStringLiteral("missing")), 16));
}

TEST_CASE("a sync passphrase's minimum counts characters as a person does, and Ebb's folder is the owner's", "[sync]")
{
    CHECK(characterCount(QStringLiteral("🙂🙂🙂🙂")) == 4);
    CHECK(characterCount(QStringLiteral("kettle o")) == 8);
    CHECK(characterCount(QStringLiteral("e\u0301")) == 1); // e + combining accent: one character
    TempDir tmp;
    const QString made = tmp.path(QStringLiteral("new/Sync"));
    (void)require(SyncFolder::create(made, kPassphrase, KdfParams::current()));
    CHECK((QFileInfo(made).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)) == 0);
}

TEST_CASE("a change set's size does not tell a note's length", "[sync][hostile]")
{
    TempDir tmp;
    const QString folderPath = tmp.path(QStringLiteral("Sync"));
    auto folder = require(SyncFolder::create(folderPath, kPassphrase, KdfParams::current()));
    const auto sizeWith = [&](quint64 sequence, int noteLength) {
        const ChangeSet set{kStranger,
                            sequence,
                            {FieldChange{QStringLiteral("checkins"),
                                         QStringLiteral("2026-03-01"),
                                         QStringLiteral("note"),
                                         QString(noteLength, QLatin1Char('n')),
                                         Stamp{1000, 0, kStranger},
                                         {}}}};
        const QString name = require(folder.write(set));
        return QFileInfo(QDir(folderPath).filePath(name)).size();
    };
    const qint64 short1 = sizeWith(1, 3);
    CHECK(sizeWith(2, 40) == short1);
    CHECK(sizeWith(3, 500) == short1);
    CHECK(sizeWith(4, 5000) > short1); // sizes still tell a very long note from a short one, roughly
    // Each reads back whole, padding and all.
    const auto incoming = folder.readNew({});
    REQUIRE(incoming.sets.size() == 4);
    CHECK(incoming.sets.at(2).changes.front().value.toString().size() == 500);
}

TEST_CASE("padding frames what it pads, and a file from before padding is read as it was", "[sync]")
{
    const QByteArray plain = QByteArrayLiteral("\x84\x01payload");
    const QByteArray padded = padForSealing(plain);
    CHECK(padded.size() == 1024);
    CHECK(unpadAfterUnsealing(padded) == plain);
    CHECK(unpadAfterUnsealing(plain) == plain); // unframed: written before padding
    QByteArray lying = padded;
    lying[4] = '\x7f'; // a length past the end
    CHECK_FALSE(unpadAfterUnsealing(lying));
    CHECK(padForSealing(QByteArray(1017, 'x')).size() == 2048);
}

namespace {

/** The sync folder's key as the journal keeps it (base64 in sync_local), and its raw bytes. */
QList<QByteArray> keyForms(Journal &journal)
{
    auto local =
        ebb::test::databaseOf(journal).queryText(QStringLiteral("SELECT value FROM sync_local WHERE key = 'key'"));
    REQUIRE(local);
    return {local->toLatin1(), QByteArray::fromBase64(local->toLatin1())};
}

bool anyFileHolds(const QStringList &paths, const QList<QByteArray> &needles)
{
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            for (const QByteArray &needle : needles) {
                if (bytes.contains(needle)) {
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

TEST_CASE("a backup does not carry the sync folder's key; put back, the journal joins again and goes on",
          "[sync][backups]")
{
    Pair p;
    const QList<QByteArray> key = keyForms(*p.a.journal);
    const BackupInfo backup = require(p.a.journal->backupNow(QStringLiteral("manual")));
    CHECK_FALSE(anyFileHolds({backup.path}, key));
    CHECK(require(p.a.journal->sync()).computers == 2); // the journal itself still syncs

    // Put back in the journal's place: syncing says plainly what to do, and joining again goes on.
    const QString device = p.a.device();
    const QString path = p.tmp.path(QStringLiteral("a.sqlite"));
    p.a.journal.reset();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    REQUIRE(QFile::copy(backup.path, path));
    p.a.journal = require(Journal::open(path, p.a.clock));
    const auto refused = p.a.journal->sync();
    REQUIRE_FALSE(refused);
    CHECK(refused.errorString().contains(QStringLiteral("came back from a backup")));
    CHECK_FALSE(require(p.a.journal->setUpSync(p.folder, kPassphrase))); // joined, not made anew
    CHECK(p.a.device() == device);
    CHECK(require(p.a.journal->sync()).sent == 0); // nothing it had is sent again as new
}

TEST_CASE("the JSON backup holds the journal, not this computer's sync bookkeeping or the folder's key",
          "[sync][backups]")
{
    Pair p;
    (void)require(p.a.journal->saveCheckIn(ebb::test::sampleCheckIn(QDate(2026, 3, 14), 4)));
    p.a.sync();
    const QList<QByteArray> key = keyForms(*p.a.journal);
    const QJsonObject dump = require(p.a.journal->dumpTables());
    const QByteArray text = QJsonDocument(dump).toJson();
    for (const QByteArray &form : key) {
        CHECK_FALSE(text.contains(form));
    }
    const QJsonObject tables = dump.value(QStringLiteral("tables")).toObject();
    CHECK_FALSE(tables.value(QStringLiteral("checkins")).toArray().isEmpty()); // the journal itself is there
    for (const QString &table : tables.keys()) {
        CHECK_FALSE(table.startsWith(QLatin1String("sync_")));
    }
}

TEST_CASE("stopping sync leaves no copy of the folder's key in the journal's files", "[sync]")
{
    Pair p;
    const QList<QByteArray> key = keyForms(*p.a.journal);
    const QString path = p.tmp.path(QStringLiteral("a.sqlite"));
    const QStringList files = {path, path + QStringLiteral("-wal")};
    REQUIRE(anyFileHolds(files, key)); // the search below can find it
    requireOk(p.a.journal->stopSync());
    CHECK_FALSE(anyFileHolds(files, key));
}

TEST_CASE("a change set breaking the journal's limits is set aside whole and named, never half taken in",
          "[sync][hostile]")
{
    Pair p;
    auto folder = require(SyncFolder::open(p.folder, kPassphrase));
    const qint64 now = p.a.clock.now().toMSecsSinceEpoch();
    const auto change = [&](const QString &key, const QString &field, const QCborValue &value, quint32 counter) {
        return FieldChange{QStringLiteral("checkins"), key, field, value, Stamp{now, counter, kStranger}, {}};
    };
    // One good change and one note of 300,000 characters in the same set: neither is taken.
    const QString tooLong = require(folder.write(ChangeSet{
        kStranger,
        1,
        {change(QStringLiteral("2026-03-05"), QStringLiteral("energy"), 3, 0),
         change(QStringLiteral("2026-03-05"), QStringLiteral("note"), QString(300000, QLatin1Char('x')), 1)}}));
    const QString farDay = require(
        folder.write(ChangeSet{kStranger, 2, {change(QStringLiteral("9999-12-31"), QStringLiteral("energy"), 3, 2)}}));
    const SyncReport report = require(p.a.journal->sync());
    const QString notes = report.notes.join(QLatin1Char('\n'));
    INFO(notes.toStdString());
    CHECK(notes.contains(tooLong));
    CHECK(notes.contains(QStringLiteral("300000 characters")));
    CHECK(notes.contains(farDay));
    CHECK_FALSE(require(p.a.journal->checkIn(QDate(2026, 3, 5))).has_value());
    CHECK_FALSE(require(p.a.journal->checkIn(QDate(9999, 12, 31))).has_value());
}
