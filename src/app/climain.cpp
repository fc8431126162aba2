// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli: headless commands over a journal. Exit codes (DESIGN.md): 0 ok, 1 failure with a
// one-line reason on stderr, 2 bad usage.
#include "io/atomicfile.h"
#include "io/interchangecsv.h"
#include "io/interchangereader.h"
#include "pacing/flagtext.h"
#include "pacing/pacingengine.h"
#include "pacing/reportformat.h"
#include "review/reviewformat.h"
#include "settings/journalpath.h"
#include "storage/boundaryrepository.h"
#include "storage/checkinrepository.h"
#include "storage/integrity.h"
#include "storage/journalfile.h"
#include "storage/pacinginput.h"
#include "storage/reviewrepository.h"
#include "storage/tagrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

namespace {

using namespace ebb;

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "ebb-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return kFailure;
}

int usage(const QString &message)
{
    err() << "ebb-cli: " << message << Qt::endl << "Try 'ebb-cli --help'." << Qt::endl;
    return kUsage;
}

const QString kGeneralHelp =
    QStringLiteral("Usage: ebb-cli COMMAND [OPTIONS]\n"
                   "Headless commands for Ebb, a calm journal for burnout recovery.\n"
                   "\n"
                   "Commands:\n"
                   "  analyze  Show the pacing flags as of a day, or for every day (--history).\n"
                   "  check    Check a journal's integrity and schema version (writes nothing).\n"
                   "  export   Export check-ins in the interchange CSV format.\n"
                   "  review   Print a week's summary and saved reflection (--week YYYY-Www).\n"
                   "\n"
                   "Every command takes --database PATH (default: $EBB_DATABASE, else the app's journal).\n"
                   "'ebb-cli COMMAND --help' describes one command.\n"
                   "Exit codes: 0 ok, 1 failure (reason on stderr), 2 bad usage.\n");

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), QStringLiteral("The journal file."), QStringLiteral("PATH")};
}

/** Parses a command's own arguments; returns false (after printing) on bad usage or --help. */
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description, int &exitCode)
{
    parser.setApplicationDescription(description);
    parser.addOption(databaseOption());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        exitCode = kOk;
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        exitCode = usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
        return false;
    }
    return true;
}

Result<Database> openForReading(const QCommandLineParser &parser)
{
    JournalOpenOptions options;
    options.create = false;
    options.readOnly = true;
    return openJournalFile(resolveJournalPath(parser.value(QStringLiteral("database"))), options);
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = kOk;
    if (!parseCommand(parser, args, QStringLiteral("Checks a journal's integrity and schema version."), exitCode)) {
        return exitCode;
    }
    auto db = openForReading(parser);
    if (!db) {
        return fail(db.errorString());
    }
    auto report = checkIntegrity(*db);
    if (!report) {
        return fail(report.errorString());
    }
    out() << "Journal: " << QDir::toNativeSeparators(db->path()) << Qt::endl
          << "Schema version: " << report->schemaVersion << " (this Ebb writes " << report->latestSchemaVersion << ")"
          << Qt::endl
          << "Check-ins: " << report->checkInCount;
    if (report->checkInCount > 0) {
        out() << " (" << report->firstDay.toString(Qt::ISODate) << " to " << report->lastDay.toString(Qt::ISODate)
              << ")";
    }
    out() << Qt::endl
          << "Integrity: " << (report->healthy() ? QStringLiteral("ok") : QStringLiteral("PROBLEMS")) << Qt::endl;
    for (const QString &problem : report->problems) {
        out() << "  " << problem << Qt::endl;
    }
    if (!report->healthy()) {
        return fail(QStringLiteral("the journal has %1 integrity problem(s); it was not changed. Restore a backup "
                                   "or keep a copy of the file before trying anything else.")
                        .arg(report->problems.size()));
    }
    return kOk;
}

/** An optional ISO date option: true when absent or valid. */
bool readDate(const QCommandLineParser &parser, const QString &name, QDate &date)
{
    if (!parser.isSet(name)) {
        return true;
    }
    date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid();
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: csv."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file ('-' or absent: stdout)."),
                                     QStringLiteral("FILE"));
    parser.addOptions({format, from, to, outFile});
    int exitCode = kOk;
    if (!parseCommand(parser, args, QStringLiteral("Exports check-ins in the interchange CSV format."), exitCode)) {
        return exitCode;
    }
    if (parser.value(format) != QLatin1String("csv")) {
        return usage(QStringLiteral("unknown export format '%1' (this Ebb exports: csv)").arg(parser.value(format)));
    }
    QDate first;
    QDate last;
    if (!readDate(parser, QStringLiteral("from"), first) || !readDate(parser, QStringLiteral("to"), last)) {
        return usage(QStringLiteral("--from and --to take a date as YYYY-MM-DD"));
    }
    if (first.isValid() && last.isValid() && first > last) {
        return usage(QStringLiteral("--from (%1) is after --to (%2)").arg(parser.value(from), parser.value(to)));
    }
    auto db = openForReading(parser);
    if (!db) {
        return fail(db.errorString());
    }
    auto checkIns = CheckInRepository(*db).inRange(first, last);
    if (!checkIns) {
        return fail(checkIns.errorString());
    }
    auto tags = TagRepository(*db).all();
    if (!tags) {
        return fail(tags.errorString());
    }
    const QByteArray csv = interchangeCsv(*checkIns, *tags).toUtf8();
    const QString target = parser.value(outFile);
    if (target.isEmpty() || target == QLatin1String("-")) {
        out().flush();
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        return kOk;
    }
    if (auto r = writeFileAtomically(target, csv); !r) {
        return fail(r.errorString());
    }
    err() << "Exported " << checkIns->size() << " check-ins to " << QDir::toNativeSeparators(target) << Qt::endl;
    return kOk;
}

