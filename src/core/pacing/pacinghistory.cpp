// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacinghistory.h"

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

// The baseline window is [t-63, t-8]: eight weeks, leaving out the latest week so that a slide
// does not pull its own baseline down.
constexpr int kWindowNewest = 8;

struct MetricSpec
{
    const char *key;
    int histogramMax;     ///< In histogram units.
    double unitsPerValue; ///< Histogram units per natural unit (quarter hours for sleep).
    double scaleFloor;    ///< In natural units.
    double worseSign;     ///< +1 when a higher value is worse (stress, load), else -1.
};

constexpr MetricSpec kSpecs[kMetricCount] = {
    {"energy", 10, 1.0, 0.75, -1.0}, {"mood", 10, 1.0, 0.75, -1.0},       {"stress", 10, 1.0, 0.75, +1.0},
    {"load", 10, 1.0, 0.75, +1.0},   {"sleep_hours", 96, 4.0, 0.5, -1.0}, {"sleep_quality", 5, 1.0, 0.5, -1.0},
};

// MAD × 1.4826 estimates the standard deviation of normal data.
constexpr double kMadToSd = 1.4826;
// So does the interquartile range / 1.349.
constexpr double kIqrToSd = 1.349;
// A weekday/weekend difference is estimated only with this many days of each in the window.
constexpr int kMinDaysOfAKind = 6;
// The variance of a median is about π/2 times that of a mean.
constexpr double kMedianVarianceFactor = 1.571;

bool isWeekend(QDate d)
{
    return d.dayOfWeek() >= 6;
}

double squared(double v)
{
    return v * v;
}

IntHistogram histogramFor(int metric)
{
    return IntHistogram(kSpecs[metric].histogramMax);
}

/** A day's value in histogram units (quarter hours for sleep), as the baselines count it. */
std::optional<int> rawValue(const PacingDay &day, int metric)
{
    const auto value = metricValue(day, Metric(metric));
    if (!value) {
        return std::nullopt;
    }
    // Floor, as integer division did: 450 min is exactly 30 quarter hours, 438 min is 29.
    return int(std::floor(*value * kSpecs[metric].unitsPerValue));
}

} // namespace

std::optional<double> metricValue(const PacingDay &day, Metric metric)
{
    switch (metric) {
    case Metric::Energy:
        return day.energy;
    case Metric::Mood:
        return day.mood;
    case Metric::Stress:
        return day.stress;
    case Metric::Load:
        return day.load;
    case Metric::SleepHours:
        return day.sleepMinutes ? std::optional<double>(*day.sleepMinutes / 60.0) : std::nullopt;
    case Metric::SleepQuality:
        break;
    }
    return day.sleepQuality;
}

QString metricKey(Metric metric)
{
    return QString::fromLatin1(kSpecs[int(metric)].key);
}

Metric metricOf(const QString &key)
{
    for (int m = 0; m < kMetricCount; ++m) {
        if (key == QLatin1String(kSpecs[m].key)) {
            return Metric(m);
        }
    }
    return Metric::Energy;
}

double worseSign(Metric metric)
{
    return kSpecs[int(metric)].worseSign;
}

double scaleFloor(Metric metric)
{
    return kSpecs[int(metric)].scaleFloor;
}

PacingHistory::PacingHistory(const PacingSettings &settings, QDate start)
    : m_settings(settings)
    , m_start(start)
    , m_windows{histogramFor(0), histogramFor(1), histogramFor(2), histogramFor(3), histogramFor(4), histogramFor(5)}
    , m_weekdayWindows(m_windows)
    , m_weekendWindows(m_windows)
{}

void PacingHistory::addToBaseline(int t, int sign)
{
    if (t < 0) {
        return;
    }
    for (int m = 0; m < kMetricCount; ++m) {
        const int raw = m_raw[size_t(m)][size_t(t)];
        if (raw >= 0) {
            IntHistogram &kind = isWeekend(date(t)) ? m_weekendWindows[size_t(m)] : m_weekdayWindows[size_t(m)];
            sign > 0 ? m_windows[size_t(m)].add(raw) : m_windows[size_t(m)].remove(raw);
            sign > 0 ? kind.add(raw) : kind.remove(raw);
        }
    }
    m_windowHeld += sign * m_held[size_t(t)];
    m_windowSlipped += sign * m_slipped[size_t(t)];
    for (int m = 0; m < 3; ++m) {
        const float z = m_dayZ[size_t(m)][size_t(t)];
        const float o = othersDayZ(m, t);
        if (has(z) && has(o)) {
            SharedSums &sums = m_shared[size_t(m)];
            sums.zo += sign * double(z) * o;
            sums.oo += sign * double(o) * o;
            sums.zz += sign * double(z) * z;
            sums.n += sign;
        }
    }
}

float PacingHistory::othersDayZ(int metric, int t) const
{
    double sum = 0.0;
    int n = 0;
    for (int other = 0; other < 3; ++other) {
        const float z = m_dayZ[size_t(other)][size_t(t)];
        if (other != metric && has(z)) {
            sum += z;
            ++n;
        }
    }
    return n > 0 ? float(sum / n) : kMissing;
}

