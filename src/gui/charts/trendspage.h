// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingtimeline.h"

#include <QDate>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;

namespace ebb {

class Journal;
class TrendsChartView;

/**
 * One metric over time: the values (missing days are gaps, never zero), the personal baseline as
 * a band, and the days a pacing flag was active shaded. Hover a point to read the day; click it to
 * open the day. Ranges over a year are drawn as weekly means so ten years stay smooth.
 */
class TrendsPage : public QWidget
{
    Q_OBJECT

public:
    enum Range { TwoWeeks, ThreeMonths, OneYear, All };

    explicit TrendsPage(Journal &journal, QWidget *parent = nullptr);

    /** Reads the journal again (at most once per change) and redraws. */
    void refresh();
    void setMetric(Metric metric);
    void setRange(Range range);
    QChart *chart() const;
    TrendsChartView *chartView() const { return m_view; }
    /** How many points the value series hold in total (for tests and the benchmark). */
    int pointCount() const { return m_pointCount; }

signals:
    /** The person clicked a day's point. */
    void dayActivated(QDate day);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void redraw();
    void onPointHovered(const QPointF &point, bool state);

    Journal &m_journal;
    std::vector<TimelineDay> m_timeline;
    bool m_stale = true;
    int m_pointCount = 0;
    bool m_weekly = false;
    QComboBox *m_metric = nullptr;
    QComboBox *m_range = nullptr;
    TrendsChartView *m_view = nullptr;
    QLabel *m_pointLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_emptyLabel = nullptr; ///< Said instead of the chart while there is no check-in.
};

} // namespace ebb
