// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli: headless commands over a journal. Exit codes (DESIGN.md): 0 ok, 1 failure with a
// one-line reason on stderr, 2 bad usage.
#include "clicommon.h"
#include "cliencrypt.h"
#include "cliimport.h"
#include "exporter.h"
#include "io/atomicfile.h"
#include "io/interchangecsv.h"
#include "io/interchangereader.h"
#include "pacing/flagtext.h"
#include "pacing/pacingengine.h"
#include "pacing/pacingsummary.h"
#include "pacing/reportformat.h"
#include "review/reviewformat.h"
#include "settings/clock.h"
#include "settings/journalpath.h"
#include "settings/translations.h"
#include "storage/backups.h"
#include "storage/boundaryrepository.h"
#include "storage/checkinrepository.h"
#include "storage/integrity.h"
#include "storage/journal.h"
#include "storage/journalfile.h"
#include "storage/pacinginput.h"
#include "storage/reviewrepository.h"
#include "storage/sealedjournal.h"
#include "storage/tagrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

using namespace ebb;
using namespace ebb::cli;

const QString kGeneralHelp =
    QStringLiteral("Usage: ebb-cli COMMAND [OPTIONS]\n"
                   "Headless commands for Ebb, a calm journal for burnout recovery.\n"
                   "\n"
                   "Commands:\n"
                   "  analyze  Show the pacing flags as of a day, or for every day (--history).\n"
                   "  backup   Take a backup of the journal now (--list shows the backups).\n"
                   "  check    Check a journal's integrity and schema version (writes nothing).\n"
                   "  decrypt  Turn an encrypted journal back into a plain one.\n"
                   "  encrypt  Encrypt the journal with a passphrase (there is no recovery without it).\n"
                   "  export   Export: interchange CSV, a report (Markdown or PDF), or a full JSON backup.\n"
                   "  import   Import an Ebb CSV or a Daylio export, all or nothing (--dry-run previews).\n"
                   "  passphrase  Change an encrypted journal's passphrase.\n"
                   "  review   Print a week's summary and saved reflection (--week YYYY-Www).\n"
                   "\n"
                   "Every command takes --database PATH (default: $EBB_DATABASE, else the app's journal).\n"
                   "An encrypted journal's passphrase is read from $EBB_PASSPHRASE (a new one from\n"
                   "$EBB_NEW_PASSPHRASE).\n"
                   "'ebb-cli COMMAND --help' describes one command.\n"
                   "Exit codes: 0 ok, 1 failure (reason on stderr), 2 bad usage.\n");

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the backups instead of taking one."));
    parser.addOption(list);
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      QStringLiteral("Takes a checked snapshot of the journal into the backups folder beside it, "
                                     "then rotates old ones (7 daily, 4 weekly, 12 monthly)."),
                      exitCode)) {
        return exitCode;
    }
    const QString path = resolveJournalPath(parser.value(QStringLiteral("database")));
    Backups backups(Backups::directoryFor(path));
    if (!parser.isSet(list) && isSealedJournal(path)) {
        // An encrypted journal's backup is sealed too (Journal writes it).
        const SystemClock clock;
        auto journal = Journal::open(path, clock, {}, passphrase());
        if (!journal) {
            return fail(journal.errorString());
        }
        auto taken = (*journal)->backupNow(QStringLiteral("manual"));
        if (!taken) {
            return fail(taken.errorString());
        }
        out() << "Backed up to " << QDir::toNativeSeparators(taken->path) << Qt::endl;
        return kOk;
    }
    if (!parser.isSet(list)) {
        auto db = openForReading(parser);
        if (!db) {
            return fail(db.errorString());
        }
        auto taken = backups.take(*db, QDateTime::currentDateTimeUtc(), QStringLiteral("manual"));
        if (!taken) {
            return fail(taken.errorString());
        }
        if (auto rotated = backups.rotate(); !rotated) {
            return fail(rotated.errorString());
        }
        out() << "Backed up to " << QDir::toNativeSeparators(taken->path) << Qt::endl;
        return kOk;
    }
    auto all = backups.list();
    if (!all) {
        return fail(all.errorString());
    }
    for (const BackupInfo &b : *all) {
        out() << b.takenAt.toLocalTime().toString(Qt::ISODate) << "  " << b.reason << "  " << b.bytes / 1024 << " KiB  "
              << QDir::toNativeSeparators(b.path) << Qt::endl;
    }
    if (all->empty()) {
        out() << "No backups yet in " << QDir::toNativeSeparators(backups.directory()) << Qt::endl;
    }
    return kOk;
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
    out() << "Journal: " << QDir::toNativeSeparators(resolveJournalPath(parser.value(QStringLiteral("database"))))
          << (isSealedJournal(resolveJournalPath(parser.value(QStringLiteral("database")))) ? " (encrypted)" : "")
          << Qt::endl
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

