// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a person is shown of the pacing engine: one headline, related flags as one concern, plain
// words with their own numbers, and no internal name anywhere a person reads, in English or German.
#include "clirun.h"
#include "pacing/flagtext.h"
#include "pacing/humannames.h"
#include "pacing/pacingengine.h"
#include "pacing/pacingsummary.h"
#include "review/reviewformat.h"
#include "review/weeksummary.h"
#include "summary/reportdata.h"
#include "syntheticdiary.h"
#include "testsupport.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::TempDir;

namespace {

const QDate kToday(2026, 3, 18);

Flag flag(const char *id, Severity severity, std::vector<std::pair<QString, double>> evidence = {})
{
    Flag f;
    f.id = QString::fromLatin1(id);
    f.severity = severity;
    f.since = kToday.addDays(-5);
    f.evidence = std::move(evidence);
    describeFlag(f);
    return f;
}

PacingReport reportOf(std::vector<Flag> flags)
{
    PacingReport r;
    r.asOf = kToday;
    r.flags = std::move(flags);
    r.status = statusOf(r.flags);
    return r;
}

std::vector<std::pair<QString, double>> slideEvidence(double median, double scale, int worse, int recorded, double mean)
{
    return {{QStringLiteral("cusum"), 9.3},
            {QStringLiteral("baseline_median"), median},
            {QStringLiteral("baseline_scale"), scale},
            {QStringLiteral("days_worse"), worse},
            {QStringLiteral("days_recorded"), recorded},
            {QStringLiteral("recent_mean"), mean}};
}

/** Every internal name that must never reach a person. */
const QStringList kInternalNames = {
    QStringLiteral("energy_slide"),    QStringLiteral("mood_slide"),    QStringLiteral("stress_slide"),
    QStringLiteral("stress_climbing"), QStringLiteral("sleep_debt"),    QStringLiteral("poor_sleep"),
    QStringLiteral("boundary_slips"),  QStringLiteral("envelope"),      QStringLiteral("boom_bust"),
    QStringLiteral("boom bust"),       QStringLiteral("early_warning"), QStringLiteral("sleep_hours"),
    QStringLiteral("sleep_quality"),   QStringLiteral("load_slide"),    QStringLiteral("sleep_slide"),
    QStringLiteral("cusum"),           QStringLiteral("baseline"),      QStringLiteral("median"),
    QStringLiteral("slope"),           QStringLiteral("tau"),
};

QStringList internalNamesIn(const QString &text)
{
    QStringList found;
    for (const QString &name : kInternalNames) {
        if (text.contains(name, Qt::CaseInsensitive)) {
            found << name;
        }
    }
    return found;
}

/** English words that a German text must not fall back to. */
QStringList englishIn(const QString &text)
{
    QStringList found;
    for (const char *word : {"Energy", "Mood", "Stress above", "Sleep", "strongly", "noticed", "Your ", "usual",
                             "Boundaries", "Hours of"}) {
        if (text.contains(QLatin1String(word))) {
            found << QString::fromLatin1(word);
        }
    }
    return found;
}

/** A journal file whose last two weeks slide in every measure. */
QString strainedJournal(const TempDir &tmp)
{
    FixedClock clock;
    clock.set(QDateTime(kToday, QTime(20, 0), Qt::UTC));
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    requireOk(ebb::test::saveDiary(*journal, ebb::test::strainedDiary(kToday)));
    return path;
}

/** Checks a list of findings is empty, and prints the findings when it is not. */
void checkNone(const QStringList &found)
{
    INFO("found: " << found.join(QStringLiteral(", ")).toStdString());
    CHECK(found.isEmpty());
}

} // namespace

