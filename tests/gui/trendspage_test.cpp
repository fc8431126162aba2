// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trendschartview.h"
#include "charts/trendspage.h"
#include "syntheticdiary.h"
#include "testsupport.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <map>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;

namespace {

std::unique_ptr<Journal> journalWith(const FixedClock &clock, int days, test::Scenario scenario)
{
    auto journal = ebb::test::memoryJournal(clock);
    requireOk(
        test::saveDiary(*journal, test::syntheticDiary(scenario, days, days - 14, 2, clock.today().addDays(1 - days))));
    return journal;
}

int countOf(QChart *chart, QAbstractSeries::SeriesType type)
{
    int n = 0;
    for (QAbstractSeries *s : chart->series()) {
        n += s->type() == type ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("three months of energy: one point per check-in, gaps for missed days, the usual as a band", "[gui][trends]")
{
    FixedClock clock;
    auto journal = journalWith(clock, 90, test::Scenario::SuddenDrop);
    // A day checked in without its energy: a gap too, not a zero.
    CheckIn noEnergy = require(journal->checkIns(clock.today().addDays(-90), clock.today())).back();
    noEnergy.energy.reset();
    require(journal->saveCheckIn(noEnergy));
    std::map<QDate, int> energyOn;
    for (const CheckIn &c : require(journal->checkIns(clock.today().addDays(-90), clock.today()))) {
        if (c.energy) {
            energyOn[c.date] = *c.energy;
        }
    }
    const auto recorded = energyOn.size();
    TrendsPage page(*journal);
    page.refresh();
    CHECK(page.pointCount() == int(recorded));
    QChart *chart = page.chart();
    REQUIRE(chart != nullptr);
    CHECK(countOf(chart, QAbstractSeries::SeriesTypeLine) > 1);  // 15% missed days break the line
    CHECK(countOf(chart, QAbstractSeries::SeriesTypeArea) >= 2); // the band, and the flagged days
    auto *dots = chart->findChild<QScatterSeries *>(QStringLiteral("valuePoints"));
    REQUIRE(dots != nullptr);
    // Each dot is a day's own energy: a missed day drawn as a made-up zero would be a dot on a day
    // with no energy recorded, or a value the day does not hold.
    CHECK(dots->count() == int(recorded));
    for (const QPointF &p : dots->points()) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date();
        INFO("dot on " << day.toString(Qt::ISODate).toStdString() << " at " << p.y());
        const auto found = energyOn.find(day);
        REQUIRE(found != energyOn.end());
        CHECK(p.y() == double(found->second));
    }
}

TEST_CASE("clicking a point asks to open that day", "[gui][trends]")
{
    FixedClock clock;
    auto journal = journalWith(clock, 90, test::Scenario::Stable);
    TrendsPage page(*journal);
    page.refresh();
    QSignalSpy opened(&page, &TrendsPage::dayActivated);
    auto *dots = page.chart()->findChild<QScatterSeries *>(QStringLiteral("valuePoints"));
    REQUIRE(dots != nullptr);
    const QPointF last = dots->points().last();
    emit dots->clicked(last);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toDate() == QDateTime::fromMSecsSinceEpoch(qint64(last.x())).date());
}

TEST_CASE("ten years drawn whole become weekly averages", "[gui][trends]")
{
    FixedClock clock;
    auto journal = journalWith(clock, 3652, test::Scenario::Stable);
    TrendsPage page(*journal);
    page.setRange(TrendsPage::All);
    page.refresh();
    CHECK(page.pointCount() > 500);
    CHECK(page.pointCount() <= 523);
    CHECK(page.chart()->title().contains(QStringLiteral("weekly")));
    page.setMetric(Metric::SleepHours);
    CHECK(page.chart()->title().startsWith(QStringLiteral("Hours of sleep"))); // the one table of names
}

TEST_CASE("the chart zooms and moves along time by keyboard and wheel, never past its range", "[gui][trends]")
{
    FixedClock clock;
    auto journal = journalWith(clock, 400, test::Scenario::Stable);
    TrendsPage page(*journal);
    page.setRange(TrendsPage::OneYear);
    page.resize(900, 600);
    page.show();
    page.refresh();
    TrendsChartView *view = page.chartView();
    auto *axis = qobject_cast<QDateTimeAxis *>(page.chart()->axes(Qt::Horizontal).first());
    REQUIRE(axis != nullptr);
    const QDateTime fullMin = axis->min();
    const QDateTime fullMax = axis->max();
    CHECK(view->visibleFraction() == Approx(1.0));

    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Plus);
    CHECK(view->visibleFraction() == Approx(1 / 1.5625).epsilon(0.01));
    const qint64 zoomedWidth = axis->min().msecsTo(axis->max());

    QTest::keyClick(view, Qt::Key_Left); // back in time, same width
    CHECK(axis->min().msecsTo(axis->max()) == zoomedWidth);
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(view, Qt::Key_Left);
    }
    CHECK(axis->min() == fullMin); // stops at the first day of the range
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(view, Qt::Key_Right);
    }
    CHECK(axis->max() == fullMax); // and at today

    // A wheel notch towards the user zooms out; never wider than the whole range.
    const QPointF centre = page.chart()->plotArea().center();
    for (int i = 0; i < 5; ++i) {
        QWheelEvent out(centre, view->mapToGlobal(centre.toPoint()), {}, {0, -120}, Qt::NoButton, Qt::NoModifier,
                        Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &out); // where the wheel arrives
    }
    CHECK(view->visibleFraction() == Approx(1.0));
    CHECK(axis->min() == fullMin);
    CHECK(axis->max() == fullMax);

    // Zooming in as far as it goes stops at two days; Home shows everything again.
    for (int i = 0; i < 60; ++i) {
        view->zoomBy(1.25, 0.5);
    }
    CHECK(axis->min().msecsTo(axis->max()) == 2 * 86400000);
    QTest::keyClick(view, Qt::Key_Home);
    CHECK(view->visibleFraction() == Approx(1.0));
}

TEST_CASE("a new journal's Trends says what will be drawn, and hovering never widens the window", "[gui][trends]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    TrendsPage page(*journal);
    page.resize(900, 600);
    page.show();
    page.refresh();
    auto *empty = page.findChild<QLabel *>(QStringLiteral("trendsEmptyLabel"));
    REQUIRE(empty != nullptr);
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("first check-ins")));
    CHECK_FALSE(page.findChild<QWidget *>(QStringLiteral("trendsChart"))->isVisible());

    requireOk(
        test::saveDiary(*journal, test::syntheticDiary(test::Scenario::Stable, 60, 46, 2, clock.today().addDays(-59))));
    page.refresh();
    CHECK_FALSE(empty->isVisible());
    const int widest = page.minimumSizeHint().width();
    auto *point = page.findChild<QLabel *>(QStringLiteral("pointLabel"));
    REQUIRE(point != nullptr);
    point->setText(QString(400, QLatin1Char('x')).replace(QLatin1Char('x'), QStringLiteral("word ")));
    QApplication::processEvents();
    CHECK(page.minimumSizeHint().width() <= widest); // a long hover text wraps, the page keeps its width
}
