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
constexpr int kWindowOldest = 63;

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

PacingHistory::PacingHistory(const PacingSettings &settings, QDate start)
    : m_settings(settings)
    , m_start(start)
    , m_windows{IntHistogram(kSpecs[0].histogramMax), IntHistogram(kSpecs[1].histogramMax),
                IntHistogram(kSpecs[2].histogramMax), IntHistogram(kSpecs[3].histogramMax),
                IntHistogram(kSpecs[4].histogramMax), IntHistogram(kSpecs[5].histogramMax)}
{}

void PacingHistory::addToBaseline(int t, int sign)
{
    if (t < 0) {
        return;
    }
    for (int m = 0; m < kMetricCount; ++m) {
        const int raw = m_raw[size_t(m)][size_t(t)];
        if (raw >= 0) {
            sign > 0 ? m_windows[size_t(m)].add(raw) : m_windows[size_t(m)].remove(raw);
        }
    }
    m_windowHeld += sign * m_held[size_t(t)];
    m_windowSlipped += sign * m_slipped[size_t(t)];
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
    addToBaseline(t - kWindowOldest - 1, -1);
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
        if (has(z) && (Metric(m) == Metric::Energy || Metric(m) == Metric::Mood || Metric(m) == Metric::Stress)) {
            worseSum += z;
            ++worseCount;
        }
    }
    m_combined.push_back(worseCount > 0 ? float(worseSum / worseCount) : kMissing);
}

} // namespace ebb
