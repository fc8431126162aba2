// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of the report's first page, from ReportData built by hand.
#include "summary/reportsummary.h"

#include <catch2/catch.hpp>

using namespace ebb;

namespace {

ReportData period(int recorded = 20)
{
    ReportData d;
    d.daysRecorded = recorded;
    d.daysInRange = 28;
    d.daysExpected = 28;
    d.daysRecordedExpected = recorded;
    return d;
}

void set(ReportData &d, Metric m, std::optional<double> mean, std::optional<double> before, std::optional<double> usual)
{
    MetricWeek &w = d.metrics[size_t(m)];
    w.mean = mean;
    w.previousMean = before;
    w.usual = usual;
}

} // namespace

TEST_CASE("what changed: each measure against the days before, the small changes 'about the same'", "[report]")
{
    ReportData d = period();
    set(d, Metric::Energy, 4.2, 5.6, 6.0);
    set(d, Metric::Stress, 6.1, 3.9, std::nullopt);
    set(d, Metric::Mood, 6.0, 6.2, 6.0);
    set(d, Metric::SleepHours, 7.0, 7.4, 7.5);            // 0.4 h: about the same
    set(d, Metric::SleepQuality, 3.0, std::nullopt, 4.0); // nothing before: not compared at all
    const QString text = changeSummary(d);
    INFO(text.toStdString());
    CHECK(text.startsWith(QStringLiteral("Compared with the 28 days before, energy went down (5.6 to 4.2; usual "
                                         "6.0) and stress went up (3.9 to 6.1).")));
    CHECK(text.contains(QStringLiteral("About the same: mood and hours of sleep.")));
    CHECK_FALSE(text.contains(QStringLiteral("sleep quality")));
}

TEST_CASE("what changed: nothing moved by much, said once", "[report]")
{
    ReportData d = period();
    set(d, Metric::Energy, 5.8, 5.6, 6.0);
    set(d, Metric::Mood, 6.0, 6.2, 6.0);
    CHECK(changeSummary(d) == QStringLiteral("Compared with the 28 days before, nothing changed by much."));
}

TEST_CASE("what changed: without enough days before, against the person's usual", "[report]")
{
    ReportData d = period();
    set(d, Metric::Energy, 4.0, std::nullopt, 6.0);
    set(d, Metric::Mood, 6.1, std::nullopt, 6.0);
    set(d, Metric::Stress, 5.0, std::nullopt, std::nullopt); // no usual either: left out
    QString text = changeSummary(d);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("against the person's usual, energy was below the usual (4.0; usual 6.0).")));
    CHECK(text.contains(QStringLiteral("About the same: mood.")));
    CHECK_FALSE(text.contains(QStringLiteral("stress")));

    set(d, Metric::Energy, 6.2, std::nullopt, 6.0);
    CHECK(changeSummary(d).contains(QStringLiteral("nothing stood out")));
    ReportData none = period();
    set(none, Metric::Energy, 4.0, std::nullopt, std::nullopt);
    CHECK(changeSummary(none).contains(QStringLiteral("no usual yet")));
    CHECK(changeSummary(period(0)).contains(QStringLiteral("No check-ins in this period")));
}

TEST_CASE("missed days are counted in words, one and none too", "[report]")
{
    ReportData d = period(26);
    CHECK(daysRecordedLine(d) == QStringLiteral("26 of 28 days have a check-in; 2 days were not recorded."));
    d.daysRecordedExpected = 27;
    CHECK(daysRecordedLine(d) == QStringLiteral("27 of 28 days have a check-in; 1 day was not recorded."));
    d.daysRecordedExpected = 28;
    CHECK(daysRecordedLine(d) == QStringLiteral("28 of 28 days have a check-in: every day was recorded."));
}

TEST_CASE("a topic is one line, cut with an ellipsis only when long", "[report]")
{
    ReportNote n;
    n.text = QStringLiteral("Work\nand sleep");
    CHECK(topicText(n) == QStringLiteral("Work and sleep"));
    n.text = QString(QStringLiteral("word ")).repeated(100);
    const QString cut = topicText(n);
    CHECK(cut.size() <= 301);
    CHECK(cut.endsWith(QStringLiteral("word…")));
}
