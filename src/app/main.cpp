// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalopener.h"
#include "mainwindow.h"
#include "settings/clock.h"
#include "settings/journalpath.h"
#include "singleinstance.h"
#include "storage/backups.h"
#include "storage/journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ebb"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ebb"));
    QApplication::setApplicationVersion(QStringLiteral(EBB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ebb, a calm journal for burnout recovery."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The journal file (default: $EBB_DATABASE, else "
                                                     "~/.local/share/Ebb/ebb.sqlite)."),
                                      QStringLiteral("PATH"));
    parser.addOption(database);
    parser.process(app);

    const ebb::SystemClock clock;
    const QString path = ebb::resolveJournalPath(parser.value(database));
    ebb::SingleInstance instance(path);
    if (!instance.acquire()) {
        if (!instance.otherInstanceRaised()) {
            QMessageBox::information(nullptr, QStringLiteral("Ebb"),
                                     QObject::tr("This journal is already open in Ebb, perhaps in another session. "
                                                 "Close it there first; nothing was changed."));
        }
        return 0; // the open Ebb has come to the front
    }
    // One window per opening of the journal; restoring a backup closes the journal, replaces the
    // file and opens it again.
    QString restoredMessage;
    for (;;) {
        auto journal = ebb::openJournalForApp(path, clock);
        if (!journal) {
            return 1; // the person was told why
        }
        ebb::MainWindow window(*journal);
        QObject::connect(&instance, &ebb::SingleInstance::raiseRequested, &window, [&window] {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
        window.show();
        if (!restoredMessage.isEmpty()) {
            window.statusBar()->showMessage(restoredMessage, 15000);
        }
        const int exitCode = QApplication::exec();
        const std::optional<ebb::BackupInfo> backup = window.restoreChoice();
        if (!backup) {
            return exitCode;
        }
        journal.reset();
        auto setAside = ebb::restoreBackup(path, *backup, clock.now());
        if (!setAside) {
            QMessageBox::warning(nullptr, QStringLiteral("Ebb"), setAside.errorString());
            restoredMessage.clear();
        } else {
            restoredMessage = QObject::tr("Restored the backup from %1. The journal as it was is kept as %2.")
                                  .arg(QLocale().toString(backup->takenAt.toLocalTime(), QLocale::ShortFormat),
                                       QFileInfo(*setAside).fileName());
        }
    }
}
