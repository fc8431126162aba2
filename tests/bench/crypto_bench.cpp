// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Saving one check-in into an encrypted journal of 1, 10 and 100 years (the whole journal is
// sealed and written, fsync included, on every save), beside the same save in a plain journal;
// and the time to open with the real (moderate) Argon2id cost. Medians of 21 saves. Run it with
// scripts/bench.
#include "benchsupport.h"
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
using namespace ebb::bench;

namespace {

/** Saving check-ins on the days after the diary, one by one. */
double medianNewDaySaveMs(Journal &journal, QDate after)
{
    return medianSaveMs(journal, 21, [&](int i) {
        CheckIn c;
        c.date = after.addDays(i + 1);
        c.energy = (i + 1) % 11;
        c.mood = 5;
        c.note = QStringLiteral("A short note for the benchmark, day %1.").arg(i + 1);
        return c;
    });
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
            plainMs = medianNewDaySaveMs(**journal, last.addDays(100));
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
        const double sealedMs = medianNewDaySaveMs(**journal, last);
        std::printf("| %d year(s) | %lld | %.1f | %.1f | %.0f | %s |\n", years,
                    static_cast<long long>(QFileInfo(path).size() / 1024), plainMs, sealedMs, openMs,
                    years == 10 ? "encrypted save <= 50 ms" : "");
    }
    return 0;
}
