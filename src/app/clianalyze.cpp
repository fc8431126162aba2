// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli analyze: what the pacing engine noticed, as of a day or for every day.
#include "clicommon.h"
#include "io/interchangereader.h"
#include "pacing/flagtext.h"
#include "pacing/pacingengine.h"
#include "pacing/pacingsummary.h"
#include "pacing/reportformat.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace ebb::cli {
namespace {

/** What the analysis reads: the days, and from a journal its settings and the episodes dismissed. */
struct PacingInput
{
    std::vector<PacingDay> days;
    PacingSettings settings;
    QSet<DismissedFlag> dismissed;
};

/** The pacing input: from --csv FILE (interchange format) or the journal. */
Result<PacingInput> loadPacingInput(const QCommandLineParser &parser)
{
    const QString csvPath = parser.value(QStringLiteral("csv"));
    if (!csvPath.isEmpty()) {
        QFile file(csvPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(csvPath), file.errorString()), 0,
                         file.errorString()};
        }
        auto rows = readInterchangeCsv(QString::fromUtf8(file.readAll()), QDate::currentDate());
        if (!rows) {
            return Error{QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(csvPath), rows.errorString()), 0,
                         rows.error().detail};
        }
        return PacingInput{pacingDays(*rows), {}, {}};
    }
    auto journal = openForReading(parser);
    if (!journal) {
        return journal.error();
    }
    auto days = (*journal)->pacingDays();
    if (!days) {
        return days.error();
    }
    // As the app shows it: what the person dismissed stays out (shownReport).
    auto dismissed = (*journal)->dismissedFlags();
    if (!dismissed) {
        return dismissed.error();
    }
    return PacingInput{std::move(*days), (*journal)->pacingSettings(), std::move(*dismissed)};
}

} // namespace

int runAnalyze(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Read check-ins from an interchange CSV file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"), tr("Analyse as of this day (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     tr("Print the report for every day of the data, each using only "
                                        "data up to that day."));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({csv, today, history, format});
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Shows what the pacing engine noticed in the journal, in plain words, with the "
                         "days behind each finding."),
                      exitCode)) {
        return exitCode;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json")) {
        return usage(tr("unknown format '%1' (text or json)").arg(outputFormat));
    }
    if (parser.isSet(csv) && parser.isSet(QStringLiteral("database"))) {
        return usage(tr("give either --database or --csv, not both"));
    }
    QDate asOf = QDate::currentDate();
    if (!readDate(parser, QStringLiteral("today"), asOf)) {
        return usage(tr("--today takes a date as YYYY-MM-DD"));
    }
    auto input = loadPacingInput(parser);
    if (!input) {
        return fail(input.errorString());
    }
    const std::vector<PacingDay> *days = &input->days;
    const PacingSettings &settings = input->settings;
    const bool json = outputFormat == QLatin1String("json");
    const auto print = [&](const PacingReport &analysed) {
        const PacingReport report = shownReport(analysed, input->dismissed);
        if (json) {
            out() << reportToJsonLine(report) << '\n';
        } else {
            // As many check-ins as the person had made by that day, for "still learning".
            const auto upTo = std::upper_bound(days->begin(), days->end(), report.asOf,
                                               [](QDate d, const PacingDay &day) { return d < day.date; });
            out() << summaryToText(summarizePacing(report, int(upTo - days->begin())), report.asOf);
        }
    };
    if (parser.isSet(history)) {
        analyzePacingHistory(*days, settings, parser.isSet(today) ? asOf : QDate(), print);
    } else {
        print(analyzePacing(*days, settings, asOf));
    }
    if (!json) {
        out() << Qt::endl << notMedicalNotice() << Qt::endl;
    }
    out().flush();
    return kOk;
}

} // namespace ebb::cli