TEST_CASE("load or sleep moving alone is told in its own words and units, sleep with the other sleep flags",
          "[pacing][summary]")
{
    const PacingReport report = reportOf({
        flag("load_slide", Severity::Watch, slideEvidence(5, 1, 6, 8, 6.6)),
        flag("sleep_slide", Severity::Watch, slideEvidence(7.25, 0.5, 5, 6, 6.4)),
        flag("poor_sleep", Severity::Watch),
    });
    const PacingSummary s = summarizePacing(report, 60);
    REQUIRE(s.concerns.size() == 2); // sleep's two flags are one concern
    const auto concern = [&](const char *key) {
        const auto it = std::find_if(s.concerns.begin(), s.concerns.end(),
                                     [&](const Concern &c) { return c.key == QLatin1String(key); });
        REQUIRE(it != s.concerns.end());
        return *it;
    };
    const Concern load = concern("load_slide");
    CHECK(load.title == QStringLiteral("Days asking more than usual"));
    CHECK(load.explanation.front().contains(QStringLiteral("Load: usually about 5 (most days 4 to 6)")));
    CHECK(load.explanation.front().contains(QStringLiteral("it was higher")));
    REQUIRE(load.chartMetric.has_value());
    CHECK(*load.chartMetric == Metric::Load);

    const Concern sleep = concern("sleep");
    CHECK(sleep.title == QStringLiteral("Less sleep than usual"));
    // Hours, in half hours: not whole points on a 0–10 scale.
    CHECK(sleep.explanation.front().contains(QStringLiteral("most days 7 to 8")));
    CHECK(sleep.explanation.front().contains(QStringLiteral("it was lower")));
    REQUIRE(sleep.chartMetric.has_value());
    CHECK(*sleep.chartMetric == Metric::SleepHours);
    for (const Concern &c : s.concerns) {
        checkNone(internalNamesIn(c.title + c.message + c.suggestion + c.explanation.join(QLatin1Char(' '))));
    }
}

TEST_CASE("related flags are told as one concern, warnings first, each with one suggestion", "[pacing][summary]")
{
    const PacingReport report = reportOf({
        flag("boundary_slips", Severity::Watch),
        flag("stress_slide", Severity::Watch, slideEvidence(4, 1, 8, 10, 6.9)),
        flag("stress_climbing", Severity::Watch),
        flag("sleep_debt", Severity::Warning),
        flag("poor_sleep", Severity::Watch),
        flag("envelope", Severity::Watch),
    });
    const PacingSummary s = summarizePacing(report, 60);
    REQUIRE(s.concerns.size() == 4);                     // stress ×2 → 1, sleep ×2 → 1
    CHECK(s.concerns[0].key == QStringLiteral("sleep")); // the only warning comes first
    CHECK(s.concerns[0].severity == Severity::Warning);
    CHECK(s.concerns[0].episodes.size() == 2);
    CHECK(s.concerns[1].key == QStringLiteral("envelope")); // then what matters most for pacing
    CHECK(s.concerns[2].key == QStringLiteral("stress"));
    CHECK(s.concerns[2].episodes.size() == 2);
    CHECK(s.concerns[3].key == QStringLiteral("boundary_slips"));
    for (const Concern &c : s.concerns) {
        CHECK_FALSE(c.suggestion.isEmpty());
        CHECK_FALSE(c.suggestion.contains(QLatin1Char('\n')));
    }
    CHECK(s.title == QStringLiteral("Time to take care"));
}

TEST_CASE("energy, mood and stress sliding together are one concern", "[pacing][summary]")
{
    const PacingSummary s = summarizePacing(reportOf({
                                                flag("mood_slide", Severity::Watch, slideEvidence(6, 1, 7, 9, 4.8)),
                                                flag("energy_slide", Severity::Watch, slideEvidence(6, 1, 9, 10, 4.4)),
                                                flag("stress_slide", Severity::Watch, slideEvidence(4, 1, 6, 10, 5.9)),
                                            }),
                                            40);
    REQUIRE(s.concerns.size() == 1);
    const Concern &c = s.concerns.front();
    CHECK(c.key == QStringLiteral("together"));
    CHECK(c.episodes.size() == 3);
    CHECK(c.message.contains(QStringLiteral("energy and mood")));
    CHECK(c.chartMetric == Metric::Energy); // energy first: what pacing watches most, with its usual band
    CHECK(s.title == QStringLiteral("Time to take care")); // three flags at once, as PACING.md's status says
}

