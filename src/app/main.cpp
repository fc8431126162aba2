// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalopener.h"
#include "mainwindow.h"
#include "settings/clock.h"
#include "settings/journalpath.h"
#include "storage/journal.h"

#include <QApplication>
#include <QCommandLineParser>

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
    auto journal = ebb::openJournalForApp(ebb::resolveJournalPath(parser.value(database)), clock);
    if (!journal) {
        return 1; // the person was told why
    }
    ebb::MainWindow window(*journal);
    window.show();
    return QApplication::exec();
}
