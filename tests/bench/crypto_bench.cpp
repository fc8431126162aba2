// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving one check-in into an encrypted journal of 1, 10 and 100 years (the whole journal is
// sealed and written, fsync included, on every save), beside the same save in a plain journal;
// and the time to open with the real (moderate) Argon2id cost. Medians of 21 saves. Run it with
// scripts/bench.
#include "crypto/sealedfile.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "syntheticdiary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace ebb;

namespace {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC); }
};

double msSince(std::chrono::steady_clock::time_point begin)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
}

/** The median time of saving check-ins on the days after the diary, one by one. */
double medianSaveMs(Journal &journal, QDate after)
{
    std::vector<double> times;
    for (int i = 1; i <= 21; ++i) {
        CheckIn c;
        c.date = after.addDays(i);
        c.energy = i % 11;
        c.mood = 5;
        c.note = QStringLiteral("A short note for the benchmark, day %1.").arg(i);
        const auto begin = std::chrono::steady_clock::now();
        if (!journal.saveCheckIn(c)) {
            std::fprintf(stderr, "save failed\n");
            std::exit(1);
        }
        times.push_back(msSince(begin));
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const FixedClock clock;
    const QString passphrase = QStringLiteral("benchmark passphrase");
    std::printf("| journal | file (KiB) | save, plain (ms) | save, encrypted (ms) | open encrypted, moderate Argon2id "
                "(ms) | target |\n|---|---|---|---|---|---|\n");
    for (int years : {1, 10, 100}) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ebb.sqlite"));
        const int days = years * 365;
        const auto diary = test::syntheticDiary(test::Scenario::Stable, days, days, 11);
        const QDate last = diary.back().date;
        double plainMs = 0;
        {
            auto journal = Journal::open(path, clock);
            if (!journal || !test::saveDiary(**journal, diary)) {
                std::fprintf(stderr, "could not build the journal\n");
                return 1;
            }
            plainMs = medianSaveMs(**journal, last.addDays(100));
        }
        if (!encryptJournal(path, passphrase, KdfParams::moderate())) {
            std::fprintf(stderr, "could not encrypt\n");
            return 1;
        }
        const auto openBegin = std::chrono::steady_clock::now();
        auto journal = Journal::open(path, clock, {}, passphrase);
        const double openMs = msSince(openBegin);
        if (!journal) {
            std::fprintf(stderr, "could not open: %s\n", qPrintable(journal.errorString()));
            return 1;
        }
        const double sealedMs = medianSaveMs(**journal, last);
        std::printf("| %d year(s) | %lld | %.1f | %.1f | %.0f | %s |\n", years,
                    static_cast<long long>(QFileInfo(path).size() / 1024), plainMs, sealedMs, openMs,
                    years == 10 ? "encrypted save <= 50 ms" : "");
    }
    return 0;
}
