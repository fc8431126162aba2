// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trendspage.h"

#include "charts/charttheme.h"
#include "charts/trendschartview.h"
#include "pacing/humannames.h"
#include "pacing/pacingday.h"
#include "pacing/pacingengine.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "window/appearance.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ebb {
namespace {

constexpr int kDailyLimitDays = 400; // longer ranges are drawn as weekly means

/** One point of the chart: a day (or a week's Monday) and its value or band. */
struct Point
{
    QDate date;
    double value = 0;
    double low = 0;
    double high = 0;
    bool hasValue = false;
    bool hasBand = false;
    bool flagged = false;
};

qreal xOf(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

struct AxisRange
{
    double min;
    double max;
    int ticks; ///< So that every tick falls on a whole value the person could have answered.
};

AxisRange axisRange(Metric m)
{
    switch (m) {
    case Metric::SleepHours:
        return {0, 12, 7};
    case Metric::SleepQuality:
        return {1, 5, 5};
    default:
        return {0, 10, 6};
    }
}

/** Daily points, or weekly means, for metric m over [from, to] of the timeline. */
std::vector<Point> pointsFor(const std::vector<TimelineDay> &timeline, Metric m, QDate from, QDate to, bool weekly)
{
    std::vector<Point> points;
    const size_t mi = size_t(m);
    Point bucket;
    int values = 0;
    int bands = 0;
    const auto flush = [&] {
        if (!bucket.date.isValid()) {
            return;
        }
        bucket.hasValue = values > 0;
        bucket.hasBand = bands > 0;
        if (values > 0) {
            bucket.value /= values;
        }
        if (bands > 0) {
            bucket.low /= bands;
            bucket.high /= bands;
        }
        points.push_back(bucket);
        bucket = Point{};
        values = bands = 0;
    };
    for (const TimelineDay &day : timeline) {
        if (day.date < from || day.date > to) {
            continue;
        }
        const QDate key = weekly ? day.date.addDays(1 - day.date.dayOfWeek()) : day.date;
        if (key != bucket.date) {
            flush();
            bucket.date = key;
        }
        if (!std::isnan(day.values[mi])) {
            bucket.value += day.values[mi];
            ++values;
        }
        if (day.baselines[mi].ready) {
            bucket.low += day.baselines[mi].median - day.baselines[mi].scale;
            bucket.high += day.baselines[mi].median + day.baselines[mi].scale;
            ++bands;
        }
        bucket.flagged = bucket.flagged || !day.flags.isEmpty();
    }
    flush();
    return points;
}

/** Splits points into runs where `keep` holds for consecutive points: gaps stay gaps. */
template <typename Keep>
std::vector<std::vector<const Point *>> runs(const std::vector<Point> &points, Keep keep)
{
    std::vector<std::vector<const Point *>> out;
    bool inRun = false;
    for (const Point &p : points) {
        if (!keep(p)) {
            inRun = false;
            continue;
        }
        if (!inRun) {
            out.emplace_back();
            inRun = true;
        }
        out.back().push_back(&p);
    }
    return out;
}

} // namespace

TrendsPage::TrendsPage(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_metric(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_view(new TrendsChartView(this))
    , m_pointLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
{
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    for (int m = 0; m < kMetricCount; ++m) {
        m_metric->addItem(measureName(Metric(m)), m);
    }
    m_range->setObjectName(QStringLiteral("rangeCombo"));
    m_range->addItems({tr("2 weeks"), tr("3 months"), tr("1 year"), tr("All")});
    m_range->setCurrentIndex(ThreeMonths);
    auto *metricLabel = new QLabel(tr("&Show:"), this);
    metricLabel->setBuddy(m_metric);
    auto *rangeLabel = new QLabel(tr("&Over:"), this);
    rangeLabel->setBuddy(m_range);
    auto *controls = new QHBoxLayout;
    controls->addWidget(metricLabel);
    controls->addWidget(m_metric);
    controls->addSpacing(16);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addStretch();

    m_view->setObjectName(QStringLiteral("trendsChart"));
    // A new light or dark look: the chart's colours were picked for the old palette.
    onPaletteChanged(this, [this] {
        if (!m_stale) {
            redraw();
        }
    });
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Trend chart"));
    m_pointLabel->setObjectName(QStringLiteral("pointLabel"));
    // Wrapped, and two lines tall from the start: a long hover text once widened the whole window.
    m_pointLabel->setWordWrap(true);
    m_pointLabel->setMinimumHeight(2 * m_pointLabel->fontMetrics().lineSpacing());
    m_emptyLabel->setObjectName(QStringLiteral("trendsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setText(tr("Your trends will be drawn here after your first check-ins: each measure over weeks "
                             "and months, with a band for your usual once Ebb knows it."));
    m_emptyLabel->hide();
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    auto *key = new QLabel(
        tr("Line: your check-ins (missed days are gaps). Band: your usual — the median of weeks "
           "2–9 before each day, give or take a typical day's spread. Shaded: days with a "
           "pacing flag. Click a point to open that day. The wheel or + and − zoom, dragging or the arrow keys "
           "move along time, Home shows it all."),
        this);
    key->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addWidget(m_pointLabel);
    layout->addWidget(key);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &TrendsPage::redraw);
    connect(m_range, &QComboBox::currentIndexChanged, this, &TrendsPage::redraw);
    const auto markStale = [this] {
        m_stale = true;
        if (isVisible()) {
            refresh();
        }
    };
    connect(&m_journal, &Journal::checkInSaved, this, markStale);
    connect(&m_journal, &Journal::checkInRemoved, this, markStale);
    connect(&m_journal, &Journal::imported, this, markStale);
}

QChart *TrendsPage::chart() const
{
    return m_view->chart();
}

void TrendsPage::setMetric(Metric metric)
{
    m_metric->setCurrentIndex(int(metric));
}

void TrendsPage::setRange(Range range)
{
    m_range->setCurrentIndex(int(range));
}

void TrendsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void TrendsPage::refresh()
{
    auto days = m_journal.pacingDays();
    if (!days) {
        m_errorLabel->setText(days.errorString());
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    // As the status panel reads it: the journal's settings, and without what the person dismissed.
    const auto dismissed = m_journal.dismissedFlags();
    m_timeline = pacingTimeline(*days, m_journal.pacingSettings(), m_journal.clock().today(),
                                dismissed ? *dismissed : QSet<DismissedFlag>());
    m_stale = false;
    // A journal with no check-in yet says what will be here, instead of an empty grid.
    const bool none = m_timeline.empty();
    m_view->setVisible(!none);
    m_emptyLabel->setVisible(none);
    redraw();
}

void TrendsPage::redraw()
{
    const auto metric = Metric(m_metric->currentData().toInt());
    const QDate today = m_journal.clock().today();
    static constexpr int kDays[] = {14, 91, 365};
    const int range = m_range->currentIndex();
    QDate from = range < All ? today.addDays(1 - kDays[range]) : today;
    if (range == All && !m_timeline.empty()) {
        from = m_timeline.front().date;
    }
    m_weekly = from.daysTo(today) > kDailyLimitDays;
    const std::vector<Point> points = pointsFor(m_timeline, metric, from, today, m_weekly);
    const auto [yMin, yMax, yTicks] = axisRange(metric);

    auto *chart = new QChart;
    // The application's palette: this runs from the palette watcher before widgets hear of a change.
    const QPalette look = QApplication::palette();
    themeChart(chart, look);
    const QColor valueColour = chartColour(ChartColour::Energy, look);
    chart->legend()->hide();
    chart->setTitle(m_weekly ? tr("%1, weekly average").arg(measureName(metric)) : measureName(metric));
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(from.daysTo(today) > 120 ? QStringLiteral("MMM yyyy") : shortDayFormat(false));
    xAxis->setRange(QDateTime(from, QTime(0, 0)), QDateTime(today, QTime(23, 59)));
    auto *yAxis = new QValueAxis;
    yAxis->setRange(yMin, yMax);
    yAxis->setTickCount(yTicks);
    yAxis->setLabelFormat(metric == Metric::SleepHours ? QStringLiteral("%.0f h") : QStringLiteral("%.0f"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries *series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    // Flag periods first, so the band and the values are drawn over them.
    // QAreaSeries does not own its edge series; parenting them to the area lets the chart free them.
    const auto newArea = [](QLineSeries *&upper, QLineSeries *&lower) {
        auto *area = new QAreaSeries;
        upper = new QLineSeries(area);
        lower = new QLineSeries(area);
        return area;
    };
    for (const auto &run : runs(points, [](const Point &p) { return p.flagged; })) {
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        auto *area = newArea(upper, lower);
        const qreal halfDay = (m_weekly ? 3.5 : 0.5) * 86400000.0;
        upper->append(xOf(run.front()->date) - halfDay, yMax);
        upper->append(xOf(run.back()->date) + halfDay, yMax);
        lower->append(xOf(run.front()->date) - halfDay, yMin);
        lower->append(xOf(run.back()->date) + halfDay, yMin);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(tr("Flag active"));
        area->setColor(chartColour(ChartColour::FlagPeriod, look));
        area->setBorderColor(Qt::transparent);
        attach(area);
    }
    for (const auto &run : runs(points, [](const Point &p) { return p.hasBand; })) {
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        auto *band = newArea(upper, lower);
        for (const Point *p : run) {
            upper->append(xOf(p->date), p->high);
            lower->append(xOf(p->date), p->low);
        }
        band->setUpperSeries(upper);
        band->setLowerSeries(lower);
        band->setName(tr("Your usual"));
        band->setColor(chartColour(ChartColour::Band, look));
        band->setBorderColor(Qt::transparent);
        attach(band);
    }
    m_pointCount = 0;
    for (const auto &run : runs(points, [](const Point &p) { return p.hasValue; })) {
        auto *line = new QLineSeries;
        line->setPen(QPen(valueColour, 2));
        for (const Point *p : run) {
            line->append(xOf(p->date), p->value);
        }
        m_pointCount += int(run.size());
        attach(line);
    }
    auto *dots = new QScatterSeries;
    dots->setObjectName(QStringLiteral("valuePoints"));
    dots->setMarkerSize(m_weekly ? 4 : 7);
    dots->setColor(valueColour);
    dots->setBorderColor(valueColour);
    for (const Point &p : points) {
        if (p.hasValue) {
            dots->append(xOf(p.date), p.value);
        }
    }
    attach(dots);
    connect(dots, &QScatterSeries::hovered, this, &TrendsPage::onPointHovered);
    connect(dots, &QScatterSeries::clicked, this, [this](const QPointF &point) {
        if (!m_weekly) {
            emit dayActivated(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date());
        }
    });

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // setChart releases the old chart rather than deleting it
    m_pointLabel->setText(points.empty() ? tr("No check-ins in this range yet.") : QString());
}

void TrendsPage::onPointHovered(const QPointF &point, bool state)
{
    if (!state) {
        return;
    }
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
    const QString when = m_weekly ? tr("Week of %1").arg(QLocale().toString(day, QLocale::ShortFormat))
                                  : QLocale().toString(day, QLocale::LongFormat);
    QString text =
        QStringLiteral("%1: %2 %3")
            .arg(when, measureName(Metric(m_metric->currentData().toInt())), QLocale().toString(point.y(), 'g', 3));
    for (const TimelineDay &d : m_timeline) {
        if (d.date == day && !d.flags.isEmpty()) {
            QStringList names;
            for (const QString &id : d.flags) {
                names << flagName(id);
            }
            text += QStringLiteral(" · ") + tr("Ebb noticed: %1").arg(names.join(QStringLiteral("; ")));
        }
    }
    m_pointLabel->setText(text);
}

} // namespace ebb
