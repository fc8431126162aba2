// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingday.h"
#include "pacing/pacingsettings.h"
#include "pacing/robuststats.h"

#include <QDate>
#include <QString>

#include <array>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace ebb {

/** The measures the engine follows, each with its own personal baseline. */
enum class Metric { Energy, Mood, Stress, Load, SleepHours, SleepQuality };
constexpr int kMetricCount = 6;

/** A day's value of `metric` in natural units (hours for sleep); nullopt when not recorded. */
std::optional<double> metricValue(const PacingDay &day, Metric metric);

/** The metric's key in reports ("energy", "sleep_hours", …). */
QString metricKey(Metric metric);
/** The metric of a report key ("stress"); energy for an unknown key. */
Metric metricOf(const QString &key);
/** +1 when a higher value is worse (stress, load), else -1. */
double worseSign(Metric metric);
/** The smallest spread a usual is given, in natural units (a usual never reads as certainty). */
double scaleFloor(Metric metric);

/** The personal baseline of one metric on one day (PACING.md: median and scaled MAD). */
struct Baseline
{
    bool ready = false;
    double median = 0.0;
    double scale = 0.0;
};

/**
 * Every day from the first one analysed, densely, with each day's baseline and worse-direction
 * deviation z (positive = worse than usual). Days are appended in order and never revised, so
 * what is known about a day uses only data up to it.
 */
class PacingHistory
{
public:
    static constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();

    PacingHistory(const PacingSettings &settings, QDate start);

    /** Appends the next day (its date must follow the last one), with data or nullptr. */
    void append(const PacingDay *day);

    int size() const { return int(m_held.size()); }
    int last() const { return size() - 1; }
    QDate date(int t) const { return m_start.addDays(t); }

    /** The value in the metric's natural unit (hours for sleep), or NaN. */
    float value(Metric m, int t) const { return m_values[size_t(m)][size_t(t)]; }
    float z(Metric m, int t) const { return m_z[size_t(m)][size_t(t)]; }
    const Baseline &baseline(Metric m, int t) const { return m_baselines[size_t(m)][size_t(t)]; }
    /**
     * The worse-direction deviation from the person's usual for this kind of day (weekday or
     * weekend, where their answers differ clearly between the two), in their usual spread: the
     * middle and spread of grouped data, so it moves smoothly however the answers are rounded.
     * NaN without a value or a baseline. The single-measure detectors read it.
     */
    float dayZ(Metric m, int t) const { return m_dayZ[size_t(m)][size_t(t)]; }
    /** The usual for this kind of day that dayZ reads (natural units), and its spread; NaN without a baseline. */
    float dayUsual(Metric m, int t) const { return m_dayUsual[size_t(m)][size_t(t)]; }
    float dayScale(Metric m, int t) const { return m_dayScale[size_t(m)][size_t(t)]; }
    /**
     * For energy, mood and stress: the part of dayZ that the other two do not share, in its own
     * usual spread (the residual of a regression on their mean over the baseline window). Energy,
     * mood and stress rise and fall together from day to day; what one does alone stands out far
     * better once that shared movement is taken out. Other measures: dayZ.
     */
    float aloneZ(Metric m, int t) const { return m_aloneZ[size_t(m)][size_t(t)]; }
    /**
     * How far a change of one usual spread in this measure alone moves aloneZ, as of the newest
     * day: 1 for a measure that shares nothing, more the more the others' shared movement was taken
     * out (at most 2). The single-measure detectors are tuned to it.
     */
    float aloneShift(Metric m) const { return m_aloneShift[size_t(m)]; }
    /** Mean of the available worse-direction deviations of energy, mood and stress, or NaN. */
    float combinedZ(int t) const { return m_combined[size_t(t)]; }
    int held(int t) const { return m_held[size_t(t)]; }
    int slipped(int t) const { return m_slipped[size_t(t)]; }
    const QStringList &slippedNames(int t) const { return m_slippedNames[size_t(t)]; }
    /** Held and slipped answers over the baseline window of day t. */
    int baselineHeld(int t) const { return m_baselineHeld[size_t(t)]; }
    int baselineSlipped(int t) const { return m_baselineSlipped[size_t(t)]; }

    static bool has(float v) { return !std::isnan(v); }

private:
    void addToBaseline(int t, int sign);
    /** The usual for day t's kind of day: centre and spread, in natural units. */
    std::pair<float, float> dayUsualOf(int metric, int t) const;
    /** The mean of the other two's dayZ among energy, mood and stress (`metric` < 3), or NaN. */
    float othersDayZ(int metric, int t) const;
    float aloneDeviation(int metric, int t);

    const PacingSettings &m_settings;
    QDate m_start;
    std::array<std::vector<float>, kMetricCount> m_values;
    std::array<std::vector<int>, kMetricCount> m_raw; ///< Histogram units; -1 when missing.
    std::array<std::vector<float>, kMetricCount> m_z;
    std::array<std::vector<Baseline>, kMetricCount> m_baselines;
    std::array<IntHistogram, kMetricCount> m_windows;
    std::array<IntHistogram, kMetricCount> m_weekdayWindows; ///< The same window's Monday to Friday.
    std::array<IntHistogram, kMetricCount> m_weekendWindows; ///< And its Saturdays and Sundays.
    std::array<std::vector<float>, kMetricCount> m_dayZ;
    std::array<std::vector<float>, kMetricCount> m_dayUsual;
    std::array<std::vector<float>, kMetricCount> m_dayScale;
    std::array<std::vector<float>, kMetricCount> m_aloneZ;
    std::array<float, kMetricCount> m_aloneShift{1, 1, 1, 1, 1, 1};
    /// Over the baseline window, for energy, mood and stress: sums of z·o, o·o, z·z and their count,
    /// z its dayZ and o the others' (see aloneZ).
    struct SharedSums
    {
        double zo = 0.0;
        double oo = 0.0;
        double zz = 0.0;
        int n = 0;
    };
    std::array<SharedSums, 3> m_shared{};
    std::vector<float> m_combined;
    std::vector<int> m_held;
    std::vector<int> m_slipped;
    std::vector<QStringList> m_slippedNames;
    std::vector<int> m_baselineHeld;
    std::vector<int> m_baselineSlipped;
    int m_windowHeld = 0;
    int m_windowSlipped = 0;
};

} // namespace ebb
