// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync between two journals on this machine, through one folder (the engine's own transfer left
// out): the first exchange of a 1- and a 10-year journal (the first computer sends everything, the
// second takes it all in), and a day's edit end to end (the save, the exchange that sends it, the
// exchange on the other computer that takes it in). Journals on disk (WAL, synchronous=FULL).
// Medians, means and the slowest of 200 edits: now and then an exchange writes a snapshot of the
// whole journal (every 20 change sets, or one per 250 fields in a large journal), which the mean
// spreads over the edits, as a person would meet it. Then the app's way: the same edits through SyncRunner, on
// a thread of its own, with a 1 ms timer on the GUI thread: the longest it waited is the longest
// stall; the same run with the exchange on the GUI thread is the baseline. Argon2id at its
// cheapest: it is paid once, when a computer joins, not per exchange. Run it with scripts/bench.
#include "benchsupport.h"
#include "crypto/sealedfile.h"
#include "window/syncrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <numeric>

using namespace ebb;
using namespace ebb::bench;

namespace {

template <typename T>
T must(Result<T> result)
{
    if (!result) {
        std::fprintf(stderr, "%s\n", qPrintable(result.errorString()));
        std::exit(1);
    }
    return std::move(result).value();
}

qint64 folderKiB(const QString &folder)
{
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(folder).entryInfoList(QDir::Files)) {
        bytes += file.size();
    }
    return bytes / 1024;
}

/** The longest the GUI thread went without running its 1 ms timer while `work` ran its course. */
class StallMeter
{
public:
    StallMeter()
    {
        m_tick.setInterval(1);
        QObject::connect(&m_tick, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_since.nsecsElapsed() / 1e6);
            m_since.restart();
        });
    }
    void start()
    {
        m_since.start();
        m_tick.start();
    }
    void stop()
    {
        m_longest = std::max(m_longest, m_since.nsecsElapsed() / 1e6);
        m_tick.stop();
    }
    double longestMs() const { return m_longest; }

private:
    QTimer m_tick;
    QElapsedTimer m_since;
    double m_longest = 0;
};

/** Runs one exchange through `runner` (in the background, or here) and waits for it to end. */
void exchangeThrough(SyncRunner &runner, bool background)
{
    QEventLoop loop;
    const auto done = QObject::connect(&runner, &SyncRunner::synced, &loop, &QEventLoop::quit);
    const auto failed = QObject::connect(&runner, &SyncRunner::failed, [](const QString &message) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        std::exit(1);
    });
    if (background) {
        QTimer::singleShot(0, &runner, &SyncRunner::syncInBackground);
    } else {
        QTimer::singleShot(0, &runner, &SyncRunner::syncNow);
    }
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
}

/** The longest GUI-thread stall over `edits` day's edits, each sent by one runner and taken in by the other. */
double longestStall(Journal &laptop, Journal &desktop, int edits, bool background, const Clock &clock)
{
    SyncRunner sender(laptop);
    SyncRunner taker(desktop);
    sender.setPause(3'600'000); // only the exchanges started here
    taker.setPause(3'600'000);
    StallMeter meter;
    for (int i = 0; i < edits; ++i) {
        CheckIn edit = *must(laptop.checkIn(clock.today()));
        edit.mood = i % 11;
        must(laptop.saveCheckIn(edit));
        meter.start(); // the save is the same either way: the exchanges are measured
        exchangeThrough(sender, background);
        exchangeThrough(taker, background);
        meter.stop();
        if (must(desktop.checkIn(clock.today()))->mood != edit.mood) {
            std::fprintf(stderr, "the edit did not arrive\n");
            std::exit(1);
        }
    }
    return meter.longestMs();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KdfParams::setCurrent(KdfParams::minimal());
    const FixedClock clock;
    constexpr int kEdits = 200;
    std::printf("| journal | first exchange: send (ms) | first exchange: take in (ms) | folder (KiB) | a day's edit: "
                "save (ms) | send (ms) | take in (ms) | end to end: median (ms) | mean (ms) | slowest (ms) |\n"
                "|---|---|---|---|---|---|---|---|---|---|\n");
    QStringList stalls;
    for (int years : {1, 10}) {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("Sync"));
        auto laptop = must(Journal::open(dir.filePath(QStringLiteral("laptop.sqlite")), clock));
        auto desktop = must(Journal::open(dir.filePath(QStringLiteral("desktop.sqlite")), clock));
        fillJournal(*laptop, years, clock.today());
        must(laptop->setUpSync(folder, QStringLiteral("benchmark passphrase")));
        must(desktop->setUpSync(folder, QStringLiteral("benchmark passphrase")));

        auto begin = std::chrono::steady_clock::now();
        const SyncReport sent = must(laptop->sync());
        const double firstSendMs = msSince(begin);
        begin = std::chrono::steady_clock::now();
        const SyncReport taken = must(desktop->sync());
        const double firstTakeMs = msSince(begin);
        if (taken.days.size() != must(laptop->checkInCount()) || sent.sent != taken.received) {
            std::fprintf(stderr, "the first exchange did not carry the journal\n");
            return 1;
        }
        const qint64 kib = folderKiB(folder);

        std::vector<double> save, send, take, total;
        for (int i = 0; i < kEdits; ++i) {
            CheckIn edit = *must(laptop->checkIn(clock.today()));
            edit.energy = i % 11;
            edit.note = QStringLiteral("Edited for the benchmark, round %1.").arg(i);
            const auto start = std::chrono::steady_clock::now();
            must(laptop->saveCheckIn(edit));
            save.push_back(msSince(start));
            auto step = std::chrono::steady_clock::now();
            must(laptop->sync());
            send.push_back(msSince(step));
            step = std::chrono::steady_clock::now();
            const SyncReport in = must(desktop->sync());
            take.push_back(msSince(step));
            total.push_back(msSince(start));
            if (in.days != QList<QDate>{clock.today()} || must(desktop->checkIn(clock.today()))->note != edit.note) {
                std::fprintf(stderr, "the edit did not arrive\n");
                return 1;
            }
        }
        const double meanMs = std::accumulate(total.begin(), total.end(), 0.0) / double(total.size());
        std::printf("| %d year(s), %d check-ins | %.0f | %.0f | %lld | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f |\n",
                    years, must(laptop->checkInCount()), firstSendMs, firstTakeMs, static_cast<long long>(kib),
                    medianOf(save), medianOf(send), medianOf(take), medianOf(total), meanMs,
                    *std::max_element(total.begin(), total.end()));
        std::fflush(stdout);
        const double onGuiThread = longestStall(*laptop, *desktop, kEdits, false, clock);
        const double inBackground = longestStall(*laptop, *desktop, kEdits, true, clock);
        stalls.append(QStringLiteral("| %1 year(s) | %2 | %3 | under 16 ms (one frame) |")
                          .arg(years)
                          .arg(inBackground, 0, 'f', 1)
                          .arg(onGuiThread, 0, 'f', 1));
    }
    std::printf(
        "\n| journal | longest GUI-thread stall, %d edits sent and taken in: the app's way, exchanges on a "
        "thread of their own (ms) | baseline: exchanges on the GUI thread (ms) | target |\n|---|---|---|---|\n%s\n",
        kEdits, qPrintable(stalls.join(QLatin1Char('\n'))));
    return 0;
}
