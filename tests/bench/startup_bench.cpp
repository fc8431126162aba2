// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's start-up and memory budgets: the time from starting `ebb` on a journal of 1, 10 and
// 100 years until its first frame is on screen, against a minimal Qt Widgets window started the
// same way in the same run (the floor: target 1.2x); and Ebb's peak resident memory, read a
// second after that first frame (target 60 MB for 10 years). Both programs report through the
// same probe (src/gui/startupprobe). Runs alternate, a warm-up run of each is discarded, and
// medians are shown: of RUNS runs that end at the first frame for the times, of 5 for memory.
// Usage: startup_bench EBB HELLO [RUNS]; scripts/bench runs it under Xvfb.
// With --instructions, each program runs once under valgrind instead, which counts the
// instructions it executes up to its first frame: exact, where times on a shared machine vary.
#include "benchsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace ebb;
using namespace ebb::bench;

namespace {

struct Start
{
    double shownMs = 0;
    double peakRssMb = 0;
};

/**
 * Starts `program` and returns what its probe said: the first frame, and (unless the probe ends
 * the process there, EBB_STARTUP_PROBE=-1) the peak memory a moment later.
 */
Start measure(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    const bool toFirstFrameOnly = env.value(QStringLiteral("EBB_STARTUP_PROBE")) == QLatin1String("-1");
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Start result;
    QByteArray out;
    while (result.peakRssMb == 0 && !(toFirstFrameOnly && result.shownMs > 0)) {
        if (!process.waitForReadyRead(20000)) {
            std::fprintf(stderr, "%s did not report (%s)\n", qPrintable(program), out.constData());
            std::exit(1);
        }
        out += process.readAll();
        if (result.shownMs == 0 && out.contains("probe shown")) {
            result.shownMs = double(timer.nsecsElapsed()) / 1e6;
        }
        const int at = out.indexOf("probe peak-rss-kib ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            result.peakRssMb = out.mid(at + 19, out.indexOf('\n', at) - at - 19).toDouble() / 1024.0;
        }
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    return result;
}

/** The instructions `program` executes until its first frame is out, counted by valgrind (callgrind). */
double instructionsToFirstFrame(const QString &program, const QStringList &args, QProcessEnvironment env)
{
    env.insert(QStringLiteral("EBB_STARTUP_PROBE"), QStringLiteral("-1")); // ends the process at the first frame
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("valgrind"), QStringList{QStringLiteral("--tool=callgrind"),
                                                          QStringLiteral("--callgrind-out-file=/dev/null"), program} +
                                                  args);
    const qint64 pid = process.waitForStarted() ? process.processId() : 0;
    if (!process.waitForFinished(120000) || !process.readAllStandardOutput().contains("probe shown")) {
        std::fprintf(stderr, "%s did not reach its first frame under valgrind\n", qPrintable(program));
        std::exit(1);
    }
    // "==PID== Collected : N", once per process: the program's own line, not a helper it started.
    const QByteArray marker = QByteArray("==") + QByteArray::number(pid) + "== Collected : ";
    const QByteArray err = process.readAllStandardError();
    const int at = err.indexOf(marker);
    if (at < 0) {
        std::fprintf(stderr, "no instruction count from valgrind:\n%s\n", err.constData());
        std::exit(1);
    }
    return err.mid(at + marker.size(), err.indexOf('\n', at) - at - marker.size()).toDouble() / 1e6;
}

constexpr int kMemoryRuns = 5;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3 || (args.at(1) == QLatin1String("--instructions") && args.size() < 4)) {
        std::fprintf(stderr, "usage: startup_bench EBB HELLO [RUNS] | startup_bench --instructions EBB HELLO\n");
        return 2;
    }
    const bool instructions = args.at(1) == QLatin1String("--instructions");
    const QString &ebb = args.at(instructions ? 2 : 1);
    const QString &hello = args.at(instructions ? 3 : 2);
    const int runs = !instructions && args.size() > 3 ? args.at(3).toInt() : 11;
    const FixedClock clock;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A home of its own: no settings, reminders or journal of the person running the benchmark.
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    QDir(home.path()).mkdir(QStringLiteral("runtime")); // a desktop session's own, private (0700) folder
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("EBB_STARTUP_PROBE"), QStringLiteral("1000"));

    if (instructions) {
        std::printf("| journal | floor: hello window (M instructions) | Ebb to first frame (M instructions) | ratio "
                    "|\n|---|---|---|---|\n");
    } else {
        std::printf(
            "| journal | floor: hello window (ms) | Ebb to first frame (ms) | ratio (target ≤ 1.2) | Ebb peak RSS "
            "(MB, target ≤ 60) | hello peak RSS (MB) |\n"
            "|---|---|---|---|---|---|\n");
    }
    for (const int years : {1, 10, 100}) {
        const QString path = home.filePath(QStringLiteral("journal-%1.sqlite").arg(years));
        writeDiaryJournal(path, years);
        const QStringList ebbArgs = {QStringLiteral("--database"), path};
        if (instructions) {
            measure(ebb, ebbArgs, env); // the day's backup is taken, as on any later start that day
            const double h = instructionsToFirstFrame(hello, {}, env);
            const double e = instructionsToFirstFrame(ebb, ebbArgs, env);
            std::printf("| %d year(s) | %.1f | %.1f | %.2f |\n", years, h, e, e / h);
            std::fflush(stdout);
            continue;
        }
        measure(hello, {}, env); // warm-ups: page cache, fonts, and today's backup of the journal
        measure(ebb, ebbArgs, env);
        // Times: many short alternating runs that end at the first frame (the spread between runs
        // on a shared machine is larger than what is measured, so medians need many). Memory: a
        // few runs that stay a second after the first frame.
        QProcessEnvironment toFirstFrame = env;
        toFirstFrame.insert(QStringLiteral("EBB_STARTUP_PROBE"), QStringLiteral("-1"));
        std::vector<double> floor;
        std::vector<double> shown;
        for (int run = 0; run < runs; ++run) {
            floor.push_back(measure(hello, {}, toFirstFrame).shownMs);
            shown.push_back(measure(ebb, ebbArgs, toFirstFrame).shownMs);
        }
        std::vector<double> rss;
        std::vector<double> helloRss;
        for (int run = 0; run < kMemoryRuns; ++run) {
            helloRss.push_back(measure(hello, {}, env).peakRssMb);
            rss.push_back(measure(ebb, ebbArgs, env).peakRssMb);
        }
        const double f = medianOf(floor);
        const double s = medianOf(shown);
        std::printf("| %d year(s) | %.0f | %.0f | %.2f | %.1f | %.1f |\n", years, f, s, s / f, medianOf(rss),
                    medianOf(helloRss));
        std::fflush(stdout);
    }
    return 0;
}
