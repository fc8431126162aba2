// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the Trends page takes to read a journal and draw it, for 1, 10 and 100 years of data
// (offscreen, Release; medians of 5 runs). Run it with scripts/bench.
#include "settings/clock.h"
#include "storage/journal.h"
#include "syntheticdiary.h"
#include "trendspage.h"

#include <QApplication>
#include <QChartView>

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

template <typename F>
double medianMs(F &&work)
{
    std::vector<double> times;
    for (int run = 0; run < 5; ++run) {
        const auto begin = std::chrono::steady_clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count());
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const FixedClock clock;
    std::printf("| data | read + analyse + draw, 3 months (ms) | redraw 3 months, then All, and paint (ms) | points "
                "drawn (All) |\n"
                "|---|---|---|---|\n");
    for (int years : {1, 10, 100}) {
        const int days = int(years * 365.25);
        auto journal = Journal::open(QStringLiteral(":memory:"), clock);
        if (!journal || !test::saveDiary(**journal, test::syntheticDiary(test::Scenario::Stable, days, days, 7,
                                                                         clock.today().addDays(1 - days)))) {
            std::fprintf(stderr, "could not build the journal\n");
            return 1;
        }
        TrendsPage page(**journal);
        page.resize(1100, 700);
        page.show();
        const double refresh = medianMs([&] {
            page.setRange(TrendsPage::ThreeMonths);
            page.refresh();
            QCoreApplication::processEvents();
        });
        const double all = medianMs([&] {
            page.setRange(TrendsPage::ThreeMonths);
            page.setRange(TrendsPage::All);
            page.grab(); // force a full paint of the chart
        });
        std::printf("| %d year(s) | %.1f | %.1f | %d |\n", years, refresh, all, page.pointCount());
    }
    return 0;
}
