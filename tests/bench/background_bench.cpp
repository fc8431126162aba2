// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Ebb started as at login (`ebb --background`) on a 1- and a 10-year journal, on a D-Bus of its
// own with a stand-in notification service: what it holds in memory and how often it wakes while
// it waits for the next reminder. Run under Xvfb (scripts/bench).
//
//   background_bench EBB [SECONDS]   (default 60 s of waiting per journal)
#include "benchsupport.h"
#include "busdaemon.h"
#include "fakenotifications.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace ebb;

namespace {

struct Sample
{
    double rssMb = 0;
    long cpuTicks = 0;        ///< user + system, in clock ticks
    long contextSwitches = 0; ///< voluntary and not: each is the process waking up
};

Sample sampleOf(qint64 pid)
{
    Sample sample;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2) {
                continue;
            }
            if (fields.first() == "VmRSS:") {
                sample.rssMb = fields.at(1).toDouble() / 1024.0;
            } else if (fields.first().endsWith("ctxt_switches:")) {
                sample.contextSwitches += fields.at(1).toLong();
            }
        }
    }
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        // After the command's closing parenthesis: field 14 and 15 of stat(5) are utime and stime.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12) {
            sample.cpuTicks = fields.at(11).toLong() + fields.at(12).toLong();
        }
    }
    return sample;
}

/** Whether the process has a window on screen (asked of the X server); "not checked" without xdotool. */
const char *windowShown(qint64 pid)
{
    QProcess search;
    search.start(QStringLiteral("xdotool"), {QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                             QStringLiteral("--pid"), QString::number(pid)});
    if (!search.waitForFinished(10000) || search.exitStatus() != QProcess::NormalExit) {
        return "not checked";
    }
    return search.exitCode() == 0 ? "yes" : "no";
}

void wait(int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, int(deadline.remainingTime()));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: background_bench EBB [SECONDS]\n");
        return 2;
    }
    const int seconds = args.size() > 2 ? args.at(2).toInt() : 60;
    QTemporaryDir home;
    QProcess daemon;
    const QString bus = test::startPrivateBus(daemon, home);
    if (bus.isEmpty()) {
        std::fprintf(stderr, "dbus-daemon did not start\n");
        return 1;
    }
    test::FakeNotifications service(bus);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus);
    QDir(home.path()).mkpath(QStringLiteral("config/Ebb"));
    // The reminder is hours away: the benchmark measures the wait, not the reminder.
    QFile config(home.filePath(QStringLiteral("config/Ebb/Ebb.conf")));
    if (!config.open(QIODevice::WriteOnly)) {
        return 1;
    }
    config.write(QStringLiteral("[reminder]\nenabled=true\ntime=%1\n")
                     .arg(QTime::currentTime().addSecs(6 * 3600).toString(QStringLiteral("HH:mm")))
                     .toUtf8());
    config.close();
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);

    std::printf(
        "| journal | resident memory while waiting (MB) | CPU time while waiting (ms per minute) | wake-ups per "
        "minute | window shown |\n|---|---|---|---|---|\n");
    for (const int years : {1, 10}) {
        const QString path = home.filePath(QStringLiteral("journal-%1.sqlite").arg(years));
        bench::writeDiaryJournal(path, years);
        QProcess ebb;
        ebb.setProcessEnvironment(env);
        ebb.start(args.at(1), {QStringLiteral("--background"), QStringLiteral("--database"), path});
        if (!ebb.waitForStarted(10000)) {
            std::fprintf(stderr, "Ebb did not start\n");
            return 1;
        }
        wait(5000); // start, the file's check and the day's backup
        const Sample before = sampleOf(ebb.processId());
        wait(seconds * 1000);
        const Sample after = sampleOf(ebb.processId());
        const bool running = ebb.state() == QProcess::Running;
        const char *shown = windowShown(ebb.processId());
        ebb.terminate();
        ebb.waitForFinished(10000);
        const double minutes = seconds / 60.0;
        std::printf("| %d year(s) | %.1f | %.1f | %.1f | %s |\n", years, after.rssMb,
                    double(after.cpuTicks - before.cpuTicks) * 1000.0 / double(ticksPerSecond) / minutes,
                    double(after.contextSwitches - before.contextSwitches) / minutes, running ? shown : "Ebb ended");
    }
    if (!service.shown().isEmpty()) {
        std::fprintf(stderr, "a notification was shown while none was due\n");
        return 1;
    }
    daemon.terminate();
    daemon.waitForFinished(10000);
    return 0;
}
