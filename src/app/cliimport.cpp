// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "domain/boundary.h"
#include "io/daylioreader.h"
#include "io/importfile.h"
#include "settings/clock.h"
#include "settings/journalpath.h"
#include "storage/importer.h"
#include "storage/journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ebb::cli {
namespace {

void printPlan(const ImportFile &file, const ImportPlan &plan)
{
    out() << (file.format == ImportFormat::Daylio ? tr("Daylio export") : tr("Ebb CSV")) << ": "
          << (plan.entries == 1 ? tr("%1 row") : tr("%1 rows")).arg(plan.entries) << ", "
          << tr("%1 day(s).").arg(plan.days.size()) << Qt::endl
          << tr("New days: %1, changed: %2, unchanged: %3, rejected rows: %4.")
                 .arg(plan.count(ImportChange::New))
                 .arg(plan.count(ImportChange::Changed))
                 .arg(plan.count(ImportChange::Unchanged))
                 .arg(plan.rejected())
          << Qt::endl;
    if (!plan.newTags.isEmpty()) {
        out() << tr("New tags: %1").arg(plan.newTags.join(QStringLiteral(", "))) << Qt::endl;
    }
    if (plan.placeholderBoundaries > 0) {
        out() << tr("Boundary counts kept as %1 retired boundaries named \"Imported boundary N\".")
                     .arg(plan.placeholderBoundaries)
              << Qt::endl;
    }
    for (const ImportProblem &p : plan.problems) {
        out() << tr("Line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
    }
}

QString moodMapExample(const QStringList &moods)
{
    QStringList pairs;
    for (const QString &m : moods) {
        pairs << QStringLiteral("%1=5").arg(m.toLower());
    }
    return pairs.join(QLatin1Char(','));
}

} // namespace

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("ebb (Ebb's CSV) or daylio (Daylio's CSV export); "
                                       "default: recognised from the header."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption moodMap(QStringLiteral("mood-map"),
                                     tr("Places Daylio moods on Ebb's 0-10 scale, e.g. 'super=9,ok=5' "
                                        "(the defaults are rad=9,good=7,meh=5,bad=3,awful=1)."),
                                     QStringLiteral("MAP"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Show what would change and write nothing."));
    parser.addOptions({format, moodMap, dryRun});
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Imports a file into the journal, all or nothing. Re-importing the same "
                         "file changes nothing. A backup is taken before anything changes."),
                      exitCode, QStringLiteral("FILE"))) {
        return exitCode;
    }
    MoodMap extraMoods;
    if (parser.isSet(moodMap)) {
        auto parsed = parseMoodMap(parser.value(moodMap));
        if (!parsed) {
            return usage(parsed.errorString());
        }
        extraMoods = *parsed;
    }
    const QString filePath = parser.positionalArguments().constFirst();
    QFile input(filePath);
    if (!input.open(QIODevice::ReadOnly)) {
        return fail(tr("Could not read %1: %2.").arg(QDir::toNativeSeparators(filePath), input.errorString()));
    }
    auto text = readImportText(input);
    if (!text) {
        return fail(text.errorString());
    }
    auto chosenFormat = parser.isSet(format) ? importFormatFromName(parser.value(format)) : detectImportFormat(*text);
    if (!chosenFormat) {
        return parser.isSet(format) ? usage(chosenFormat.errorString()) : fail(chosenFormat.errorString());
    }
    const SystemClock clock;
    auto file = readImportFile(*text, *chosenFormat, clock.today(), extraMoods);
    if (!file) {
        return fail(file.errorString());
    }

    const QString journalPath = resolveJournalPath(parser.value(QStringLiteral("database")));
    const bool dry = parser.isSet(dryRun);
    // The preview reads only: a journal that does not exist yet is planned against an empty one in
    // memory, so a dry run or a refused import never creates or touches the file.
    const bool missing = !QFileInfo::exists(journalPath);
    JournalOpenOptions readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    auto journal = Journal::open(missing ? QStringLiteral(":memory:") : journalPath, clock,
                                 missing ? JournalOpenOptions{} : readOnly, passphraseIfSealed(journalPath));
    if (!journal) {
        return fail(journal.errorString());
    }
    auto plan = (*journal)->planImport(*file);
    if (!plan) {
        return fail(plan.errorString());
    }
    printPlan(*file, *plan);
    if (!file->unknownMoods.isEmpty()) {
        return fail(tr("Nothing was imported: Ebb does not know the mood(s) %1. Place them on the 0-10 "
                       "mood scale with --mood-map '%2' (your own numbers).")
                        .arg(file->unknownMoods.join(QStringLiteral(", ")), moodMapExample(file->unknownMoods)));
    }
    if (!file->problems.empty()) {
        return fail(tr("Nothing was imported: %1 row(s) could not be read (listed above). Correct them "
                       "and import again.")
                        .arg(file->problems.size()));
    }
    if (dry) {
        out() << tr("Dry run: nothing was written.") << Qt::endl;
        return kOk;
    }
    journal->reset();
    auto lock = lockJournal(journalPath);
    if (!lock) {
        return fail(lock.errorString());
    }
    auto writable = openForWriting(journalPath);
    if (!writable) {
        return fail(writable.errorString());
    }
    auto applied = (*writable)->applyImport(*file);
    if (!applied) {
        return fail(applied.errorString());
    }
    const int changed = applied->count(ImportChange::New) + applied->count(ImportChange::Changed);
    out() << (changed == 0 ? tr("Nothing to change: the journal already holds this file.")
                           : tr("Imported %1 day(s) into %2.").arg(changed).arg(QDir::toNativeSeparators(journalPath)))
          << Qt::endl;
    return kOk;
}

} // namespace ebb::cli
