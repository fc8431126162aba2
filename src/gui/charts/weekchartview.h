// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/chartpages.h"

#include <QChartView>

namespace ebb {

/** The week chart drawn with Qt Charts (in the charts module). */
class WeekChartView : public QChartView, public WeekChart
{
    Q_OBJECT

public:
    explicit WeekChartView(QWidget *parent = nullptr);

    QWidget *widget() override { return this; }
    void showWeek(const std::vector<CheckIn> &week, QDate monday, const QPalette &palette) override;
};

} // namespace ebb
