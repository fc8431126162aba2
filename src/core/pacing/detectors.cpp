// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detectors.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

// The combined CUSUM's measures, which move together when someone is sliding.
constexpr Metric kSlideMetrics[3] = {Metric::Energy, Metric::Mood, Metric::Stress};
// Each followed alone too; the first three share their flags with the combined CUSUM.
constexpr int kSlideMeasures = Detectors::kSlideMeasures;
constexpr Metric kMeasures[kSlideMeasures] = {Metric::Energy, Metric::Mood,       Metric::Stress,
                                              Metric::Load,   Metric::SleepHours, Metric::SleepQuality};
const char *const kMeasureIds[kSlideMeasures] = {"energy_slide", "mood_slide",  "stress_slide",
                                                 "load_slide",   "sleep_slide", "sleep_quality_slide"};

constexpr int kStressDays = 14;
constexpr int kSlideEvidenceDays = 14;
constexpr int kStressMinDays = 10;
constexpr int kWeek = 7;
constexpr int kSleepMinNights = 5;
constexpr int kPoorSleepQuality = 2;
constexpr int kPoorSleepNights = 4;
constexpr int kMinBoundaryAnswers = 4;
constexpr int kBoomBustDays = 28;
constexpr int kBustWithinDays = 3;

Flag makeFlag(const char *id, Severity severity)
{
    Flag f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    return f;
}

void resetCusum(Cusum &c)
{
    c = Cusum{0.0, -1, c.lastSeen, {}, {}};
}

/** One CUSUM step on deviation z (NaN when the day has none). */
void stepCusum(Cusum &c, float z, int t, int resetGap, double k)
{
    if (c.lastSeen >= 0 && t - c.lastSeen >= resetGap) {
        resetCusum(c); // after a long gap the old evidence no longer describes the person
    }
    if (!PacingHistory::has(z)) {
        return;
    }
    c.lastSeen = t;
    c.value = std::max(0.0, c.value + z - k);
    if (c.value <= 0.0) {
        resetCusum(c);
    } else if (c.start < 0) {
        c.start = t;
    }
}

/** Adds day t's per-metric deviations and values to a running CUSUM's evidence. */
void noteEvidence(Cusum &c, const PacingHistory &h, int t)
{
    if (c.start < 0) {
        return;
    }
    for (int i = 0; i < 3; ++i) {
        const float z = h.z(kSlideMetrics[i], t);
        if (PacingHistory::has(z)) {
            c.zSum[size_t(i)] += z;
            ++c.count[size_t(i)];
        }
    }
}

std::optional<Severity> level(double value, double watch, double warning)
{
    if (value >= warning) {
        return Severity::Warning;
    }
    if (value >= watch) {
        return Severity::Watch;
    }
    return std::nullopt;
}

/**
 * A CUSUM speaks from its watch level on and keeps speaking until it falls below `release` of
 * it: a run that hovers at the level is one episode to the person, not a flag that flickers.
 */
void updateSpeaking(Cusum &c, double watch, double release)
{
    c.speaking = c.value >= (c.speaking ? watch * release : watch);
}

std::optional<Severity> cusumLevel(const Cusum &c, double warning)
{
    if (c.value >= warning) {
        return Severity::Warning;
    }
    return c.speaking ? std::optional<Severity>(Severity::Watch) : std::nullopt;
}

