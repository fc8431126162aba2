// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/qtchartpages.h"

#include "charts/trendspage.h"
#include "charts/weekchartview.h"

namespace ebb {

QWidget *QtChartPages::createTrendsPage(Journal &journal, std::function<void(QDate)> openDay, QWidget *parent)
{
    auto *page = new TrendsPage(journal, parent);
    QObject::connect(page, &TrendsPage::dayActivated, page, std::move(openDay));
    return page;
}

WeekChart *QtChartPages::createWeekChart(QWidget *parent)
{
    return new WeekChartView(parent);
}

} // namespace ebb
