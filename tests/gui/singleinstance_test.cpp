// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

#include <thread>

using namespace ebb;
using ebb::test::TempDir;

TEST_CASE("a second Ebb on the same journal asks the first to come forward and stops", "[gui][instance]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    SingleInstance first(path);
    REQUIRE(first.acquire());
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);

    SingleInstance second(path);
    bool secondAcquired = true;
    // The second one blocks while it waits for an answer, as a separate process would.
    std::thread other([&] { secondAcquired = second.acquire(); });
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 5000);
    other.join();
    CHECK_FALSE(secondAcquired);

    SingleInstance elsewhere(tmp.path(QStringLiteral("other.sqlite")));
    CHECK(elsewhere.acquire()); // another journal is another story
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
