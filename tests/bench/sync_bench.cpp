// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync between two journals on this machine, through one folder (the engine's own transfer left
// out): the first exchange of a 1- and a 10-year journal (the first computer sends everything, the
// second takes it all in), and a day's edit end to end (the save, the exchange that sends it, the
// exchange on the other computer that takes it in). Journals on disk (WAL, synchronous=FULL).
// Medians of 11 edits. Argon2id at its cheapest: it is paid once, when a computer joins, not per
// exchange. Run it with scripts/bench.
#include "benchsupport.h"
#include "crypto/sealedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KdfParams::setCurrent(KdfParams::minimal());
    const FixedClock clock;
    std::printf("| journal | first exchange: send (ms) | first exchange: take in (ms) | folder (KiB) | a day's edit: "
                "save (ms) | send (ms) | take in (ms) | end to end (ms) | target |\n"
                "|---|---|---|---|---|---|---|---|---|\n");
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
        for (int i = 0; i < 11; ++i) {
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
        std::printf("| %d year(s), %d check-ins | %.0f | %.0f | %lld | %.1f | %.1f | %.1f | %.1f | %s |\n", years,
                    must(laptop->checkInCount()), firstSendMs, firstTakeMs, static_cast<long long>(kib), medianOf(save),
                    medianOf(send), medianOf(take), medianOf(total), years == 1 ? "a day's edit well under 1 s" : "");
    }
    return 0;
}
