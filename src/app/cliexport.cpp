// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli export: interchange CSV, a report for a therapist (Markdown or PDF), or a full JSON backup.
#include "clicommon.h"
#include "exporter.h"
#include "io/atomicfile.h"

#include <QDir>
#include <QHash>

#include <cstdio>

namespace ebb::cli {
namespace {

/** "overview,flags" → the section bits; nullopt when a name is unknown. */
std::optional<int> parseSections(const QString &text)
{
    static const QHash<QString, ReportSection> kNames = {{QStringLiteral("overview"), ReportSection::Overview},
                                                         {QStringLiteral("flags"), ReportSection::Flags},
                                                         {QStringLiteral("reflections"), ReportSection::Reflections},
                                                         {QStringLiteral("boundaries"), ReportSection::Boundaries},
                                                         {QStringLiteral("notes"), ReportSection::Notes},
                                                         {QStringLiteral("selfcheck"), ReportSection::SelfCheck},
                                                         {QStringLiteral("topics"), ReportSection::Topics}};
    int sections = 0;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!kNames.contains(name.trimmed())) {
            return std::nullopt;
        }
        sections |= int(kNames.value(name.trimmed()));
    }
    return sections;
}

} // namespace

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, md, json (everything) or pdf."),
                                    QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day (YYYY-MM-DD)."), QStringLiteral("DATE"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("Output file ('-' or absent: stdout)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption sections(
        QStringLiteral("sections"),
        tr("Report sections, comma-separated: overview,selfcheck,topics,flags,reflections,boundaries,notes "
           "(default: all)."),
        QStringLiteral("LIST"));
    const QCommandLineOption notes(QStringLiteral("include-notes"),
                                   tr("Notes in a report: none (default), shared, or all."), QStringLiteral("WHICH"),
                                   QStringLiteral("none"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The name in the report's header."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption page(QStringLiteral("page"), tr("PDF page size: a4 (default) or letter."),
                                  QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption question(QStringLiteral("question"),
                                      tr("Your question or concern for the session, first on the report's first page."),
                                      QStringLiteral("TEXT"));
    parser.addOptions({format, from, to, outFile, sections, notes, name, page, question});
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Exports the journal: interchange CSV, a report for a therapist "
                         "(Markdown or PDF), or a full JSON backup."),
                      exitCode)) {
        return exitCode;
    }
    ExportRequest request;
    const auto chosenFormat = exportFormatFromKey(parser.value(format));
    if (!chosenFormat) {
        return usage(tr("unknown export format '%1' (csv, md, json or pdf)").arg(parser.value(format)));
    }
    request.format = *chosenFormat;
    QDate first;
    QDate last;
    if (!readDate(parser, QStringLiteral("from"), first) || !readDate(parser, QStringLiteral("to"), last)) {
        return usage(tr("--from and --to take a date as YYYY-MM-DD"));
    }
    if (first.isValid() && last.isValid() && first > last) {
        return usage(tr("--from (%1) is after --to (%2)").arg(parser.value(from), parser.value(to)));
    }
    const bool report = request.format == ExportFormat::Markdown || request.format == ExportFormat::Pdf;
    // A report needs a range; by default the last four weeks, as in the app's dialog.
    request.options.to = last.isValid() ? last : (report ? QDate::currentDate() : QDate());
    request.options.from = first.isValid() ? first : (report ? request.options.to.addDays(-27) : QDate());
    request.options.name = parser.value(name);
    request.options.question = parser.value(question).trimmed();
    if (request.options.question.size() > kReportQuestionMaxLength) {
        return usage(tr("--question is %1 characters long; at most %2 fit on the first page")
                         .arg(request.options.question.size())
                         .arg(kReportQuestionMaxLength));
    }
    if (parser.isSet(sections)) {
        const auto chosen = parseSections(parser.value(sections));
        if (!chosen || *chosen == 0) {
            return usage(tr("--sections takes overview, selfcheck, topics, flags, reflections, boundaries, notes"));
        }
        request.options.sections = *chosen;
    }
    const QString notesValue = parser.value(notes);
    if (notesValue == QLatin1String("shared")) {
        request.options.notes = NotesPolicy::Shared;
    } else if (notesValue == QLatin1String("all")) {
        request.options.notes = NotesPolicy::All;
    } else if (notesValue != QLatin1String("none")) {
        return usage(tr("--include-notes takes none, shared or all"));
    }
    if (parser.value(page) == QLatin1String("letter")) {
        request.pageSize = QPageSize::Letter;
    } else if (parser.value(page) != QLatin1String("a4")) {
        return usage(tr("--page takes a4 or letter"));
    }

    auto journal = openForReading(parser);
    if (!journal) {
        return fail(journal.errorString());
    }
    if (auto version = (*journal)->schemaVersion(); report && (!version || *version < 3)) {
        return fail(tr("This journal was last opened by an older Ebb. Open it once in Ebb to update it, "
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
    err() << tr("Exported to %1").arg(QDir::toNativeSeparators(target)) << Qt::endl;
    if ((*journal)->isEncrypted()) {
        err() << tr("Note: the journal is encrypted, but this exported file is not.") << Qt::endl;
    }
    return kOk;
}

} // namespace ebb::cli
