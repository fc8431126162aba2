// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long a therapist report takes to gather and render as PDF: 12 weeks of a journal with
// one or ten years of data (offscreen, Release, median of 5). Run it with scripts/bench.
#include "benchsupport.h"
#include "exporter.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "syntheticdiary.h"

#include <QGuiApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>

using namespace ebb;
using namespace ebb::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const FixedClock clock;
    std::printf("| journal | 12-week PDF: gather + render (ms) | size (KiB) | 12-week Markdown (ms) | target |\n"
                "|---|---|---|---|---|\n");
    for (int years : {1, 10}) {
        const int days = int(years * 365.25);
        auto journal = Journal::open(QStringLiteral(":memory:"), clock);
        if (!journal || !test::saveDiary(**journal, test::syntheticDiary(test::Scenario::SlowSlide, days, days - 40, 3,
                                                                         clock.today().addDays(1 - days)))) {
            std::fprintf(stderr, "could not build the journal\n");
            return 1;
        }
        ExportRequest request;
        request.options.to = clock.today();
        request.options.from = clock.today().addDays(-83);
        request.options.notes = NotesPolicy::All;
        const auto timed = [&](ExportFormat format, qsizetype &size) {
            request.format = format;
            std::vector<double> times;
            for (int run = 0; run < 5; ++run) {
                const auto begin = std::chrono::steady_clock::now();
                auto bytes = renderExport(**journal, request);
                times.push_back(
                    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
                size = bytes ? bytes->size() : -1;
            }
            std::sort(times.begin(), times.end());
            return times[2];
        };
        qsizetype pdfSize = 0;
        qsizetype mdSize = 0;
        const double pdf = timed(ExportFormat::Pdf, pdfSize);
        const double md = timed(ExportFormat::Markdown, mdSize);
        std::printf("| %d year(s) | %.0f | %lld | %.0f | PDF <= 1000 ms |\n", years, pdf, (long long)(pdfSize / 1024),
                    md);
    }
    return 0;
}
