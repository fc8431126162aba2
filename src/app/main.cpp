// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsession.h"
#include "settings/clock.h"
#include "settings/journalpath.h"
#include "singleinstance.h"
#include "startupwarmup.h"
#include "storage/demojournal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    ebb::FontConfigWarmUp fonts; // fontconfig reads its files on the other core while Qt connects to the display
    QApplication app(argc, argv);
    fonts.wait();
    QApplication::setApplicationName(QStringLiteral("Ebb"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ebb"));
    QApplication::setApplicationVersion(QStringLiteral(EBB_VERSION));

    // The person's language (LANGUAGE=de ebb works too): Ebb's own words, then Qt's buttons.
    QTranslator ebbTranslator;
    if (ebbTranslator.load(QLocale(), QStringLiteral("ebb"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QApplication::installTranslator(&ebbTranslator);
    }
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ebb, a calm journal for burnout recovery."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The journal file (default: $EBB_DATABASE, else "
                                                     "~/.local/share/Ebb/ebb.sqlite)."),
                                      QStringLiteral("PATH"));
    parser.addOption(database);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Explore Ebb with invented data, in a journal of its own "
                                                 "(never mixed with yours)."));
    parser.addOption(demo);
    const QCommandLineOption inTray(QStringLiteral("in-tray"),
                                    QStringLiteral("Start with only the tray icon, as at login (without a system tray, "
                                                   "the window opens)."));
    parser.addOption(inTray);
    parser.process(app); // --help and --version end here
    // Qt's image-format plugins load on the other core while the window is built (ended before `app`).
    const ebb::ImageFormatWarmUp images;

    const ebb::SystemClock clock;
    const bool demoMode = parser.isSet(demo);
    const QString path = demoMode ? ebb::demoJournalPath() : ebb::resolveJournalPath(parser.value(database));
    if (demoMode) {
        if (auto made = ebb::ensureDemoJournal(path, clock); !made) {
            QMessageBox::critical(nullptr, QStringLiteral("Ebb"), made.errorString());
            return 1;
        }
    }
    ebb::SingleInstance instance(path);
    if (!instance.acquire()) {
        if (!instance.otherInstanceRaised()) {
            QMessageBox::information(nullptr, QStringLiteral("Ebb"),
                                     QObject::tr("This journal is already open in Ebb, perhaps in another session. "
                                                 "Close it there first; nothing was changed."));
        }
        return 0; // the open Ebb has come to the front
    }
    return ebb::runJournalSession(path, clock, instance, demoMode, parser.isSet(inTray));
}
