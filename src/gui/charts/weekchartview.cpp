// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/weekchartview.h"

#include "charts/charttheme.h"
#include "window/appearance.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace ebb {
namespace {

/** Energy, mood and stress, Monday to Sunday; a missed day breaks the line. */
QChart *weekChart(const std::vector<CheckIn> &week, QDate monday, const QPalette &palette)
{
    auto *chart = new QChart;
    themeChart(chart, palette);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *x = new QCategoryAxis;
    x->setRange(-0.5, 6.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < 7; ++i) {
        x->append(QLocale().dayName(i + 1, QLocale::ShortFormat), i);
    }
    auto *y = new QValueAxis;
    y->setRange(0, 10);
    y->setTickCount(3);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const struct
    {
        const char *name;
        std::optional<int> CheckIn::*member;
        ChartColour colour;
    } lines[] = {{QT_TRANSLATE_NOOP("ebb::ReviewPage", "Energy"), &CheckIn::energy, ChartColour::Energy},
                 {QT_TRANSLATE_NOOP("ebb::ReviewPage", "Mood"), &CheckIn::mood, ChartColour::Mood},
                 {QT_TRANSLATE_NOOP("ebb::ReviewPage", "Stress"), &CheckIn::stress, ChartColour::Stress}};
    for (const auto &line : lines) {
        QLineSeries *series = nullptr;
        int lastDay = -2;
        bool first = true;
        for (const CheckIn &c : week) {
            const int dayIndex = int(monday.daysTo(c.date));
            const auto value = c.*line.member;
            if (!value) {
                continue;
            }
            if (series == nullptr || dayIndex != lastDay + 1) {
                series = new QLineSeries;
                series->setName(QCoreApplication::translate("ebb::ReviewPage", line.name));
                series->setPen(QPen(chartColour(line.colour, palette), 2));
                series->setPointsVisible(true);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
                // One legend entry per measure, however many pieces a missed day cut it into.
                chart->legend()->markers(series).first()->setVisible(first);
                first = false;
            }
            series->append(dayIndex, *value);
            lastDay = dayIndex;
        }
    }
    return chart;
}

} // namespace

WeekChartView::WeekChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
}

void WeekChartView::showWeek(const std::vector<CheckIn> &week, QDate monday, const QPalette &palette)
{
    QChart *old = chart();
    setChart(weekChart(week, monday, palette));
    delete old; // setChart releases the old chart rather than deleting it
}

} // namespace ebb
