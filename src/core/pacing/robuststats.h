// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace ebb {

/**
 * Counts of small non-negative integers (a 0–10 score, sleep in quarter hours), so a sliding
 * window's median and MAD cost O(range) per day instead of a sort.
 */
class IntHistogram
{
public:
    explicit IntHistogram(int maxValue);

    void add(int value) { ++m_counts[size_t(value)], ++m_total; }
    void remove(int value) { --m_counts[size_t(value)], --m_total; }
    int count() const { return m_total; }
    /** The median; the mean of the two middle values when the count is even. Needs count() > 0. */
    double median() const;
    /** The median absolute deviation from `centre`. Needs count() > 0. */
    double medianAbsoluteDeviation(double centre) const;

    /**
     * The quartiles of the counted values, each integer value taken as spread evenly over
     * [v - 0.5, v + 0.5] (the median of grouped data): unlike median(), they move smoothly as
     * answers shift, so 6, 6, 6, 7 and 6, 7, 7, 7 have different middles. A quartile that falls
     * exactly between two answers given lies halfway between them. Needs count() > 0.
     */
    struct Quartiles
    {
        double lower = 0.0;
        double middle = 0.0;
        double upper = 0.0;
    };
    Quartiles groupedQuartiles() const;

private:
    /** The k-th smallest value (0-based). */
    int kth(int k) const;

    std::vector<int> m_counts;
    int m_total = 0;
};

/** The median of `values`, which it reorders; nullopt when empty. */
std::optional<double> medianInPlace(std::span<double> values);
/** The median of `values`; nullopt when empty. */
std::optional<double> median(std::vector<double> values);

/**
 * Theil–Sen slope: the median of the slopes between every pair of points with different x.
 * `slopes` is scratch space for the pairwise slopes, reused, so a caller in a loop allocates once.
 */
std::optional<double> theilSenSlope(std::span<const double> x, std::span<const double> y, std::vector<double> &slopes);

/**
 * Kendall's τ-b of `y` against time (its index), ties in `y` handled; nullopt with fewer than
 * 3 points or when all values are equal.
 */
std::optional<double> kendallTauTrend(std::span<const double> y);

} // namespace ebb
