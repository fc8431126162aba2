// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "robuststats.h"

#include <algorithm>
#include <cmath>

namespace ebb {

IntHistogram::IntHistogram(int maxValue)
    : m_counts(size_t(maxValue) + 1, 0)
{}

int IntHistogram::kth(int k) const
{
    int seen = 0;
    for (size_t v = 0; v < m_counts.size(); ++v) {
        seen += m_counts[v];
        if (seen > k) {
            return int(v);
        }
    }
    return int(m_counts.size()) - 1;
}

double IntHistogram::median() const
{
    return (kth((m_total - 1) / 2) + kth(m_total / 2)) / 2.0;
}

double IntHistogram::medianAbsoluteDeviation(double centre) const
{
    // Walk outwards from the centre, nearest values first, so deviations come out in order.
    const int lowK = (m_total - 1) / 2;
    const int highK = m_total / 2;
    int left = int(std::floor(centre));
    int right = left + 1;
    int seen = 0;
    double low = 0.0;
    for (;;) {
        const bool leftOk = left >= 0;
        const bool rightOk = right < int(m_counts.size());
        if (!leftOk && !rightOk) {
            return low;
        }
        const bool takeLeft = leftOk && (!rightOk || centre - left <= right - centre);
        const int value = takeLeft ? left : right;
        const int n = m_counts[size_t(value)];
        const double deviation = std::abs(value - centre);
        if (seen <= lowK && lowK < seen + n) {
            low = deviation;
        }
        if (seen <= highK && highK < seen + n) {
            return (low + deviation) / 2.0;
        }
        seen += n;
        takeLeft ? --left : ++right;
    }
}

IntHistogram::Quartiles IntHistogram::groupedQuartiles() const
{
    const double targets[3] = {m_total * 0.25, m_total * 0.5, m_total * 0.75};
    double found[3] = {};
    int next = 0;
    int below = 0;
    for (size_t v = 0; v < m_counts.size() && next < 3; ++v) {
        const int n = m_counts[v];
        while (next < 3 && n > 0 && below + n >= targets[next]) {
            if (below + n == targets[next]) {
                // Exactly between two answers: halfway to the next one given, so answers in
                // whole hours kept in quarter hours (7, 7.5, 8) have their middle in the gap.
                size_t after = v + 1;
                while (after < m_counts.size() && m_counts[after] == 0) {
                    ++after;
                }
                found[next] = after < m_counts.size() ? (double(v) + double(after)) / 2.0 : double(v) + 0.5;
            } else {
                found[next] = double(v) - 0.5 + (targets[next] - below) / n;
            }
            ++next;
        }
        below += n;
    }
    return {found[0], found[1], found[2]};
}

std::optional<double> median(std::vector<double> values)
{
    return medianInPlace(values);
}

std::optional<double> medianInPlace(std::span<double> values)
{
    if (values.empty()) {
        return std::nullopt;
    }
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) {
        return upper;
    }
    const double lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(mid));
    return (lower + upper) / 2.0;
}

std::optional<double> theilSenSlope(std::span<const double> x, std::span<const double> y, std::vector<double> &slopes)
{
    slopes.clear();
    for (size_t i = 0; i < x.size(); ++i) {
        for (size_t j = i + 1; j < x.size(); ++j) {
            if (x[j] != x[i]) {
                slopes.push_back((y[j] - y[i]) / (x[j] - x[i]));
            }
        }
    }
    return medianInPlace(slopes);
}

std::optional<double> kendallTauTrend(std::span<const double> y)
{
    const size_t n = y.size();
    if (n < 3) {
        return std::nullopt;
    }
    // Plain pair counting: for the short series used here (about 60 points) this tight loop,
    // which the compiler vectorises, beats an O(n log n) merge sort.
    long concordant = 0;
    long discordant = 0;
    for (size_t i = 0; i + 1 < n; ++i) {
        const double yi = y[i];
        for (size_t j = i + 1; j < n; ++j) {
            concordant += y[j] > yi ? 1 : 0;
            discordant += y[j] < yi ? 1 : 0;
        }
    }
    const long pairs = long(n) * long(n - 1) / 2;
    const long untied = concordant + discordant; // time has no ties, so only y's ties count
    if (untied == 0) {
        return std::nullopt;
    }
    return double(concordant - discordant) / std::sqrt(double(pairs) * double(untied));
}

} // namespace ebb