/** The pacing input: from --csv FILE (interchange format) or the journal. */
Result<std::vector<PacingDay>> loadPacingDays(const QCommandLineParser &parser)
{
    const QString csvPath = parser.value(QStringLiteral("csv"));
    if (!csvPath.isEmpty()) {
        QFile file(csvPath);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{
                QStringLiteral("Could not read %1: %2.").arg(QDir::toNativeSeparators(csvPath), file.errorString()), 0,
                file.errorString()};
        }
        auto rows = readInterchangeCsv(QString::fromUtf8(file.readAll()));
        if (!rows) {
            return Error{QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(csvPath), rows.errorString()), 0,
                         rows.error().detail};
        }
        return pacingDays(*rows);
    }
    auto db = openForReading(parser);
    if (!db) {
        return db.error();
    }
    return loadPacingDays(*db);
}

int runAnalyze(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Read check-ins from an interchange CSV file."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Analyse as of this day (default: today)."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption history(QStringLiteral("history"),
                                     QStringLiteral("Print the report for every day of the data, each using only "
                                                    "data up to that day."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({csv, today, history, format});
    int exitCode = kOk;
    if (!parseCommand(parser, args, QStringLiteral("Shows the pacing flags of PACING.md."), exitCode)) {
        return exitCode;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json")) {
        return usage(QStringLiteral("unknown format '%1' (text or json)").arg(outputFormat));
    }
    if (parser.isSet(csv) && parser.isSet(QStringLiteral("database"))) {
        return usage(QStringLiteral("give either --database or --csv, not both"));
    }
    QDate asOf = QDate::currentDate();
    if (!readDate(parser, QStringLiteral("today"), asOf)) {
        return usage(QStringLiteral("--today takes a date as YYYY-MM-DD"));
    }
    auto days = loadPacingDays(parser);
    if (!days) {
        return fail(days.errorString());
    }
    const PacingSettings settings;
    const bool json = outputFormat == QLatin1String("json");
    const auto print = [&](const PacingReport &report) {
        if (json) {
            out() << reportToJsonLine(report) << '\n';
        } else {
            out() << reportToText(report);
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

int runReview(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption week(QStringLiteral("week"),
                                  QStringLiteral("The ISO week, e.g. 2026-W48 (default: this "
                                                 "week)."),
                                  QStringLiteral("YYYY-Www"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: md or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    parser.addOptions({week, format});
    int exitCode = kOk;
    if (!parseCommand(parser, args, QStringLiteral("Prints a week's summary and the reflection saved for it."),
                      exitCode)) {
        return exitCode;
    }
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("md") && outputFormat != QLatin1String("json")) {
        return usage(QStringLiteral("unknown format '%1' (md or json)").arg(outputFormat));
    }
    const QString weekKey = parser.isSet(week) ? parser.value(week) : isoWeekKey(QDate::currentDate());
    const auto monday = mondayOfWeek(weekKey);
    if (!monday) {
        return usage(QStringLiteral("--week takes an ISO week such as 2026-W48 ('%1' is not one)").arg(weekKey));
    }
    auto db = openForReading(parser);
    if (!db) {
        return fail(db.errorString());
    }
    // Reviews arrived with schema 3; reading never migrates, so an older journal is explained, not misread.
    if (auto version = db->userVersion(); !version || *version < 3) {
        return fail(QStringLiteral("This journal was last opened by an older Ebb and has no reviews yet. Open it "
                                   "once in Ebb to update it; nothing was changed."));
    }
    auto checkIns = CheckInRepository(*db).inRange({}, monday->addDays(6));
    auto boundaries = BoundaryRepository(*db).all();
    auto tags = TagRepository(*db).all();
    auto review = ReviewRepository(*db).find(weekKey);
    for (const Error *e : {checkIns ? nullptr : &checkIns.error(), boundaries ? nullptr : &boundaries.error(),
                           tags ? nullptr : &tags.error(), review ? nullptr : &review.error()}) {
        if (e != nullptr) {
            return fail(e->message);
        }
    }
    const WeekSummary summary = summarizeWeek(*checkIns, *boundaries, *tags, *monday);
    if (outputFormat == QLatin1String("json")) {
        out() << QJsonDocument(weekToJson(summary, *review)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << weekToMarkdown(summary, *review);
    }
    out().flush();
    return kOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Ebb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBB_VERSION));
    // The one-line reason on stderr is the interface; storage log lines would only repeat it.
    if (qEnvironmentVariableIsEmpty("EBB_DEBUG")) {
        QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
    }

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << kGeneralHelp;
        return command.isEmpty() ? kUsage : kOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "ebb-cli " << EBB_VERSION << Qt::endl;
        return kOk;
    }
    args.removeAt(1); // the parser sees "ebb-cli [options]"
    if (command == QLatin1String("analyze")) {
        return runAnalyze(args);
    }
    if (command == QLatin1String("check")) {
        return runCheck(args);
    }
    if (command == QLatin1String("export")) {
        return runExport(args);
    }
    if (command == QLatin1String("review")) {
        return runReview(args);
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}
