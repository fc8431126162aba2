// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trendschartview.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

constexpr double kStep = 1.25;                 // one wheel notch or key press
constexpr double kMinWidthMs = 2 * 86400000.0; // closer than two days shows nothing more
constexpr int kDragThreshold = 4;              // pixels before a press becomes a drag, so clicks still open days

/** The whole range the chart was built with, kept on the axis so a rebuilt chart starts afresh. */
const char *const kFullFrom = "ebbFullFrom";
const char *const kFullTo = "ebbFullTo";

QDateTimeAxis *timeAxis(QChart *chart)
{
    if (chart == nullptr) {
        return nullptr;
    }
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QDateTimeAxis *>(axes.first());
}

} // namespace

TrendsChartView::TrendsChartView(QWidget *parent)
    : QChartView(parent)
{
    setFocusPolicy(Qt::StrongFocus);
}

std::optional<TrendsChartView::Span> TrendsChartView::span() const
{
    QDateTimeAxis *axis = timeAxis(chart());
    if (axis == nullptr) {
        return std::nullopt;
    }
    Span span;
    span.from = double(axis->min().toMSecsSinceEpoch());
    span.width = double(axis->max().toMSecsSinceEpoch()) - span.from;
    if (!axis->property(kFullFrom).isValid()) {
        axis->setProperty(kFullFrom, span.from);
        axis->setProperty(kFullTo, span.from + span.width);
    }
    span.fullFrom = axis->property(kFullFrom).toDouble();
    span.fullWidth = axis->property(kFullTo).toDouble() - span.fullFrom;
    return span.fullWidth > 0 ? std::optional<Span>(span) : std::nullopt;
}

void TrendsChartView::showWindow(double from, double width)
{
    const auto s = span();
    if (!s) {
        return;
    }
    width = std::clamp(width, std::min(kMinWidthMs, s->fullWidth), s->fullWidth);
    from = std::clamp(from, s->fullFrom, s->fullFrom + s->fullWidth - width);
    timeAxis(chart())->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)),
                                QDateTime::fromMSecsSinceEpoch(qint64(from + width)));
}

void TrendsChartView::zoomBy(double factor, double anchor)
{
    const auto s = span();
    if (factor <= 0 || !s) {
        return;
    }
    const double pivot = s->from + s->width * std::clamp(anchor, 0.0, 1.0);
    showWindow(pivot - (pivot - s->from) / factor, s->width / factor);
}

void TrendsChartView::moveBy(double fraction)
{
    if (const auto s = span()) {
        showWindow(s->from + s->width * fraction, s->width);
    }
}

void TrendsChartView::showAll()
{
    if (const auto s = span()) {
        showWindow(s->fullFrom, s->fullWidth);
    }
}

double TrendsChartView::visibleFraction() const
{
    const auto s = span();
    return s ? s->width / s->fullWidth : 1.0;
}

void TrendsChartView::wheelEvent(QWheelEvent *event)
{
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0 || chart() == nullptr) {
        QChartView::wheelEvent(event);
        return;
    }
    const QRectF plot = chart()->plotArea();
    const double anchor = plot.width() > 0 ? (event->position().x() - plot.left()) / plot.width() : 0.5;
    zoomBy(std::pow(kStep, notches), anchor);
    event->accept();
}

void TrendsChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kStep);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / kStep);
        break;
    case Qt::Key_Left:
        moveBy(-0.2);
        break;
    case Qt::Key_Right:
        moveBy(0.2);
        break;
    case Qt::Key_Home:
        showAll();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TrendsChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        m_dragging = false;
        m_dragX = event->position().x();
    }
    QChartView::mousePressEvent(event);
}

void TrendsChartView::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_pressed && (m_dragging || std::abs(x - m_dragX) >= kDragThreshold) && chart() != nullptr &&
        chart()->plotArea().width() > 0) {
        m_dragging = true;
        moveBy((m_dragX - x) / chart()->plotArea().width());
        m_dragX = x;
        event->accept();
        return;
    }
    QChartView::mouseMoveEvent(event);
}

void TrendsChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const bool dragged = m_dragging;
    m_pressed = false;
    m_dragging = false;
    if (dragged) {
        event->accept(); // a drag is not a click on a point
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

} // namespace ebb
