// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "result.h"

#include <QDate>
#include <QWidget>
#include <QtPlugin>

class QLabel;

#include <functional>
#include <vector>

namespace ebb {

class Journal;

/** The Weekly review's small chart: energy, mood and stress from Monday to Sunday. */
class WeekChart
{
public:
    WeekChart() = default;
    virtual ~WeekChart() = default;
    WeekChart(const WeekChart &) = delete;
    WeekChart &operator=(const WeekChart &) = delete;

    /** The chart as a widget, to place in a layout; its parent owns it (and so this). */
    virtual QWidget *widget() = 0;
    /** Draws `week` (check-ins from `monday` on; a missed day breaks a line) in `palette`'s colours. */
    virtual void showWeek(const std::vector<CheckIn> &week, QDate monday, const QPalette &palette) = 0;
};

/**
 * What Ebb draws with Qt Charts: the Trends page and the week chart. They live in a module of
 * their own (ebb-charts.so) that is loaded the first time one of them is needed, so that Qt
 * Charts and the OpenGL libraries it brings (1.8 ms) are not loaded before the first frame.
 */
class ChartPages
{
public:
    ChartPages() = default;
    virtual ~ChartPages() = default;
    ChartPages(const ChartPages &) = delete;
    ChartPages &operator=(const ChartPages &) = delete;

    /** The Trends page; `openDay` is called with the day a person picks on the chart. */
    virtual QWidget *createTrendsPage(Journal &journal, std::function<void(QDate)> openDay, QWidget *parent) = 0;
    virtual WeekChart *createWeekChart(QWidget *parent) = 0;
};

/**
 * The chart pages: unless the tests chose others, the module's, loaded on the first call (from
 * beside the program, else from Ebb's library folder) and kept. An error says what went wrong;
 * the pages that need the charts show it in their place, and everything else works on.
 */
Result<ChartPages *> chartPages();
/** Loads the module at `path`. */
Result<ChartPages *> loadChartPages(const QString &path);
/** Where the module is looked for, in order, by a program in `programDir`. */
QStringList chartPagesCandidates(const QString &programDir);
/** What a page shows in place of a chart when chartPages() failed: `why`, as a caution banner. */
QLabel *chartsMissingBanner(const QString &why, QWidget *parent);
/** For tests: chartPages() returns `pages` (or its error) from now on. */
void useChartPages(Result<ChartPages *> pages);

} // namespace ebb

#define EBB_CHART_PAGES_IID "io.github.ebbjournal.Ebb.ChartPages/1"
Q_DECLARE_INTERFACE(ebb::ChartPages, EBB_CHART_PAGES_IID)
