// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How long the Trends page takes to read a journal and draw it, for 1, 10 and 100 years of data
// (offscreen, Release; medians of 5 runs), and how long each frame of zooming and moving along
// time takes with everything drawn (target: under 16 ms a frame). Run it with scripts/bench.
#include "benchsupport.h"
#include "charts/trendschartview.h"
#include "charts/trendspage.h"

#include <QApplication>

using namespace ebb;
using namespace ebb::bench;

namespace {

/** Times `steps` frames: one change of view and a full, synchronous repaint of the chart each. */
template <typename F>
std::vector<double> frames(TrendsChartView *view, int steps, F &&change)
{
    std::vector<double> times;
    for (int i = 0; i < steps; ++i) {
        const auto begin = std::chrono::steady_clock::now();
        change(i);
        view->viewport()->repaint();
        times.push_back(msSince(begin));
    }
    return times;
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
                "drawn (All) | zoom frame, median / worst (ms) | move frame, median / worst (ms) |\n"
                "|---|---|---|---|---|---|\n");
    for (int years : {1, 10, 100}) {
        auto journal = Journal::open(QStringLiteral(":memory:"), clock);
        if (!journal) {
            std::fprintf(stderr, "could not build the journal\n");
            return 1;
        }
        fillJournal(**journal, years, clock.today());
        TrendsPage page(**journal);
        page.resize(1100, 700);
        page.show();
        const double refresh = medianMs(5, [&] {
            page.setRange(TrendsPage::ThreeMonths);
            page.refresh();
            QCoreApplication::processEvents();
        });
        const double all = medianMs(5, [&] {
            page.setRange(TrendsPage::ThreeMonths);
            page.setRange(TrendsPage::All);
            page.grab(); // force a full paint of the chart
        });
        // Wheel notches in (then out again), and steps along time while zoomed in to a quarter.
        TrendsChartView *view = page.chartView();
        std::vector<double> zoom = frames(view, 12, [&](int) { view->zoomBy(1.25, 0.7); });
        const std::vector<double> zoomOut = frames(view, 12, [&](int) { view->zoomBy(0.8, 0.7); });
        zoom.insert(zoom.end(), zoomOut.begin(), zoomOut.end());
        view->zoomBy(4.0, 0.5);
        const std::vector<double> move = frames(view, 24, [&](int i) { view->moveBy(i < 12 ? -0.1 : 0.1); });
        std::printf("| %d year(s) | %.1f | %.1f | %d | %.1f / %.1f | %.1f / %.1f |\n", years, refresh, all,
                    page.pointCount(), medianOf(zoom), *std::max_element(zoom.begin(), zoom.end()), medianOf(move),
                    *std::max_element(move.begin(), move.end()));
    }
    return 0;
}
