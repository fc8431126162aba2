// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "earlywarning.h"

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

constexpr int kMinRecentDays = 18; // of the last 28: swings need most of the days
// A steadier stretch's swings are never read as less than half a point: answers that hardly
// moved are not a yardstick (whole answers alone vary by about 0.3).
constexpr double kMinVariance = 0.25;
constexpr int kMinMeasures = 2;

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

EarlyWarning::EarlyWarning(const PacingSettings &settings)
    : m_settings(settings)
{}

std::optional<Flag> EarlyWarning::update(const AnchorFinder &anchors, const RecentStats &recent)
{
    const Stretch &steadier = anchors.steadier();
    double recentVariance = 0.0;
    double steadierVariance = 0.0;
    double acRise = 0.0;
    int measures = 0;
    int withAc = 0;
    for (const Metric m : {Metric::Energy, Metric::Mood, Metric::Stress}) {
        const StretchStats &r = recent[size_t(m)];
        if (!steadier.ready(m) || r.recorded < kMinRecentDays) {
            continue;
        }
        const StretchStats &a = steadier.metrics[size_t(m)];
        recentVariance += r.residualVariance;
        steadierVariance += std::max(a.residualVariance, kMinVariance);
        ++measures;
        if (r.hasAutocorrelation && a.hasAutocorrelation) {
            acRise += r.autocorrelation - a.autocorrelation;
            ++withAc;
        }
    }
    if (measures < kMinMeasures) {
        m_run = 0;
        m_speaking = false;
        return std::nullopt;
    }
    const double ratio = std::sqrt(recentVariance / steadierVariance);
    const double rise = withAc > 0 ? acRise / withAc : 0.0;
    const bool signs = (ratio >= m_settings.earlyWarningRatio && rise >= m_settings.earlyWarningAcRise) ||
                       ratio >= m_settings.earlyWarningRatioAlone;
    // Once it spoke, it speaks while the swings stay at least half as far above the stretch's.
    const bool holds = m_speaking && ratio >= 1.0 + (m_settings.earlyWarningRatio - 1.0) / 2.0;
    m_run = signs ? m_run + 1 : 0;
    m_speaking = m_run >= m_settings.earlyWarningDays || holds;
    if (!m_speaking) {
        return std::nullopt;
    }
    Flag f;
    f.id = QStringLiteral("early_warning");
    f.severity = Severity::Watch;
    f.evidence = {{QStringLiteral("variability_ratio"), round2(ratio)},
                  {QStringLiteral("autocorrelation_change"), round2(rise)}};
    return f;
}

} // namespace ebb