TEST_CASE("the explanation says what was seen in the person's own numbers, with no statistic's name",
          "[pacing][summary]")
{
    const PacingSummary s =
        summarizePacing(reportOf({flag("energy_slide", Severity::Watch, slideEvidence(6, 1.1, 10, 12, 4.4))}), 60);
    REQUIRE(s.concerns.size() == 1);
    const Concern &c = s.concerns.front();
    const QString why = c.explanation.join(QLatin1Char(' '));
    CHECK(why.contains(QStringLiteral("Energy: usually about 6 (most days 5 to 7). On 10 of your last 12 check-ins "
                                      "it was lower.")));
    CHECK(why.contains(QStringLiteral("Those days averaged 4.4.")));
    CHECK(internalNamesIn(why).isEmpty());
    CHECK_FALSE(why.contains(QStringLiteral("spread")));
    REQUIRE(c.usualLow);
    REQUIRE(c.usualHigh);
    CHECK(*c.usualLow == 5.0);
    CHECK(*c.usualHigh == 7.0);
}

TEST_CASE("a new journal says Ebb is still learning, with how many check-ins so far", "[pacing][summary]")
{
    PacingReport report = reportOf({});
    for (int m = 0; m < kMetricCount; ++m) {
        report.learning << metricKey(Metric(m));
    }
    const PacingSummary s = summarizePacing(report, 3);
    CHECK(s.learning);
    CHECK(s.title != QStringLiteral("Steady"));
    CHECK(s.headline.contains(QStringLiteral("3 of about 14 check-ins")));
    CHECK(summarizePacing(reportOf({}), 40).title == QStringLiteral("Steady"));
}

TEST_CASE("an unknown flag id still reads as words, never as the id", "[pacing][summary]")
{
    CHECK(flagName(QStringLiteral("some_new_flag")) != QStringLiteral("some_new_flag"));
    CHECK_FALSE(flagName(QStringLiteral("some_new_flag")).contains(QLatin1Char('_')));
    for (int m = 0; m < kMetricCount; ++m) {
        CHECK_FALSE(measureName(Metric(m)).contains(QLatin1Char('_')));
    }
}

TEST_CASE("seven flags at once from a strained diary are at most a handful of concerns", "[pacing][summary]")
{
    const auto days = ebb::test::strainedDiary(kToday);
    const PacingReport report = analyzePacing(days, PacingSettings(), kToday);
    REQUIRE(report.flags.size() >= 7);
    const PacingSummary s = summarizePacing(report, int(days.size()));
    CHECK(s.concerns.size() < report.flags.size());
    CHECK(s.concerns.front().key == QStringLiteral("together"));
    for (const Concern &c : s.concerns) {
        INFO(c.key.toStdString());
        CHECK(internalNamesIn(c.title + c.message + c.suggestion + c.explanation.join(QLatin1Char(' '))).isEmpty());
    }
}

TEST_CASE("no internal name reaches analyze text, the Markdown report or the weekly review, in English",
          "[pacing][summary][cli]")
{
    TempDir tmp;
    const QString path = strainedJournal(tmp);
    const QStringList english = {QStringLiteral("LANGUAGE=en"), QStringLiteral("LANG=C.UTF-8")};
    const Run analyze = runCli({QStringLiteral("analyze"), QStringLiteral("--database"), path,
                                QStringLiteral("--today"), kToday.toString(Qt::ISODate)},
                               english);
    REQUIRE(analyze.exitCode == 0);
    CHECK(analyze.out.contains(QStringLiteral("Time to take care")));
    CHECK(analyze.out.contains(QStringLiteral("more things Ebb noticed")));
    checkNone(internalNamesIn(analyze.out));
    const Run md = runCli({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                           QStringLiteral("md"), QStringLiteral("--from"), kToday.addDays(-27).toString(Qt::ISODate),
                           QStringLiteral("--to"), kToday.toString(Qt::ISODate)},
                          english);
    REQUIRE(md.exitCode == 0);
    CHECK(md.out.contains(QStringLiteral("Energy below the usual")));
    checkNone(internalNamesIn(md.out));
    const Run review = runCli({QStringLiteral("review"), QStringLiteral("--database"), path, QStringLiteral("--week"),
                               QStringLiteral("2026-W12")},
                              english);
    REQUIRE(review.exitCode == 0);
    CHECK(review.out.contains(QStringLiteral("Hours of sleep")));
    checkNone(internalNamesIn(review.out));
}

