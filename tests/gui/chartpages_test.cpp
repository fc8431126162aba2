// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpages.h"
#include "charts/qtchartpages.h"
#include "pages/reviewpage.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QChartView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;

namespace {

/** Chart pages chosen for one test; the linked-in ones come back afterwards. */
struct ChartPagesFor
{
    explicit ChartPagesFor(Result<ChartPages *> pages) { useChartPages(std::move(pages)); }
    ~ChartPagesFor() { useChartPages(&linkedIn); }
    ChartPagesFor(const ChartPagesFor &) = delete;
    ChartPagesFor &operator=(const ChartPagesFor &) = delete;

    static inline QtChartPages linkedIn;
};

} // namespace

TEST_CASE("the installed program looks for the charts in Ebb's library folder", "[gui][charts]")
{
    const QStringList candidates = chartPagesCandidates(QStringLiteral("/usr/bin"));
    REQUIRE(candidates.size() == 2);
    CHECK(candidates.at(0) == QStringLiteral("/usr/bin/ebb-charts.so")); // a build: beside the program
    CHECK(candidates.at(1).startsWith(QStringLiteral("/usr/lib")));
    CHECK(candidates.at(1).endsWith(QStringLiteral("/ebb/ebb-charts.so")));
}

TEST_CASE("without the charts, Trends says why and the weekly review still works", "[gui][charts]")
{
    const ChartPagesFor none(errorWith(QStringLiteral("Ebb's charts are missing (test).")));
    FixedClock clock; // Saturday 14 March 2026, week 11
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    window.show();

    QWidget *trends = window.trendsPage();
    REQUIRE(trends != nullptr);
    CHECK(trends->findChild<QChartView *>() == nullptr);
    CHECK(child<QLabel>(*trends, "chartMissing")->text() == QStringLiteral("Ebb's charts are missing (test)."));

    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // Weekly review
    ReviewPage *review = window.reviewPage();
    CHECK(child<QLabel>(*review, "chartMissing")->text() == QStringLiteral("Ebb's charts are missing (test)."));
    child<QPlainTextEdit>(*review, "answer_proud")->setPlainText(QStringLiteral("Rested on Sunday"));
    CHECK(review->saveNow());
    CHECK(require(journal->review(QStringLiteral("2026-W11")))->answer(QStringLiteral("proud")) ==
          QStringLiteral("Rested on Sunday"));
}
