// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownreport.h"

#include "markdowntext.h"
#include "pacing/humannames.h"
#include "summary/reportsummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

/** "**text** " before a paragraph; nothing when the text is empty (a lone "****" would be a rule). */
QString boldLead(const QString &text)
{
    const QString escaped = markdownText(text.simplified());
    return escaped.isEmpty() ? QString() : QStringLiteral("**%1** ").arg(escaped);
}

} // namespace

QString reportToMarkdown(const ReportData &d)
{
    const ReportOptions &o = d.options;
    // Everything the person typed goes through markdownText(), so a viewer shows it as text (issue 19).
    const QString name = markdownText(o.name.simplified());
    QString md = tr("# Ebb report%1\n\n").arg(name.isEmpty() ? QString() : QStringLiteral(" — ") + name);
    md += tr("%1 to %2 · %3 days with a check-in\n\n").arg(reportDay(o.from), reportDay(o.to)).arg(d.daysRecorded);
    md += QStringLiteral("*%1*\n\n").arg(reportDisclaimer());

    // Page 1 of the PDF, in its order: the session's question, what changed, the self-check, what
    // drained and what restored, the topics to bring up, the key numbers.
    if (const QString question = o.question.trimmed(); !question.isEmpty()) {
        md += tr("## For this session\n\n");
        // One quote block; markdownText keeps the question's line breaks as hard breaks.
        md += QStringLiteral("> %1\n\n").arg(markdownText(question).replace(QLatin1Char('\n'), QStringLiteral("\n> ")));
    }
    if (o.has(ReportSection::Overview)) {
        md += tr("## What changed\n\n");
        md += QStringLiteral("%1 %2\n\n").arg(changeSummary(d), daysRecordedLine(d)); // no text of the person's
    }
    if (o.has(ReportSection::SelfCheck)) {
        md += tr("## Burnout self-check\n\n");
        for (const QString &line : selfCheckLines(d)) {
            md += line + QStringLiteral("\n\n");
        }
    }
    if (o.has(ReportSection::Overview)) {
        md += tr("## What drained and what restored\n\n");
        const QStringList lines = tagLines(d, true, &markdownText) + tagLines(d, false, &markdownText);
        if (lines.isEmpty()) {
            md += tr("No tag came clearly more often before low-energy or good days.\n\n");
        }
        for (const QString &line : lines) {
            md += QStringLiteral("- %1\n").arg(line);
        }
        md += QStringLiteral("\n*%1*\n\n").arg(tagCountsCaveat());
    }
    if (!d.topics.empty()) {
        md += tr("## To bring up\n\n");
        for (const ReportNote &n : d.topics) {
            md += QStringLiteral("- %1%2\n").arg(boldLead(reportDay(n.day)), markdownText(topicText(n)));
        }
        md += QLatin1Char('\n');
    }
    if (o.has(ReportSection::Overview)) {
        md += tr("## Key numbers\n\n| measure | average | the days before | person's usual | range |\n"
                 "|---|---|---|---|---|\n");
        for (int m = 0; m < kMetricCount; ++m) {
            const MetricWeek &w = d.metrics[size_t(m)];
            const auto n = [](std::optional<double> v) {
                return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–"); // "6,4" in German
            };
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(measureWithScale(Metric(m)), n(w.mean), n(w.previousMean), n(w.usual),
                           w.min ? QStringLiteral("%1–%2").arg(n(w.min), n(w.max)) : QStringLiteral("–"));
        }
        md += QLatin1Char('\n');
    }
    if (o.has(ReportSection::Flags)) {
        md += tr("## Pacing patterns noticed\n\n");
        md += patternLevelsExplained() + QStringLiteral("\n\n");
        if (d.episodes.empty()) {
            md += tr("None in this period.\n\n");
        }
        for (const FlagEpisode &e : d.episodes) {
            md += QStringLiteral("- %1\n").arg(episodeLine(e));
        }
        md += QLatin1Char('\n');
    }
    if (o.has(ReportSection::Boundaries)) {
        md += tr("## Boundaries\n\n");
        if (d.boundaries.empty()) {
            md += tr("No boundary answers in this period.\n\n");
        }
        for (const BoundaryWeek &b : d.boundaries) {
            // One arg() for all: a boundary written "%2" stays as written.
            md += tr("- %1: held %2 times, slipped %3 times\n")
                      .arg(markdownText(b.text.simplified()), QString::number(b.held), QString::number(b.slipped));
        }
        md += QLatin1Char('\n');
    }
    if (o.has(ReportSection::Reflections)) {
        md += tr("## Weekly reflections\n\n");
        if (d.reviews.empty()) {
            md += tr("No weekly reflections in this period.\n\n");
        }
        for (const WeeklyReview &r : d.reviews) {
            md += tr("### Week of %1\n\n").arg(reportDay(mondayOfWeek(r.week).value_or(QDate())));
            for (const ReviewAnswer &a : r.answers) {
                if (!a.answer.trimmed().isEmpty()) {
                    md += QStringLiteral("%1%2\n\n").arg(boldLead(a.prompt), markdownText(a.answer.trimmed()));
                }
            }
        }
    }
    if (o.has(ReportSection::Notes)) {
        md += tr("## Notes the person chose to share\n\n");
        if (d.notes.empty()) {
            md += tr("None.\n\n");
        }
        for (const ReportNote &n : d.notes) {
            md += QStringLiteral("%1%2\n\n").arg(boldLead(reportDay(n.day)), markdownText(n.text.trimmed()));
        }
    }
    return md;
}

} // namespace ebb
