// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

#include <optional>

namespace ebb {

/**
 * The Trends chart, zoomable and movable along time: the wheel or + and − zoom (around the
 * pointer, or the middle), dragging or the arrow keys move, Home shows the whole range again.
 * It never goes outside the range the chart was built with, nor closer than two days.
 */
class TrendsChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TrendsChartView(QWidget *parent = nullptr);

    /** Zooms in (factor > 1) or out (< 1) around `anchor`, a fraction (0 to 1) across the plot. */
    void zoomBy(double factor, double anchor = 0.5);
    /** Moves the visible window by `fraction` of its width: negative is back in time. */
    void moveBy(double fraction);
    /** Shows the whole range again. */
    void showAll();
    /** The visible fraction of the whole range (1 when not zoomed). */
    double visibleFraction() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    /** Sets the time axis to [from, from + width], kept inside the whole range. */
    void showWindow(double from, double width);
    /** The visible window and the whole range along time, in ms since the epoch. */
    struct Span
    {
        double from = 0;
        double width = 0;
        double fullFrom = 0;
        double fullWidth = 0;
    };
    std::optional<Span> span() const;

    double m_dragX = 0;
    bool m_dragging = false;
    bool m_pressed = false;
};

} // namespace ebb
