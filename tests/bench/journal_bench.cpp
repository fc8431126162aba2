// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's storage budgets for journals of 1, 10 and 100 years (files on disk, WAL,
// synchronous=FULL): saving one check-in (target 5 ms), and opening the journal as the app does
// (with its quick_check) and computing today's status as the status panel does (target 50 ms).
// Medians of 51 saves and 11 opens. Run it with scripts/bench.
#include "benchsupport.h"
#include "pacing/pacingengine.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ebb;
using namespace ebb::bench;

namespace {

/** What the app does between the passphrase prompt and the status panel's first paint. */
void openAndComputeStatus(const QString &path, const Clock &clock)
{
    JournalOpenOptions options;
    options.quickCheck = true;
    auto journal = Journal::open(path, clock, options);
    auto days = journal ? (*journal)->pacingDays() : Result<std::vector<PacingDay>>(journal.error());
    auto dismissed = journal ? (*journal)->dismissedFlags() : Result<QSet<DismissedFlag>>(journal.error());
    if (!days || !dismissed) {
        std::fprintf(stderr, "open failed\n");
        std::exit(1);
    }
    const PacingReport report = analyzePacing(*days, PacingSettings(), clock.today());
    if (report.flags.size() > 100) {
        std::exit(1); // uses the result, so the analysis cannot be optimised away
    }
}

/** Saving today's check-in again and again, as the form does on every Ctrl+S. */
double medianResaveMs(Journal &journal, QDate today)
{
    return medianSaveMs(journal, 51, [&](int i) {
        CheckIn c;
        c.date = today;
        c.energy = i % 11;
        c.mood = 6;
        c.stress = 4;
        c.sleepMinutes = 420;
        c.note = QStringLiteral("Saved for the benchmark, version %1.").arg(i);
        return c;
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const FixedClock clock;
    QTemporaryDir dir;
    std::printf("| journal | file | save one check-in (ms, target 5) | open + today's status (ms, target 50) |\n"
                "|---|---|---|---|\n");
    for (const int years : {1, 10, 100}) {
        const QString path = dir.filePath(QStringLiteral("journal-%1.sqlite").arg(years));
        {
            auto journal = Journal::open(path, clock);
            if (!journal) {
                std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
                return 1;
            }
            fillJournal(**journal, years, clock.today().addDays(-1));
        }
        openAndComputeStatus(path, clock); // warm the page cache, as a second start would find it
        const double open = medianMs(11, [&] { openAndComputeStatus(path, clock); });
        double save = 0;
        {
            auto journal = Journal::open(path, clock);
            save = medianResaveMs(**journal, clock.today());
        }
        std::printf("| %d year(s) | %.1f MB | %.2f | %.1f |\n", years, double(QFileInfo(path).size()) / 1e6, save,
                    open);
    }
    return 0;
}
