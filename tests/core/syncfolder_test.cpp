// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync folder as a file-sync engine leaves it: sealed change sets among partial files,
// conflict copies and duplicates; a wrong passphrase that must change nothing.
#include "sync/syncfolder.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::TempDir;

namespace {

const QString kA = QStringLiteral("0123456789abcdef");
const QString kB = QStringLiteral("fedcba9876543210");

ChangeSet noteSet(const QString &device, quint64 sequence, const QString &text)
{
    return ChangeSet{device,
                     sequence,
                     {FieldChange{QStringLiteral("checkins"),
                                  QStringLiteral("2026-03-14"),
                                  QStringLiteral("note"),
                                  text,
                                  Stamp{qint64(1000 + sequence), 0, device},
                                  {}}}};
}

/** Every file in the folder with its bytes' hash: what "unchanged" means. */
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.insert(it.fileName(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

TEST_CASE("a second computer joins the sync folder with its passphrase; a wrong one changes nothing", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync/Ebb"));
    auto first = SyncFolder::create(folder, QStringLiteral("correct horse"), KdfParams::current());
    REQUIRE(first);
    REQUIRE(first->write(noteSet(kA, 1, QStringLiteral("Slept badly, the meeting was heavy"))));
    CHECK_FALSE(SyncFolder::create(folder, QStringLiteral("another one"), KdfParams::current())); // one key per folder

    const auto before = snapshot(folder);
    const auto wrong = SyncFolder::open(folder, QStringLiteral("correct hose"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.errorString().contains(QStringLiteral("does not open this sync folder")));
    CHECK(snapshot(folder) == before);

    const auto second = SyncFolder::open(folder, QStringLiteral("correct horse"));
    REQUIRE(second);
    const auto incoming = second->readNew({});
    REQUIRE(incoming.sets.size() == 1);
    CHECK(incoming.sets.first() == noteSet(kA, 1, QStringLiteral("Slept badly, the meeting was heavy")));

    const auto none = SyncFolder::open(tmp.path(QStringLiteral("elsewhere")), QStringLiteral("correct horse"));
    REQUIRE_FALSE(none);
    CHECK(none.errorString().contains(QStringLiteral("not a sync folder yet")));
}

TEST_CASE("nothing in the sync folder gives away what was written; names say a device and a number", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("sync"));
    auto sync = SyncFolder::create(folder, QStringLiteral("correct horse"), KdfParams::current());
    REQUIRE(sync);
    REQUIRE(sync->write(noteSet(kA, 1, QStringLiteral("Panic at the supermarket"))));
    REQUIRE(sync->write(noteSet(kA, 2, QStringLiteral("Therapist: Dr Rahmani"))));
    for (const auto &[name, hash] : snapshot(folder).asKeyValueRange()) {
        QFile file(QDir(folder).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK_FALSE(bytes.contains("Panic"));
        CHECK_FALSE(bytes.contains("Rahmani"));
        CHECK_FALSE(bytes.contains("2026-03-14"));
        CHECK_FALSE(bytes.contains("note"));
        CHECK((name == QStringLiteral("ebb-sync-folder") || SyncFolder::isChangeSetName(name)));
    }
    CHECK(SyncFolder::fileNameOf(kA, 2) == QStringLiteral("0123456789abcdef.0000000002.ebbsync"));
    // A number is written once: a second file with it would be a different change set.
    const auto again = sync->write(noteSet(kA, 2, QStringLiteral("something else")));
    REQUIRE_FALSE(again);
    CHECK(again.errorString().contains(QStringLiteral("did not replace it")));
}

TEST_CASE("partial files, engine copies and damaged files in the sync folder are left alone", "[sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("sync"));
    auto a = SyncFolder::create(folder, QStringLiteral("correct horse"), KdfParams::current());
    REQUIRE(a);
    REQUIRE(a->write(noteSet(kA, 1, QStringLiteral("one"))));
    REQUIRE(a->write(noteSet(kA, 2, QStringLiteral("two"))));
    REQUIRE(a->write(noteSet(kB, 1, QStringLiteral("from b"))));
    QFile whole(QDir(folder).filePath(SyncFolder::fileNameOf(kA, 2)));
    REQUIRE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    // What engines and interrupted writers leave behind.
    ebb::test::writeFile(tmp,
                         QStringLiteral("sync/.syncthing.") + SyncFolder::fileNameOf(kA, 3) + QStringLiteral(".tmp"),
                         bytes.left(40));
    ebb::test::writeFile(
        tmp, QStringLiteral("sync/0123456789abcdef.0000000002.sync-conflict-20260314-101010-ABCDEFG.ebbsync"), bytes);
    ebb::test::writeFile(tmp, QStringLiteral("sync/.") + SyncFolder::fileNameOf(kA, 4) + QStringLiteral(".partial"),
                         bytes.left(60));
    ebb::test::writeFile(tmp, QStringLiteral("sync/") + SyncFolder::fileNameOf(kA, 5), bytes.left(bytes.size() - 5));
    // A whole file under another device's name: not what its name says.
    ebb::test::writeFile(tmp, QStringLiteral("sync/") + SyncFolder::fileNameOf(kB, 9), bytes);

    const auto b = SyncFolder::open(folder, QStringLiteral("correct horse"));
    REQUIRE(b);
    const auto incoming = b->readNew({});
    CHECK(incoming.taken ==
          QStringList{SyncFolder::fileNameOf(kA, 1), SyncFolder::fileNameOf(kA, 2), SyncFolder::fileNameOf(kB, 1)});
    CHECK(incoming.sets.size() == 3);
    CHECK(incoming.unreadable == QStringList{SyncFolder::fileNameOf(kA, 5), SyncFolder::fileNameOf(kB, 9)});
    // Next time only what is new is read; the damaged ones are tried again (they may be whole by then).
    const auto next = b->readNew(QSet<QString>(incoming.taken.begin(), incoming.taken.end()));
    CHECK(next.sets.isEmpty());
    CHECK(next.unreadable.size() == 2);
}
