// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli backup: a checked snapshot of the journal now, or the list of backups.
#include "clicommon.h"
#include "storage/backups.h"

#include <QDir>

namespace ebb::cli {

int runBackup(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption list(QStringLiteral("list"), tr("List the backups instead of taking one."));
    parser.addOption(list);
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Takes a checked snapshot of the journal into the backups folder beside it, "
                         "then rotates old ones (7 daily, 4 weekly, 12 monthly)."),
                      exitCode)) {
        return exitCode;
    }
    if (!parser.isSet(list)) {
        // Read-only is enough: a backup reads the journal and writes beside it (sealed, for an
        // encrypted journal).
        auto lock = lockJournal(journalPath(parser));
        if (!lock) {
            return fail(lock.errorString());
        }
        auto journal = openForReading(parser);
        if (!journal) {
            return fail(journal.errorString());
        }
        auto taken = (*journal)->backupNow(QStringLiteral("manual"));
        if (!taken) {
            return fail(taken.errorString());
        }
        out() << tr("Backed up to %1").arg(QDir::toNativeSeparators(taken->path)) << Qt::endl;
        return kOk;
    }
    Backups backups(Backups::directoryFor(journalPath(parser)));
    auto all = backups.list();
    if (!all) {
        return fail(all.errorString());
    }
    for (const BackupInfo &b : *all) {
        out() << b.takenAt.toLocalTime().toString(Qt::ISODate) << "  " << b.reason << "  " << b.bytes / 1024 << " KiB  "
              << QDir::toNativeSeparators(b.path) << Qt::endl;
    }
    if (all->empty()) {
        out() << tr("No backups yet in %1").arg(QDir::toNativeSeparators(backups.directory())) << Qt::endl;
    }
    return kOk;
}

} // namespace ebb::cli