std::optional<Severity> stronger(std::optional<Severity> a, std::optional<Severity> b)
{
    if (!a) {
        return b;
    }
    if (!b) {
        return a;
    }
    return std::max(*a, *b);
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

Detectors::Detectors(const PacingSettings &settings)
    : m_settings(settings)
    , m_earlyWarning(settings)
{}

std::vector<Flag> Detectors::run(const PacingHistory &history, const AnchorFinder &anchors, const RecentStats &recent)
{
    const int t = history.last();
    updateCusums(history, t);
    std::vector<Flag> flags;
    slides(history, t, flags);
    stressClimbing(history, t, flags);
    sleep(history, t, flags);
    boundarySlips(history, t, flags);
    envelope(history, t, flags);
    boomBust(history, t, flags);
    if (auto f = m_earlyWarning.update(anchors, recent)) {
        flags.push_back(std::move(*f));
    }
    return flags;
}

void Detectors::updateCusums(const PacingHistory &h, int t)
{
    for (int i = 0; i < kSlideMeasures; ++i) {
        // The log-likelihood-ratio CUSUM for a change of one usual spread: each step adds
        // δ·(z − δ/2), δ how far such a change moves the measure's reading alone. A measure that
        // shares much with the others stands out more alone, so its CUSUM climbs faster and needs
        // no lower threshold; one that shares nothing is read with PACING.md's k = 0.5.
        const float z = h.aloneZ(kMeasures[i], t);
        const double shift = kMeasures[i] == Metric::SleepHours ? 1.0 : h.aloneShift(kMeasures[i]);
        const double k = kMeasures[i] == Metric::SleepHours ? m_settings.sleepCusumK : shift * shift / 2.0;
        stepCusum(m_measureCusums[size_t(i)], PacingHistory::has(z) ? float(shift * z) : z, t,
                  m_settings.cusumResetGapDays, k);
        updateSpeaking(m_measureCusums[size_t(i)], measureWatch(i), m_settings.slideRelease);
    }
    stepCusum(m_combined, h.combinedZ(t), t, m_settings.cusumResetGapDays, m_settings.combinedK);
    noteEvidence(m_combined, h, t);
    updateSpeaking(m_combined, m_settings.combinedWatch, m_settings.slideRelease);
}

double Detectors::measureWatch(int measure) const
{
    // Hours of sleep have no shared movement to take out; load none that the benchmark showed.
    switch (kMeasures[measure]) {
    case Metric::SleepHours:
        return m_settings.sleepSlideWatch;
    case Metric::Load:
        return m_settings.loadSlideWatch;
    case Metric::SleepQuality:
        return m_settings.sleepQualitySlideWatch;
    default:
        return m_settings.slideWatch;
    }
}

void Detectors::slides(const PacingHistory &h, int t, std::vector<Flag> &out) const
{
    // The combined CUSUM speaks through the metric that moved most during its run.
    const auto combinedLevel = cusumLevel(m_combined, m_settings.combinedWarning);
    int lead = -1;
    double leadMean = -1e9;
    for (int i = 0; combinedLevel && i < 3; ++i) {
        const int n = m_combined.count[size_t(i)];
        const double mean = n > 0 ? m_combined.zSum[size_t(i)] / n : -1e9;
        if (mean > leadMean) {
            lead = i;
            leadMean = mean;
        }
    }
    for (int i = 0; i < kSlideMeasures; ++i) {
        const Cusum &own = m_measureCusums[size_t(i)];
        const auto ownLevel = cusumLevel(own, measureWatch(i) + m_settings.slideWarning - m_settings.slideWatch);
        const auto severity = stronger(ownLevel, lead == i ? combinedLevel : std::nullopt);
        if (!severity) {
            continue;
        }
        const Cusum &run = ownLevel ? own : m_combined;
        const Metric metric = kMeasures[i];
        // What the person can check against their own memory: of the recorded days in this
        // stretch (at most the last two weeks), how many were worse than the usual for that kind
        // of day — the same usual the flag reads — and what that usual was.
        int recorded = 0;
        int worse = 0;
        double sum = 0.0;
        double usual = 0.0;
        double spread = 0.0;
        for (int d = std::max(run.start, t - kSlideEvidenceDays + 1); d <= t; ++d) {
            const float z = h.dayZ(metric, d);
            if (PacingHistory::has(z)) {
                ++recorded;
                worse += z > 0 ? 1 : 0;
                sum += h.value(metric, d);
                usual += h.dayUsual(metric, d);
                spread += h.dayScale(metric, d);
            }
        }
        const Baseline &b = h.baseline(metric, t);
        const double middle = recorded > 0 ? usual / recorded : b.median;
        const double scale = recorded > 0 ? spread / recorded : b.scale;
        Flag f = makeFlag(kMeasureIds[i], *severity);
        f.evidence = {{QStringLiteral("cusum"), round2(own.value)},
                      {QStringLiteral("baseline_median"), round2(middle)},
                      {QStringLiteral("baseline_scale"), round2(scale)},
                      {QStringLiteral("days_worse"), double(worse)},
                      {QStringLiteral("days_recorded"), double(recorded)}};
        if (recorded > 0) {
            f.evidence.emplace_back(QStringLiteral("recent_mean"), round2(sum / recorded));
        }
        if (combinedLevel) {
            f.evidence.emplace_back(QStringLiteral("combined_cusum"), round2(m_combined.value));
        }
        out.push_back(std::move(f));
    }
}

void Detectors::stressClimbing(const PacingHistory &h, int t, std::vector<Flag> &out) const
{
    const Baseline &b = h.baseline(Metric::Stress, t);
    if (!b.ready) {
        return;
    }
    std::array<double, kStressDays> x{};
    std::array<double, kStressDays> y{};
    std::array<double, kWeek> lastWeek{};
    size_t n = 0;
    size_t recentCount = 0;
    for (int d = std::max(0, t - kStressDays + 1); d <= t; ++d) {
        const float v = h.value(Metric::Stress, d);
        if (PacingHistory::has(v)) {
            x[n] = d;
            y[n++] = v;
            if (d > t - kWeek) {
                lastWeek[recentCount++] = v;
            }
        }
    }
    if (int(n) < kStressMinDays) {
        return;
    }
    // The week's median first: it is cheap, and on most days it already says no.
    const auto recent = medianInPlace(std::span(lastWeek).first(recentCount));
    if (!recent || *recent <= b.median + m_settings.stressAboveBaseline * b.scale) {
        return;
    }
    const auto slope = theilSenSlope(std::span(x).first(n), std::span(y).first(n), m_scratch);
    if (slope && *slope >= m_settings.stressSlopeWatch) {
        Flag f = makeFlag("stress_climbing", Severity::Watch);
        f.evidence = {{QStringLiteral("slope_per_day"), round2(*slope)},
                      {QStringLiteral("recent_median"), round2(*recent)},
                      {QStringLiteral("baseline_median"), round2(b.median)}};
        out.push_back(std::move(f));
    }
}

void Detectors::sleep(const PacingHistory &h, int t, std::vector<Flag> &out) const
{
    int nights = 0;
    double debt = 0.0;
    int qualityNights = 0;
    int poorNights = 0;     // rated 1 or 2: what the person is told
    int personallyPoor = 0; // of those, poor for this person: what the flag needs
    for (int d = std::max(0, t - kWeek + 1); d <= t; ++d) {
        const float hours = h.value(Metric::SleepHours, d);
        if (PacingHistory::has(hours)) {
            ++nights;
            debt += std::max(0.0, m_settings.sleepNeedHours - hours);
        }
        // Poor for this person: someone whose nights are usually a 2 or 3 out of 5 has weeks of
        // 2s without anything changing, so a poor night also has to be well below their usual.
        const float quality = h.value(Metric::SleepQuality, d);
        const float qualityZ = h.dayZ(Metric::SleepQuality, d);
        if (PacingHistory::has(quality)) {
            ++qualityNights;
            if (quality <= kPoorSleepQuality) {
                ++poorNights;
                // A 1 is poor for anyone; a 2 only when it is well below the person's usual.
                personallyPoor +=
                    quality <= 1 || !PacingHistory::has(qualityZ) || qualityZ >= m_settings.poorSleepAboveUsualZ ? 1
                                                                                                                 : 0;
            }
        }
    }
    if (nights >= kSleepMinNights) {
        debt *= double(kWeek) / nights; // scaled to a full week
        if (const auto s = level(debt, m_settings.sleepDebtWatchHours, m_settings.sleepDebtWarningHours)) {
            Flag f = makeFlag("sleep_debt", *s);
            f.evidence = {{QStringLiteral("debt_hours"), round2(debt)},
                          {QStringLiteral("nights"), double(nights)},
                          {QStringLiteral("need_hours"), m_settings.sleepNeedHours}};
            out.push_back(std::move(f));
        }
    }
    if (personallyPoor >= kPoorSleepNights) {
        Flag f = makeFlag("poor_sleep", Severity::Watch);
        f.evidence = {{QStringLiteral("poor_nights"), double(poorNights)},
                      {QStringLiteral("nights"), double(qualityNights)}};
        out.push_back(std::move(f));
    }
}

void Detectors::boundarySlips(const PacingHistory &h, int t, std::vector<Flag> &out) const
{
    int held = 0;
    int slipped = 0;
    QHash<QString, int> slipsByName;
    for (int d = std::max(0, t - kWeek + 1); d <= t; ++d) {
        held += h.held(d);
        slipped += h.slipped(d);
        for (const QString &name : h.slippedNames(d)) {
            ++slipsByName[name];
        }
    }
    const int answers = held + slipped;
    const int baselineAnswers = h.baselineHeld(t) + h.baselineSlipped(t);
    if (answers < kMinBoundaryAnswers || baselineAnswers < kMinBoundaryAnswers) {
        return;
    }
    const double ratio = double(slipped) / answers;
    const double baselineRatio = double(h.baselineSlipped(t)) / baselineAnswers;
    if (ratio < m_settings.slipRatioWatch || ratio < baselineRatio + m_settings.slipRatioAboveBaseline) {
        return;
    }
    Flag f = makeFlag("boundary_slips", Severity::Watch);
    f.evidence = {{QStringLiteral("slip_ratio"), round2(ratio)},
                  {QStringLiteral("baseline_ratio"), round2(baselineRatio)},
                  {QStringLiteral("slipped"), double(slipped)},
                  {QStringLiteral("answers"), double(answers)}};
    QStringList names = slipsByName.keys();
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        return slipsByName[a] != slipsByName[b] ? slipsByName[a] > slipsByName[b] : a < b;
    });
    f.evidenceNames = names.mid(0, 3);
    out.push_back(std::move(f));
}

