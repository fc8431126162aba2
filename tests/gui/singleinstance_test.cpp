// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatebus.h"
#include "startup/singleinstance.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include <thread>

using namespace ebb;
using ebb::test::PrivateBus;
using ebb::test::staysTrue;
using ebb::test::TempDir;
using ebb::test::waitUntil;

TEST_CASE("a second Ebb on the same journal asks the first to come forward and stops", "[gui][instance]")
{
    const PrivateBus bus;
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    SingleInstance first(path, bus.address());
    REQUIRE(first.acquire());
    REQUIRE(first.answerRequests());
    CHECK(first.answerRequests()); // once is enough; asking again changes nothing
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    SingleInstance second(path, bus.address());
    bool secondAcquired = true;
    // The second one blocks while it waits for an answer, as a separate process would.
    std::thread other([&] { secondAcquired = second.acquire(); });
    const bool raisedInTime = waitUntil([&] { return raised.count() == 1; }, 5000);
    other.join(); // before any REQUIRE: a joinable thread left behind would end the whole run
    REQUIRE(raisedInTime);
    CHECK_FALSE(secondAcquired);
    CHECK(second.otherInstanceRaised());
    CHECK_FALSE(second.answerRequests()); // it does not own the journal, so it answers for nothing

    SingleInstance elsewhere(tmp.path(QStringLiteral("other.sqlite")), bus.address());
    CHECK(elsewhere.acquire()); // another journal is another story
    CHECK(elsewhere.answerRequests());
}

TEST_CASE("a second Ebb started while the first is still opening waits for its answer", "[gui][instance]")
{
    const PrivateBus bus;
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    SingleInstance first(path, bus.address());
    REQUIRE(first.acquire());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    SingleInstance second(path, bus.address());
    bool secondAcquired = true;
    std::thread other([&] { secondAcquired = second.acquire(); });
    // The first Ebb's window is not on screen yet: it does not answer.
    CHECK(staysTrue([&] { return raised.isEmpty(); }, 400));
    const bool answering = first.answerRequests();
    const bool raisedInTime = waitUntil([&] { return raised.count() == 1; }, 5000);
    other.join();
    REQUIRE(answering);
    REQUIRE(raisedInTime);
    CHECK_FALSE(secondAcquired);
    CHECK(second.otherInstanceRaised());
}

TEST_CASE("a second Ebb that gets no answer stops and says so", "[gui][instance]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));

    SECTION("the first Ebb never answers (say, it waits for a passphrase in another session)")
    {
        const PrivateBus bus;
        SingleInstance first(path, bus.address());
        REQUIRE(first.acquire());
        SingleInstance second(path, bus.address());
        CHECK_FALSE(second.acquire());
        CHECK_FALSE(second.otherInstanceRaised()); // main() then explains that the journal is open elsewhere
    }
    SECTION("there is no bus at all")
    {
        const QString noBus = QStringLiteral("unix:path=") + tmp.path(QStringLiteral("no-bus"));
        SingleInstance first(path, noBus);
        REQUIRE(first.acquire());
        CHECK_FALSE(first.answerRequests());
        SingleInstance second(path, noBus);
        CHECK_FALSE(second.acquire()); // the lock still keeps the journal to one Ebb
        CHECK_FALSE(second.otherInstanceRaised());
    }
}

TEST_CASE("once the first Ebb is gone, the journal can be opened again", "[gui][instance]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        SingleInstance first(path);
        REQUIRE(first.acquire());
    }
    SingleInstance next(path);
    CHECK(next.acquire());
}

TEST_CASE("a lock left behind by a crashed Ebb does not block", "[gui][instance]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        // A process that has ended: its pid is what a crashed Ebb leaves in the lock.
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        REQUIRE(gone.waitForStarted(10000));
        const qint64 pid = gone.processId();
        REQUIRE(gone.waitForFinished(10000));
        // What QLockFile writes: pid, application name, host name.
        QFile lock(path + QStringLiteral(".lock"));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(pid) + "\nebb\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    }
    SingleInstance next(path);
    CHECK(next.acquire());
}

TEST_CASE("the very first start, before the journal's folder exists, is not mistaken for a second Ebb",
          "[gui][instance]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("new/folder/ebb.sqlite"));
    SingleInstance first(path);
    CHECK(first.acquire());
    CHECK(QFileInfo::exists(tmp.path(QStringLiteral("new/folder"))));
    SingleInstance second(path);
    CHECK_FALSE(second.acquire()); // and the lock really is held
}

TEST_CASE("the journal's lock file, which names this computer and process, is the owner's alone",
          "[gui][instance][security]")
{
    TempDir tmp;
    const ebb::test::ScopedUmask desktop(022); // new files readable by everyone
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    SingleInstance first(path);
    REQUIRE(first.acquire());
    CHECK(QFileInfo(path + QStringLiteral(".lock")).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}
