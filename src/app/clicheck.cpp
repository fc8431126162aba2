// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli check: a journal's integrity and schema version; writes nothing.
#include "clicommon.h"

#include <QDir>

namespace ebb::cli {

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = kOk;
    if (!parseCommand(parser, args, QStringLiteral("Checks a journal's integrity and schema version."), exitCode)) {
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
    out() << "Journal: " << QDir::toNativeSeparators(journalPath(parser))
          << ((*journal)->isEncrypted() ? " (encrypted)" : "") << Qt::endl
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

} // namespace ebb::cli
