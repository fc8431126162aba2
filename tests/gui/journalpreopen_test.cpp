// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/journalpreopen.h"
#include "startup/singleinstance.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QThread>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a journal opened on another core while Qt starts belongs to the window's thread", "[gui][preopen]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("new/ebb.sqlite")); // a first start: nothing there yet
    SingleInstance instance(path);
    JournalPreOpen preOpen(path, clock, instance);
    CHECK(preOpen.path() == path);
    REQUIRE(preOpen.acquired());
    std::unique_ptr<Journal> journal = preOpen.takeJournal();
    REQUIRE(journal != nullptr);
    CHECK(preOpen.takeJournal() == nullptr); // given once
    CHECK(journal->thread() == QThread::currentThread());

    // Its signals reach the window's objects as any journal's do.
    QObject window;
    int saved = 0;
    QObject::connect(journal.get(), &Journal::checkInSaved, &window, [&] { ++saved; });
    require(journal->saveCheckIn(sampleCheckIn(clock.today())));
    CHECK(saved == 1);

    SingleInstance second(path, QStringLiteral("unix:path=") + tmp.path(QStringLiteral("no-bus")));
    CHECK_FALSE(second.acquire()); // the lock taken on that thread is held
}

TEST_CASE("what needs a person is left to the window's thread, with the file untouched", "[gui][preopen]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(path, clock));
        require(journal->saveCheckIn(sampleCheckIn(clock.today())));
    }

    SECTION("an encrypted journal waits for its passphrase")
    {
        require(encryptJournal(path, QStringLiteral("correct horse battery"), KdfParams::minimal()));
        const QByteArray before = fileHash(path);
        SingleInstance instance(path);
        JournalPreOpen preOpen(path, clock, instance);
        CHECK(preOpen.acquired());
        CHECK(preOpen.takeJournal() == nullptr); // openJournalForApp asks for the passphrase
        CHECK(fileHash(path) == before);
    }
    SECTION("a journal another Ebb holds is not opened at all")
    {
        SingleInstance first(path);
        REQUIRE(first.acquire());
        const QByteArray before = fileHash(path);
        SingleInstance second(path, QStringLiteral("unix:path=") + tmp.path(QStringLiteral("no-bus")));
        JournalPreOpen preOpen(path, clock, second);
        CHECK_FALSE(preOpen.acquired());
        CHECK(preOpen.takeJournal() == nullptr);
        CHECK(fileHash(path) == before);
    }
    SECTION("a file that is not a journal is explained by the window's thread")
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("not a database, just words");
        file.close();
        const QByteArray before = fileHash(path);
        SingleInstance instance(path);
        JournalPreOpen preOpen(path, clock, instance);
        CHECK(preOpen.acquired());
        CHECK(preOpen.takeJournal() == nullptr);
        CHECK(fileHash(path) == before);
    }
}
