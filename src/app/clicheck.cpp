// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli check: a journal's integrity and schema version; writes nothing.
#include "clicommon.h"
#include "storage/integrity.h"

#include <QDir>

namespace ebb::cli {

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption repair(QStringLiteral("repair"),
                                    tr("Rebuild the search index if it is damaged (it is made from your "
                                       "notes; nothing you wrote changes). Without it, check writes "
                                       "nothing."));
    parser.addOption(repair);
    int exitCode = kOk;
    if (!parseCommand(parser, args, tr("Checks a journal's integrity and schema version."), exitCode)) {
        return exitCode;
    }
    auto journal = openForReading(parser);
    if (!journal) {
        return fail(journal.errorString());
    }
    auto report = (*journal)->integrityReport();
    if (!report) {
        return fail(report.errorString());
    }
    out() << tr("Journal: %1").arg(QDir::toNativeSeparators(journalPath(parser)))
          << ((*journal)->isEncrypted() ? tr(" (encrypted)") : QString()) << Qt::endl
          << tr("Schema version: %1 (this Ebb writes %2)").arg(report->schemaVersion).arg(report->latestSchemaVersion)
          << Qt::endl
          << tr("Check-ins: %1").arg(report->checkInCount);
    if (report->checkInCount > 0) {
        out() << tr(" (%1 to %2)").arg(report->firstDay.toString(Qt::ISODate), report->lastDay.toString(Qt::ISODate));
    }
    out() << Qt::endl << tr("Integrity: %1").arg(report->healthy() ? tr("ok") : tr("PROBLEMS")) << Qt::endl;
    for (const QString &problem : report->problems) {
        out() << "  " << problem << Qt::endl;
    }
    if (!report->healthy()) {
        return fail(tr("the journal has %1 integrity problem(s); it was not changed. Restore a backup "
                       "or keep a copy of the file before trying anything else.")
                        .arg(report->problems.size()));
    }
    if (report->searchIndexSound) {
        out() << tr("Search index: ok") << Qt::endl;
        return kOk;
    }
    if (!parser.isSet(repair)) {
        out() << tr("Search index: DAMAGED") << Qt::endl;
        return fail(tr("the search index is damaged, so saving would fail. It is made from your notes: "
                       "'ebb-cli check --repair' rebuilds it, and so does Ebb when it next starts. "
                       "Nothing you wrote is affected."));
    }
    journal->reset();
    auto lock = lockJournal(journalPath(parser));
    if (!lock) {
        return fail(lock.errorString());
    }
    auto writable = openForWriting(journalPath(parser));
    if (!writable) {
        return fail(writable.errorString());
    }
    if (auto rebuilt = (*writable)->repairSearchIndex(); !rebuilt) {
        return fail(rebuilt.errorString());
    }
    out() << tr("Search index: rebuilt from your notes") << Qt::endl;
    return kOk;
}

} // namespace ebb::cli
