// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalopener.h"

#include "settings/clock.h"
#include "storage/backups.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>

#include <sqlite3.h>

namespace ebb {

std::unique_ptr<Journal> openJournalForApp(const QString &path, const Clock &clock, QWidget *parent)
{
    JournalOpenOptions options;
    options.quickCheck = true;
    auto journal = Journal::open(path, clock, options);
    if (journal) {
        return std::move(journal).value();
    }
    const int code = journal.error().code & 0xff;
    auto backups = Backups(Backups::directoryFor(path)).list();
    const bool damaged = code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
    if (!damaged || !backups || backups->empty()) {
        QMessageBox::critical(parent, QObject::tr("Ebb"), journal.errorString());
        return nullptr;
    }
    const BackupInfo &newest = backups->front();
    const auto answer = QMessageBox::question(
        parent, QObject::tr("Ebb"),
        QObject::tr("<p>%1</p><p>The newest backup is from %2. Ebb can continue from it: the damaged file will be "
                    "kept aside, not deleted, in case it can be rescued later.</p><p>Continue from the backup?</p>")
            .arg(journal.errorString().toHtmlEscaped(),
                 QLocale().toString(newest.takenAt.toLocalTime(), QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return nullptr;
    }
    auto aside = restoreBackup(path, newest, clock.now());
    if (!aside) {
        QMessageBox::critical(parent, QObject::tr("Ebb"), aside.errorString());
        return nullptr;
    }
    auto restored = Journal::open(path, clock, options);
    if (!restored) {
        QMessageBox::critical(parent, QObject::tr("Ebb"), restored.errorString());
        return nullptr;
    }
    QMessageBox::information(parent, QObject::tr("Ebb"),
                             QObject::tr("Ebb continues from the backup of %1. The damaged file is kept as %2.")
                                 .arg(QLocale().toString(newest.takenAt.toLocalTime(), QLocale::LongFormat),
                                      QDir::toNativeSeparators(*aside)));
    return std::move(restored).value();
}

} // namespace ebb
