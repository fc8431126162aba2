// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpages.h"

namespace ebb {

/** The chart pages drawn with Qt Charts: what the charts module offers (the tests link it in). */
class QtChartPages : public ChartPages
{
public:
    QWidget *createTrendsPage(Journal &journal, std::function<void(QDate)> openDay, QWidget *parent) override;
    WeekChart *createWeekChart(QWidget *parent) override;
};

} // namespace ebb
