// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sparkline.h"

#include "window/appearance.h"

#include <QPainter>
#include <QPainterPath>

namespace ebb {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setData(std::vector<std::optional<double>> values, double min, double max,
                        std::optional<double> usualLow, std::optional<double> usualHigh)
{
    m_values = std::move(values);
    m_min = min;
    m_max = max > min ? max : min + 1.0;
    m_usualLow = usualLow;
    m_usualHigh = usualHigh;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {240, fontMetrics().height() * 5};
}

QSize Sparkline::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 4};
}

void Sparkline::paintEvent(QPaintEvent * /*event*/)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(3, 3, -3, -3);
    const auto yOf = [&](double v) {
        return area.bottom() - (v - m_min) / (m_max - m_min) * area.height();
    };
    const int n = int(m_values.size());
    const auto xOf = [&](int i) {
        return n < 2 ? area.center().x() : area.left() + area.width() * i / (n - 1);
    };

    if (m_usualLow && m_usualHigh) {
        QColor band = chartColour(ChartColour::Band, palette());
        if (*m_usualHigh > *m_usualLow) {
            p.fillRect(QRectF(QPointF(area.left(), yOf(*m_usualHigh)), QPointF(area.right(), yOf(*m_usualLow))), band);
        } else {
            p.setPen(QPen(band.darker(130), 1.5, Qt::DashLine));
            p.drawLine(QPointF(area.left(), yOf(*m_usualLow)), QPointF(area.right(), yOf(*m_usualLow)));
        }
    }
    const QColor line = chartColour(ChartColour::Energy, palette());
    QPainterPath path;
    bool drawing = false;
    for (int i = 0; i < n; ++i) {
        if (!m_values[size_t(i)]) {
            drawing = false; // a day without a check-in is a gap, never a zero
            continue;
        }
        const QPointF point(xOf(i), yOf(*m_values[size_t(i)]));
        if (drawing) {
            path.lineTo(point);
        } else {
            path.moveTo(point);
            drawing = true;
        }
    }
    p.setPen(QPen(line, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setBrush(line);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < n; ++i) {
        if (m_values[size_t(i)]) {
            p.drawEllipse(QPointF(xOf(i), yOf(*m_values[size_t(i)])), 2.0, 2.0);
        }
    }
}

} // namespace ebb