TEST_CASE("ebb-cli follows the system language: analyze, the Markdown report and the review in German",
          "[pacing][summary][cli][i18n]")
{
    TempDir tmp;
    const QString path = strainedJournal(tmp);
    const QStringList german = {QStringLiteral("LANGUAGE=de"), QStringLiteral("LANG=de_DE.UTF-8")};
    const Run analyze = runCli({QStringLiteral("analyze"), QStringLiteral("--database"), path,
                                QStringLiteral("--today"), kToday.toString(Qt::ISODate)},
                               german);
    REQUIRE(analyze.exitCode == 0);
    checkNone(internalNamesIn(analyze.out));
    checkNone(englishIn(analyze.out));
    const Run md = runCli({QStringLiteral("export"), QStringLiteral("--database"), path, QStringLiteral("--format"),
                           QStringLiteral("md"), QStringLiteral("--from"), kToday.addDays(-27).toString(Qt::ISODate),
                           QStringLiteral("--to"), kToday.toString(Qt::ISODate)},
                          german);
    REQUIRE(md.exitCode == 0);
    CHECK(md.out.contains(QStringLiteral("## Wichtige Zahlen")));
    // German numbers: a decimal comma in the table, as in the sentences beside it.
    CHECK(md.out.contains(QRegularExpression(QStringLiteral("\\| \\d+,\\d \\|"))));
    CHECK_FALSE(md.out.contains(QRegularExpression(QStringLiteral("\\| \\d+\\.\\d \\|"))));
    checkNone(internalNamesIn(md.out));
    checkNone(englishIn(md.out));
    const Run review = runCli({QStringLiteral("review"), QStringLiteral("--database"), path, QStringLiteral("--week"),
                               QStringLiteral("2026-W12")},
                              german);
    REQUIRE(review.exitCode == 0);
    CHECK(review.out.contains(QStringLiteral("Tage mit Eintrag")));
    CHECK(review.out.contains(QStringLiteral("## Dein Rückblick")));
    checkNone(internalNamesIn(review.out));
    checkNone(englishIn(review.out));
}

TEST_CASE("short dates follow the person's language, German full stops included", "[pacing][words]")
{
    const QLocale before;
    const QDate day(2026, 11, 10);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(shortDay(day) == QStringLiteral("10 Nov 2026"));
    CHECK(shortDay(day, false) == QStringLiteral("10 Nov"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    CHECK(shortDay(day) == QStringLiteral("10. Nov. 2026"));
    CHECK(shortDay(day, false) == QStringLiteral("10. Nov."));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(shortDay(day) == QStringLiteral("Nov 10, 2026"));
    // A long format with words in it is not cut into pieces: the locale's short date instead.
    for (const QLocale::Language language : {QLocale::Spanish, QLocale::Japanese}) {
        QLocale::setDefault(QLocale(language));
        const QString shown = shortDay(day, false);
        INFO(shown.toStdString());
        CHECK_FALSE(shown.trimmed().endsWith(QStringLiteral("de")));
        CHECK_FALSE(shown.contains(QLatin1Char('\'')));
        CHECK(shown.contains(QStringLiteral("10")));
    }
    QLocale::setDefault(before);
}