/** "overview,flags" → the section bits; nullopt when a name is unknown. */
std::optional<int> parseSections(const QString &text)
{
    static const QHash<QString, ReportSection> kNames = {{QStringLiteral("overview"), ReportSection::Overview},
                                                         {QStringLiteral("flags"), ReportSection::Flags},
                                                         {QStringLiteral("reflections"), ReportSection::Reflections},
                                                         {QStringLiteral("boundaries"), ReportSection::Boundaries},
                                                         {QStringLiteral("notes"), ReportSection::Notes}};
    int sections = 0;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!kNames.contains(name.trimmed())) {
            return std::nullopt;
        }
        sections |= int(kNames.value(name.trimmed()));
    }
    return sections;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv, md, json (everything) or pdf."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First day (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Output file ('-' or absent: stdout)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        QStringLiteral("Report sections, comma-separated: overview,flags,reflections,boundaries,notes (default: all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption notes(QStringLiteral("include-notes"),
                                   QStringLiteral("Notes in a report: none (default), shared, or all."),
                                   QStringLiteral("WHICH"), QStringLiteral("none"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The name in the report's header."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("PDF page size: a4 (default) or letter."),
                                  QStringLiteral("SIZE"), QStringLiteral("a4"));
    parser.addOptions({format, from, to, outFile, sections, notes, name, page});
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      QStringLiteral("Exports the journal: interchange CSV, a report for a therapist "
                                     "(Markdown or PDF), or a full JSON backup."),
                      exitCode)) {
        return exitCode;
    }
    ExportRequest request;
    const auto chosenFormat = exportFormatFromKey(parser.value(format));
    if (!chosenFormat) {
        return usage(QStringLiteral("unknown export format '%1' (csv, md, json or pdf)").arg(parser.value(format)));
    }
    request.format = *chosenFormat;
    QDate first;
    QDate last;
    if (!readDate(parser, QStringLiteral("from"), first) || !readDate(parser, QStringLiteral("to"), last)) {
        return usage(QStringLiteral("--from and --to take a date as YYYY-MM-DD"));
    }
    if (first.isValid() && last.isValid() && first > last) {
        return usage(QStringLiteral("--from (%1) is after --to (%2)").arg(parser.value(from), parser.value(to)));
    }
    const bool report = request.format == ExportFormat::Markdown || request.format == ExportFormat::Pdf;
    // A report needs a range; by default the last four weeks, as in the app's dialog.
    request.options.to = last.isValid() ? last : (report ? QDate::currentDate() : QDate());
    request.options.from = first.isValid() ? first : (report ? request.options.to.addDays(-27) : QDate());
    request.options.name = parser.value(name);
    if (parser.isSet(sections)) {
        const auto chosen = parseSections(parser.value(sections));
        if (!chosen || *chosen == 0) {
            return usage(QStringLiteral("--sections takes overview, flags, reflections, boundaries, notes"));
        }
        request.options.sections = *chosen;
    }
    const QString notesValue = parser.value(notes);
    if (notesValue == QLatin1String("shared")) {
        request.options.notes = NotesPolicy::Shared;
    } else if (notesValue == QLatin1String("all")) {
        request.options.notes = NotesPolicy::All;
    } else if (notesValue != QLatin1String("none")) {
        return usage(QStringLiteral("--include-notes takes none, shared or all"));
    }
    if (parser.value(page) == QLatin1String("letter")) {
        request.pageSize = QPageSize::Letter;
    } else if (parser.value(page) != QLatin1String("a4")) {
        return usage(QStringLiteral("--page takes a4 or letter"));
    }

    const SystemClock clock;
    JournalOpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto journal =
        Journal::open(resolveJournalPath(parser.value(QStringLiteral("database"))), clock, options, passphrase());
    if (!journal) {
        return fail(journal.errorString());
    }
    if (auto version = (*journal)->database().userVersion(); report && (!version || *version < 3)) {
        return fail(QStringLiteral("This journal was last opened by an older Ebb. Open it once in Ebb to update it, "
                                   "then export the report; nothing was changed."));
    }
    auto bytes = renderExport(**journal, request);
    if (!bytes) {
        return fail(bytes.errorString());
    }
    const QString target = parser.value(outFile);
    if (target.isEmpty() || target == QLatin1String("-")) {
        out().flush();
        std::fwrite(bytes->constData(), 1, size_t(bytes->size()), stdout);
        return kOk;
    }
    if (auto r = writeFileAtomically(target, *bytes); !r) {
        return fail(r.errorString());
    }
    err() << "Exported to " << QDir::toNativeSeparators(target) << Qt::endl;
    if ((*journal)->isEncrypted()) {
        err() << "Note: the journal is encrypted, but this exported file is not." << Qt::endl;
    }
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
    const QDate today = SystemClock().today();
    const QString weekKey = parser.isSet(week) ? parser.value(week) : isoWeekKey(today);
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
    const WeekSummary summary = summarizeWeek(*checkIns, *boundaries, *tags, *monday, today);
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
    // A PDF is painted with Qt Gui: give it the offscreen platform so no display is needed.
    bool pdf = false;
    for (int i = 1; i + 1 < argc; ++i) {
        pdf = pdf || (qstrcmp(argv[i], "--format") == 0 && qstrcmp(argv[i + 1], "pdf") == 0);
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Ebb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBB_VERSION));
    // Reports, reviews and analyses in the person's language, as the app writes them.
    installTranslations(*app);
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
    if (command == QLatin1String("backup")) {
        return runBackup(args);
    }
    if (command == QLatin1String("check")) {
        return runCheck(args);
    }
    if (command == QLatin1String("export")) {
        return runExport(args);
    }
    if (command == QLatin1String("encrypt")) {
        return runEncrypt(args);
    }
    if (command == QLatin1String("decrypt")) {
        return runDecrypt(args);
    }
    if (command == QLatin1String("passphrase")) {
        return runPassphrase(args);
    }
    if (command == QLatin1String("import")) {
        return runImport(args);
    }
    if (command == QLatin1String("review")) {
        return runReview(args);
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}
