// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGTERM (a logout, a shutdown) no longer kills Ebb on the spot: it keeps what was typed and exits.
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "startup/terminationwatch.h"
#include "storage/journal.h"
#include "storage/journallock.h"
#include "testsupport.h"
#include "waitfor.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <csignal>

using namespace ebb;
using ebb::test::require;
using ebb::test::TempDir;
using ebb::test::waitUntil;

TEST_CASE("SIGTERM reaches the event loop as a signal instead of ending the process", "[startup][signals]")
{
    TerminationWatch watch;
    REQUIRE(watch.isActive());
    int requests = 0;
    QObject::connect(&watch, &TerminationWatch::terminationRequested, [&requests] { ++requests; });
    REQUIRE(::raise(SIGTERM) == 0); // without the watch, this would end the test run
    REQUIRE(waitUntil([&requests] { return requests == 1; }, 3000));
}

TEST_CASE("Ebb sent SIGTERM exits by itself, cleanly, and lets go of its journal", "[startup][signals]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        const SystemClock clock;
        auto journal = require(Journal::open(path, clock));
        JournalSettings settings = require(journal->settings());
        settings.onboardingDone = true; // straight to the window
        ebb::test::requireOk(journal->saveSettings(settings));
    }
    QProcess ebb;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), tmp.path(QStringLiteral("home")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    ebb.setProcessEnvironment(env);
    ebb.start(QStringLiteral(EBB_APP_PATH), {QStringLiteral("--database"), path});
    REQUIRE(ebb.waitForStarted(10000));
    const JournalLock probe(path);
    REQUIRE(waitUntil([&] { return probe.holderPid() == ebb.processId(); }, 20000));
    // The window comes after the lock; the watch is in place once the session runs.
    REQUIRE(waitUntil([&] { return QFile::exists(path + QStringLiteral("-wal")); }, 20000));
    ebb.waitForFinished(1500); // a moment for the window
    ebb.terminate();           // SIGTERM
    REQUIRE(ebb.waitForFinished(20000));
    CHECK(ebb.exitStatus() == QProcess::NormalExit);
    CHECK(ebb.exitCode() == 0);
    JournalLock after(path);
    CHECK(after.tryLock() == JournalLock::Outcome::Taken);
}
