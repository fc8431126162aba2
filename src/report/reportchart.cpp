// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchart.h"

#include "pacing/humannames.h"

#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace ebb {
namespace {

constexpr qreal kStripHeight = 6;

/** Whether a pacing flag is about `metric`, so its days are marked under that measure's chart. */
bool flagConcerns(const QString &id, Metric metric)
{
    static const QHash<QString, QList<Metric>> measures = {
        {QStringLiteral("energy_slide"), {Metric::Energy}},
        {QStringLiteral("mood_slide"), {Metric::Mood}},
        {QStringLiteral("stress_slide"), {Metric::Stress}},
        {QStringLiteral("stress_climbing"), {Metric::Stress}},
        {QStringLiteral("load_slide"), {Metric::Load}},
        {QStringLiteral("sleep_slide"), {Metric::SleepHours}},
        {QStringLiteral("sleep_debt"), {Metric::SleepHours}},
        {QStringLiteral("poor_sleep"), {Metric::SleepQuality}},
        {QStringLiteral("envelope"), {Metric::Energy, Metric::Load}},
        {QStringLiteral("boom_bust"), {Metric::Energy, Metric::Load}},
        {QStringLiteral("early_warning"), {Metric::Energy, Metric::Mood, Metric::Stress}},
    };
    return measures.value(id).contains(metric);
}

} // namespace

void paintMetricChart(QPainter &p, const QRectF &area, const std::vector<TimelineDay> &days, Metric metric,
                      const QString &title)
{
    p.save();
    const QFontMetricsF fm(p.font());
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("10 h")) + 6;
    const qreal titleHeight = fm.height() + 6; // room for the title above the top grid label
    const QRectF plot(area.left() + labelWidth, area.top() + titleHeight, area.width() - labelWidth,
                      area.height() - titleHeight - fm.height() - 6 - kStripHeight);
    const bool sleep = metric == Metric::SleepHours;
    const bool quality = metric == Metric::SleepQuality;
    const double yMin = quality ? 1.0 : 0.0;
    const double yMax = sleep ? 12.0 : quality ? 5.0 : 10.0;
    const size_t n = days.size();
    const auto xAt = [&](size_t i) {
        return plot.left() + (n <= 1 ? plot.width() / 2 : plot.width() * i / (n - 1));
    };
    const auto yAt = [&](double v) {
        return plot.bottom() - plot.height() * (v - yMin) / (yMax - yMin);
    };
    const qreal dayWidth = n <= 1 ? plot.width() : plot.width() / (n - 1);

    p.setPen(Qt::black);
    p.drawText(QPointF(area.left(), area.top() + fm.ascent()), title);

    // Days with a pattern about this measure: a strip under the axis, never over the line. Hatched
    // at first, solid at the stronger level, so both survive a black-and-white printer.
    p.setPen(Qt::NoPen);
    const QRectF strip(plot.left() - dayWidth / 2, plot.bottom() + 2, plot.width() + dayWidth, kStripHeight);
    for (size_t i = 0; i < n; ++i) {
        bool flagged = false;
        bool strong = false;
        for (const QString &id : days[i].flags) {
            if (flagConcerns(id, metric)) {
                flagged = true;
                strong = strong || days[i].warnings.contains(id);
            }
        }
        if (flagged) {
            p.setBrush(strong ? QBrush(QColor(60, 60, 60)) : QBrush(QColor(90, 90, 90), Qt::BDiagPattern));
            p.drawRect(QRectF(xAt(i) - dayWidth / 2, strip.top(), dayWidth, strip.height()).intersected(strip));
        }
    }
    // The usual: a light band, drawn as one polygon per run of days with a baseline.
    p.setBrush(QColor(215, 215, 215, 200));
    for (size_t i = 0; i < n;) {
        if (!days[i].baselines[size_t(metric)].ready) {
            ++i;
            continue;
        }
        QPolygonF band;
        size_t j = i;
        for (; j < n && days[j].baselines[size_t(metric)].ready; ++j) {
            const Baseline &b = days[j].baselines[size_t(metric)];
            band << QPointF(xAt(j), yAt(std::min(yMax, b.median + b.scale)));
        }
        for (size_t k = j; k-- > i;) {
            const Baseline &b = days[k].baselines[size_t(metric)];
            band << QPointF(xAt(k), yAt(std::max(yMin, b.median - b.scale)));
        }
        p.drawPolygon(band);
        i = j;
    }
    // Frame and grid.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(150, 150, 150), 0.5));
    p.drawRect(plot);
    for (double v : {yMin, (yMin + yMax) / 2, yMax}) {
        p.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
        p.setPen(Qt::black);
        const QString label = sleep ? QStringLiteral("%1 h").arg(v) : QString::number(v);
        p.drawText(QRectF(area.left(), yAt(v) - fm.height() / 2, labelWidth - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
        p.setPen(QPen(QColor(150, 150, 150), 0.5));
    }
    // Values: a black line, broken where a day was not recorded.
    p.setPen(QPen(Qt::black, 1.4));
    QPainterPath path;
    bool drawing = false;
    for (size_t i = 0; i < n; ++i) {
        const float v = days[i].values[size_t(metric)];
        if (std::isnan(v)) {
            drawing = false;
            continue;
        }
        const QPointF point(xAt(i), yAt(v));
        drawing ? path.lineTo(point) : path.moveTo(point);
        drawing = true;
        p.setBrush(Qt::black);
        p.drawEllipse(point, 1.3, 1.3);
        p.setBrush(Qt::NoBrush);
    }
    p.drawPath(path);
    // Dates under the plot: first, middle, last.
    p.setPen(Qt::black);
    if (n > 0) {
        const QLocale locale;
        const qreal y = plot.bottom() + 4 + kStripHeight;
        const auto label = [&](size_t i, Qt::Alignment align) {
            const QString text = locale.toString(days[i].date, shortDayFormat(false));
            const qreal w = fm.horizontalAdvance(text) + 4;
            const qreal x = align == Qt::AlignLeft ? xAt(i) : align == Qt::AlignRight ? xAt(i) - w : xAt(i) - w / 2;
            p.drawText(QRectF(x, y, w, fm.height()), align, text);
        };
        label(0, Qt::AlignLeft);
        if (n > 2) {
            label(n / 2, Qt::AlignHCenter);
        }
        label(n - 1, Qt::AlignRight);
    }
    p.restore();
}

} // namespace ebb