void Detectors::envelope(const PacingHistory &h, int t, std::vector<Flag> &out) const
{
    int recorded = 0;
    int over = 0;
    for (int d = std::max(0, t - kWeek + 1); d <= t; ++d) {
        const float load = h.value(Metric::Load, d);
        const float energy = h.value(Metric::Energy, d);
        if (PacingHistory::has(load) && PacingHistory::has(energy)) {
            ++recorded;
            over += load - energy >= m_settings.envelopeGap ? 1 : 0;
        }
    }
    if (const auto s = level(over, m_settings.envelopeWatchDays, m_settings.envelopeWarningDays)) {
        Flag f = makeFlag("envelope", *s);
        f.evidence = {{QStringLiteral("days_over"), double(over)}, {QStringLiteral("days_recorded"), double(recorded)}};
        out.push_back(std::move(f));
    }
}

void Detectors::boomBust(const PacingHistory &h, int t, std::vector<Flag> &out)
{
    // Mark day t once, with its own baseline, so later days never revise it. Against the usual
    // for the kind of day: a big Saturday is big for a Saturday.
    // A boom is a push: much asked of the day (or an unusually energetic busy day) while energy
    // was not low; its strength is how far out of the usual it was. A bust is energy well below.
    const float loadZ = h.dayZ(Metric::Load, t);
    const float energyZ = h.dayZ(Metric::Energy, t);
    float push = PacingHistory::kMissing;
    if (PacingHistory::has(loadZ) && !(PacingHistory::has(energyZ) && energyZ > m_settings.boomEnergyMaxZ)) {
        push = loadZ > 0 && PacingHistory::has(energyZ) ? std::max(loadZ, -energyZ) : loadZ;
    }
    m_boom.push_back(push);
    m_bust.push_back(energyZ);

    // An episode needs both, each clearly out of the usual and together well out of it: a pair of
    // ordinary ups and downs is not a boom and a bust. Its strength is how far out they were.
    const auto strength = [&](int b, int d) {
        const float boom = m_boom[size_t(b)];
        const float bust = m_bust[size_t(d)];
        const bool both = PacingHistory::has(boom) && PacingHistory::has(bust) && boom >= m_settings.boomZ &&
                          bust >= m_settings.bustZ;
        return both ? double(boom) + bust : 0.0;
    };
    // Two clear episodes, or three that are each a little less clear: a pattern that keeps coming
    // back is evidence in itself.
    QStringList clear;
    QStringList all;
    for (int b = std::max(0, t - kBoomBustDays + 1); b < t; ++b) {
        if (!PacingHistory::has(m_boom[size_t(b)]) || m_boom[size_t(b)] < m_settings.boomZ) {
            continue;
        }
        // The clearest crash within the next days is the bust of this boom.
        double best = 0.0;
        int bust = -1;
        for (int d = b + 1; d <= std::min(t, b + kBustWithinDays); ++d) {
            if (const double score = strength(b, d); score > best) {
                best = score;
                bust = d;
            }
        }
        if (best >= m_settings.boomBustRepeatedSumZ) {
            all << h.date(b).toString(Qt::ISODate);
            if (best >= m_settings.boomBustSumZ) {
                clear << h.date(b).toString(Qt::ISODate);
            }
            b = bust; // an episode ends with its bust; the next boom comes after it
        }
    }
    // Three or more episodes count whole; otherwise only the clear ones do. More evidence never
    // lowers the level.
    const bool repeated = all.size() >= m_settings.boomBustWarningEpisodes;
    const QStringList &dates = repeated ? all : clear;
    const auto s = level(dates.size(), m_settings.boomBustWatchEpisodes, m_settings.boomBustWarningEpisodes);
    if (s) {
        Flag f = makeFlag("boom_bust", *s);
        f.evidence = {{QStringLiteral("episodes"), double(dates.size())}};
        f.evidenceDates = dates;
        out.push_back(std::move(f));
    }
}

} // namespace ebb