float PacingHistory::aloneDeviation(int metric, int t)
{
    const float z = m_dayZ[size_t(metric)][size_t(t)];
    const float o = metric < 3 ? othersDayZ(metric, t) : kMissing;
    if (!has(z) || !has(o) || m_shared[size_t(metric)].n < m_settings.baselineMinDays) {
        return z;
    }
    const SharedSums &sums = m_shared[size_t(metric)];
    // Least squares through the origin (deviations are centred on the usual), kept within
    // [0, 1]: sharing, never more than all of it.
    const double beta = sums.oo > 0 ? std::clamp(sums.zo / sums.oo, 0.0, 1.0) : 0.0;
    const double variance = (sums.zz - 2.0 * beta * sums.zo + beta * beta * sums.oo) / sums.n;
    constexpr double kMinSpread = 0.35; // in SDs: answers that always move together are not certainty
    const double spread = std::max(std::sqrt(std::max(variance, 0.0)), kMinSpread);
    // A change of one usual spread (z moves by 1) moves the residual by 1 / spread of its own spread.
    m_aloneShift[size_t(metric)] = float(std::clamp(1.0 / spread, 1.0, 2.0));
    return float((z - beta * o) / spread);
}

void PacingHistory::append(const PacingDay *day)
{
    const int t = size();
    for (int m = 0; m < kMetricCount; ++m) {
        const MetricSpec &spec = kSpecs[m];
        // Out-of-range values never reach here from the journal; from a CSV they are clamped
        // so the histogram stays in bounds (the CSV reader already refused them).
        std::optional<int> raw = day != nullptr ? rawValue(*day, m) : std::nullopt;
        if (raw) {
            raw = std::clamp(*raw, 0, spec.histogramMax);
        }
        m_raw[size_t(m)].push_back(raw.value_or(-1));
        m_values[size_t(m)].push_back(raw ? float(*raw / spec.unitsPerValue) : kMissing);
    }
    m_held.push_back(day != nullptr ? day->held.value_or(0) : 0);
    m_slipped.push_back(day != nullptr ? day->slipped.value_or(0) : 0);
    m_slippedNames.push_back(day != nullptr ? day->slippedNames : QStringList());

    addToBaseline(t - kWindowNewest, +1);
    addToBaseline(t - m_settings.baselineOldestDay - 1, -1);
    m_baselineHeld.push_back(m_windowHeld);
    m_baselineSlipped.push_back(m_windowSlipped);

    double worseSum = 0.0;
    int worseCount = 0;
    for (int m = 0; m < kMetricCount; ++m) {
        const MetricSpec &spec = kSpecs[m];
        const IntHistogram &window = m_windows[size_t(m)];
        Baseline b;
        if (window.count() >= m_settings.baselineMinDays) {
            const double centre = window.median();
            b.ready = true;
            b.median = centre / spec.unitsPerValue;
            b.scale = std::max(kMadToSd * window.medianAbsoluteDeviation(centre) / spec.unitsPerValue, spec.scaleFloor);
        }
        m_baselines[size_t(m)].push_back(b);
        const float v = m_values[size_t(m)].back();
        float z = kMissing;
        if (b.ready && has(v)) {
            z = float(spec.worseSign * (v - b.median) / b.scale);
        }
        m_z[size_t(m)].push_back(z);
        const auto [usual, scale] = b.ready ? dayUsualOf(m, t) : std::pair(kMissing, kMissing);
        const float dayZ = b.ready && has(v) ? float(spec.worseSign * (v - usual) / scale) : kMissing;
        m_dayZ[size_t(m)].push_back(dayZ);
        m_dayUsual[size_t(m)].push_back(usual);
        m_dayScale[size_t(m)].push_back(scale);
        if (has(dayZ) && (Metric(m) == Metric::Energy || Metric(m) == Metric::Mood || Metric(m) == Metric::Stress)) {
            worseSum += dayZ;
            ++worseCount;
        }
    }
    m_combined.push_back(worseCount > 0 ? float(worseSum / worseCount) : kMissing);
    for (int m = 0; m < kMetricCount; ++m) {
        m_aloneZ[size_t(m)].push_back(aloneDeviation(m, t));
    }
}

std::pair<float, float> PacingHistory::dayUsualOf(int metric, int t) const
{
    const MetricSpec &spec = kSpecs[metric];
    const IntHistogram &all = m_windows[size_t(metric)];
    const IntHistogram &weekdays = m_weekdayWindows[size_t(metric)];
    const IntHistogram &weekends = m_weekendWindows[size_t(metric)];
    const auto q = all.groupedQuartiles();
    double centre = q.middle;
    double variance = squared((q.upper - q.lower) / kIqrToSd);
    if (weekdays.count() >= kMinDaysOfAKind && weekends.count() >= kMinDaysOfAKind) {
        // A weekly rhythm (a lighter weekend, say) is the person's usual too. Its estimate from
        // a few weekends is noisy, so it is shrunk towards none by how uncertain it is (the
        // positive-part James–Stein rule): a clear rhythm is kept whole, a faint one dropped.
        const auto qd = weekdays.groupedQuartiles();
        const auto qe = weekends.groupedQuartiles();
        const double pooled = (weekdays.count() * squared((qd.upper - qd.lower) / kIqrToSd) +
                               weekends.count() * squared((qe.upper - qe.lower) / kIqrToSd)) /
                              all.count();
        const double difference = squared(qe.middle - qd.middle);
        const double uncertainty = kMedianVarianceFactor * pooled * (1.0 / weekdays.count() + 1.0 / weekends.count());
        if (difference > uncertainty) {
            const double keep = 1.0 - uncertainty / difference;
            centre += keep * ((isWeekend(date(t)) ? qe.middle : qd.middle) - centre);
            variance += keep * (pooled - variance);
        }
    }
    // Half the baseline's floor: the spread of grouped data is not stuck at whole answers as the
    // MAD is, so a person whose sleep varies by a quarter hour is measured by that.
    const double scale = std::max(std::sqrt(variance) / spec.unitsPerValue, spec.scaleFloor / 2);
    return {float(centre / spec.unitsPerValue), float(scale)};
}

} // namespace ebb
