// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchor.h"

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

constexpr int kWeek = 7;
constexpr int kStretchWeeks = 6;      // a steadier stretch is six weeks long…
constexpr int kMinRecorded = 28;      // …with at least this many recorded days
constexpr int kRecentDays = 28;       // the last four weeks, which a stretch must end before
constexpr int kYear = 364;            // a steadier stretch starts within the past year
constexpr int kFirstWeeksSearch = 13; // the first weeks: the first six with enough days, within a quarter
constexpr int kMinAutocorrelationPairs = 10;

/** The day's wellbeing: the mean of energy, mood and calm (10 − stress) that were recorded, or NaN. */
float wellbeing(const PacingHistory &h, int t)
{
    double sum = 0.0;
    int n = 0;
    for (const Metric m : {Metric::Energy, Metric::Mood, Metric::Stress}) {
        const float v = h.value(m, t);
        if (PacingHistory::has(v)) {
            sum += m == Metric::Stress ? 10.0 - v : v;
            ++n;
        }
    }
    return n > 0 ? float(sum / n) : PacingHistory::kMissing;
}

/** Running sums of one kind of day (weekday or weekend) against its position in the stretch. */
struct KindSums
{
    double n = 0, x = 0, v = 0, xx = 0, xv = 0, vv = 0;

    void add(double pos, double value)
    {
        n += 1, x += pos, v += value, xx += pos * pos, xv += pos * value, vv += value * value;
    }
    double meanX() const { return x / n; }
    double meanV() const { return v / n; }
};

} // namespace

StretchStats stretchStats(const PacingHistory &h, Metric metric, int from, int to, bool withAutocorrelation)
{
    StretchStats s;
    from = std::max(from, 0);
    to = std::min(to, h.last());
    std::array<KindSums, 2> kinds{};
    for (int d = from; d <= to; ++d) {
        const float v = h.value(metric, d);
        if (PacingHistory::has(v)) {
            kinds[h.date(d).dayOfWeek() >= 6 ? 1 : 0].add(d - from, v);
        }
    }
    const double n = kinds[0].n + kinds[1].n;
    s.recorded = int(n);
    if (n < 2) {
        s.mean = n > 0 ? (kinds[0].v + kinds[1].v) / n : 0.0;
        return s;
    }
    const double sum = kinds[0].v + kinds[1].v;
    const double sumSq = kinds[0].vv + kinds[1].vv;
    s.mean = sum / n;
    s.sd = std::sqrt(std::max(0.0, (sumSq - n * s.mean * s.mean) / (n - 1)));
    // Each kind of day about its own mean, and one drift shared by both (least squares).
    double ssV = 0, ssX = 0, ssXV = 0;
    int groups = 0;
    for (const KindSums &k : kinds) {
        if (k.n > 0) {
            ssV += k.vv - k.v * k.v / k.n;
            ssX += k.xx - k.x * k.x / k.n;
            ssXV += k.xv - k.x * k.v / k.n;
            ++groups;
        }
    }
    const double drift = ssX > 0 ? ssXV / ssX : 0.0;
    const double ssResidual = std::max(0.0, ssV - drift * ssXV);
    s.residualVariance = ssResidual / std::max(1.0, n - groups - 1);
    if (!withAutocorrelation || ssResidual <= 1e-9) {
        return s;
    }
    const auto residual = [&](int d) {
        const KindSums &k = kinds[h.date(d).dayOfWeek() >= 6 ? 1 : 0];
        return h.value(metric, d) - k.meanV() - drift * (d - from - k.meanX());
    };
    double lagged = 0.0;
    int pairs = 0;
    for (int d = from; d < to; ++d) {
        if (PacingHistory::has(h.value(metric, d)) && PacingHistory::has(h.value(metric, d + 1))) {
            lagged += residual(d) * residual(d + 1);
            ++pairs;
        }
    }
    if (pairs >= kMinAutocorrelationPairs) {
        s.autocorrelation = (lagged / pairs) / (ssResidual / n);
        s.hasAutocorrelation = true;
    }
    return s;
}

bool Stretch::ready(Metric m) const
{
    return valid() && metrics[size_t(m)].recorded >= kMinRecorded;
}

AnchorFinder::AnchorFinder(const PacingSettings &settings)
    : m_settings(settings)
{}

void AnchorFinder::update(const PacingHistory &h)
{
    const int t = h.last();
    if (const float w = wellbeing(h, t); PacingHistory::has(w)) {
        ++m_current.days;
        m_current.sum += w;
    }
    if ((t + 1) % kWeek != 0) {
        return; // stretches are looked for once a week, when a week of days is complete
    }
    m_blocks.push_back(m_current);
    m_current = Block{};
    const int blocks = int(m_blocks.size());
    if (!m_first.valid() && blocks >= kStretchWeeks && blocks <= kFirstWeeksSearch) {
        int days = 0;
        for (int b = blocks - kStretchWeeks; b < blocks; ++b) {
            days += m_blocks[size_t(b)].days;
        }
        if (days >= kMinRecorded) {
            fill(m_first, h, (blocks - kStretchWeeks) * kWeek, t, false);
        }
    }
    if (!useNamed(h, t)) {
        findSteadier(h, t);
    }
}

bool AnchorFinder::useNamed(const PacingHistory &h, int t)
{
    if (!m_settings.anchorFrom.isValid() || !m_settings.anchorTo.isValid()) {
        return false;
    }
    const int from = int(h.date(0).daysTo(m_settings.anchorFrom));
    const int to = int(h.date(0).daysTo(m_settings.anchorTo));
    if (to > t - kRecentDays || to < 0 || to - std::max(from, 0) + 1 < kMinRecorded) {
        return false; // not over yet, or before the journal: Ebb finds a stretch itself meanwhile
    }
    if (!m_steadier.named) {
        fill(m_steadier, h, std::max(from, 0), to, true);
    }
    return true;
}

void AnchorFinder::findSteadier(const PacingHistory &h, int t)
{
    // Candidates: six whole weeks (blocks) ending before the last four weeks, starting within a year.
    int best = -1;
    double bestScore = 0.0;
    const int lastBlock = (t - kRecentDays + 1) / kWeek - 1; // the newest block ending at or before t - 28
    for (int end = lastBlock; end >= kStretchWeeks - 1; --end) {
        const int start = end - kStretchWeeks + 1;
        if (start * kWeek < t - kYear) {
            break;
        }
        int days = 0;
        double sum = 0.0;
        for (int b = start; b <= end; ++b) {
            days += m_blocks[size_t(b)].days;
            sum += m_blocks[size_t(b)].sum;
        }
        if (days >= kMinRecorded && (best < 0 || sum / days > bestScore)) {
            best = start;
            bestScore = sum / days;
        }
    }
    if (best < 0) {
        m_steadier = Stretch{};
    } else if (m_steadier.from != best * kWeek || m_steadier.named) {
        fill(m_steadier, h, best * kWeek, (best + kStretchWeeks) * kWeek - 1, false);
    }
}

void AnchorFinder::fill(Stretch &s, const PacingHistory &h, int from, int to, bool named) const
{
    s.from = from;
    s.to = to;
    s.named = named;
    for (int m = 0; m < kMetricCount; ++m) {
        const bool shared = Metric(m) == Metric::Energy || Metric(m) == Metric::Mood || Metric(m) == Metric::Stress;
        s.metrics[size_t(m)] = stretchStats(h, Metric(m), from, to, shared);
    }
}

} // namespace ebb
