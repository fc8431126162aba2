// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs in charts_tests, which loads the charts module built beside the program, as Ebb does.
#include "charts/chartpages.h"
#include "pages/reviewpage.h"
#include "syntheticdiary.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLibraryInfo>
#include <QTest>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::TempDir;
using ebb::test::waitUntil;

TEST_CASE("the charts module that is built loads and draws the Trends page and the week chart", "[gui][charts]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ebb::test::requireOk(ebb::test::saveDiary(
        *journal, ebb::test::syntheticDiary(ebb::test::Scenario::Stable, 21, 21, 1, clock.today().addDays(-20), 0)));
    ChartPages *pages = require(loadChartPages(QStringLiteral(EBB_CHARTS_MODULE)));
    QWidget host;
    std::optional<QDate> opened;
    QWidget *trends = pages->createTrendsPage(
        *journal, [&](QDate day) { opened = day; }, &host);
    REQUIRE(trends != nullptr);
    CHECK(trends->parent() == &host);
    auto *view = trends->findChild<QChartView *>();
    REQUIRE(view != nullptr);
    // The page reads the journal when it is seen, and a child is seen only with its window: showing
    // the page alone, in a hidden host, drew nothing (the QTRY_VERIFY that waited for it never failed).
    host.show();
    REQUIRE(waitUntil([&] { return !view->chart()->series().isEmpty(); })); // the journal was read and drawn

    WeekChart *week = pages->createWeekChart(&host);
    auto *weekView = qobject_cast<QChartView *>(week->widget());
    REQUIRE(weekView != nullptr);
    const auto days = require(journal->checkIns(clock.today().addDays(-6), clock.today()));
    week->showWeek(days, clock.today().addDays(-6), weekView->palette());
    CHECK(weekView->chart()->series().size() >= 3); // energy, mood and stress
}

TEST_CASE("a charts module that is missing or not Ebb's gives a message that says so", "[gui][charts]")
{
    TempDir tmp;
    const QString missing = tmp.path(QStringLiteral("ebb-charts.so"));
    const auto notThere = loadChartPages(missing);
    REQUIRE_FALSE(notThere.ok());
    CHECK(notThere.errorString().contains(QDir::toNativeSeparators(missing)));
    CHECK(notThere.errorString().contains(QStringLiteral("Your journal is not affected")));

    // A real Qt plugin, but another one.
    const QString platform =
        QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platforms/libqoffscreen.so");
    const auto other = loadChartPages(platform);
    REQUIRE_FALSE(other.ok());
    CHECK(other.errorString().contains(QStringLiteral("not Ebb's chart module")));
}

TEST_CASE("the window's Trends and Weekly review draw with the module's charts", "[gui][charts]")
{
    REQUIRE(chartPages().ok()); // the module main() loaded
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ebb::test::requireOk(ebb::test::saveDiary(
        *journal, ebb::test::syntheticDiary(ebb::test::Scenario::Stable, 30, 30, 3, clock.today().addDays(-29), 0)));
    MainWindow window(*journal);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier); // Trends
    auto *trends = window.trendsPage()->findChild<QChartView *>();
    REQUIRE(trends != nullptr);
    REQUIRE(waitUntil([&] { return !trends->chart()->series().isEmpty(); }));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // Weekly review
    auto *week = child<QChartView>(*window.reviewPage(), "weekChart");
    REQUIRE(waitUntil([&] { return week->chart()->series().size() >= 3; }));
}
