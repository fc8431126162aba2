// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli review: a week's summary and the reflection saved for it.
#include "clicommon.h"
#include "review/reviewformat.h"
#include "settings/clock.h"

#include <QJsonDocument>

namespace ebb::cli {

int runReview(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption week(QStringLiteral("week"),
                                  tr("The ISO week, e.g. 2026-W48 (default: this "
                                     "week)."),
                                  QStringLiteral("YYYY-Www"));
    const QCommandLineOption format(QStringLiteral("format"), tr("Output format: md or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    parser.addOptions({week, format});
    int exitCode = kOk;
    if (!parseCommand(parser, args, tr("Prints a week's summary and the reflection saved for it."), exitCode)) {
        return exitCode;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("md") && outputFormat != QLatin1String("json")) {
        return usage(tr("unknown format '%1' (md or json)").arg(outputFormat));
    }
    const QDate today = SystemClock().today();
    const QString weekKey = parser.isSet(week) ? parser.value(week) : isoWeekKey(today);
    const auto monday = mondayOfWeek(weekKey);
    if (!monday) {
        return usage(tr("--week takes an ISO week such as 2026-W48 ('%1' is not one)").arg(weekKey));
    }
    auto journal = openForReading(parser);
    if (!journal) {
        return fail(journal.errorString());
    }
    // Reviews arrived with schema 3; reading never migrates, so an older journal is explained, not misread.
    if (auto version = (*journal)->schemaVersion(); !version || *version < 3) {
        return fail(tr("This journal was last opened by an older Ebb and has no reviews yet. Open it "
                       "once in Ebb to update it; nothing was changed."));
    }
    auto checkIns = (*journal)->checkIns({}, monday->addDays(6));
    auto boundaries = (*journal)->boundaries();
    auto tags = (*journal)->tags();
    auto review = (*journal)->review(weekKey);
    for (const Error *e : {checkIns ? nullptr : &checkIns.error(), boundaries ? nullptr : &boundaries.error(),
                           tags ? nullptr : &tags.error(), review ? nullptr : &review.error()}) {
        if (e != nullptr) {
            return fail(e->message);
        }
    }
    auto dismissed = (*journal)->dismissedFlags();
    if (!dismissed) {
        return fail(dismissed.errorString());
    }
    const WeekSummary summary =
        summarizeWeek(*checkIns, *boundaries, *tags, *monday, today, (*journal)->pacingSettings(), *dismissed);
    if (outputFormat == QLatin1String("json")) {
        out() << QJsonDocument(weekToJson(summary, *review)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << weekToMarkdown(summary, *review);
    }
    out().flush();
    return kOk;
}

} // namespace ebb::cli
