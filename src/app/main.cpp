// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/nocoredumps.h"
#include "settings/clock.h"
#include "settings/journalpath.h"
#include "settings/translations.h"
#include "startup/appsession.h"
#include "startup/journalpreopen.h"
#include "startup/singleinstance.h"
#include "startup/startupwarmup.h"
#include "storage/demojournal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScopeGuard>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    // First of all: an unlocked journal is in memory in plain, and a crash must not write it out.
    if (const auto noDumps = ebb::disableCoreDumps(); !noDumps) {
        qWarning("%s", qPrintable(noDumps.errorString()));
    }
    ebb::FontConfigWarmUp fonts; // fontconfig reads its files on the other core while Qt connects to the display
    // Before the QApplication: the journal's default place is named after the application.
    QApplication::setApplicationName(QStringLiteral("Ebb"));
    QApplication::setApplicationVersion(QStringLiteral(EBB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ebb, a calm journal for burnout recovery."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The journal file (default: $EBB_DATABASE, else "
                                                     "~/.local/share/Ebb/ebb.sqlite)."),
                                      QStringLiteral("PATH"));
    parser.addOption(database);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Explore Ebb with invented data, in a journal of its own "
                                                 "(never mixed with yours)."));
    parser.addOption(demo);
    // "--in-tray" is the name autostart entries written by earlier versions use.
    const QCommandLineOption background(
        {QStringLiteral("background"), QStringLiteral("in-tray")},
        QStringLiteral("Start without a window, as at login: Ebb waits for the next reminder, and opening Ebb "
                       "again shows it (where the desktop has neither notifications nor a tray, the window opens)."));
    parser.addOption(background);

    // A plain start (no --help, --version, --demo or mistyped option: those wait for the display
    // to say so) takes the journal's lock and opens it on another core while Qt connects.
    const ebb::SystemClock clock;
    std::unique_ptr<ebb::SingleInstance> instance;
    std::unique_ptr<ebb::JournalPreOpen> preOpen;
    if (parser.parse(argumentsOf(argc, argv)) && !parser.isSet(help) && !parser.isSet(version) && !parser.isSet(demo)) {
        const QString path = ebb::resolveJournalPath(parser.value(database));
        instance = std::make_unique<ebb::SingleInstance>(path);
        preOpen = std::make_unique<ebb::JournalPreOpen>(path, clock, *instance);
    }

    QApplication app(argc, argv);
    // Made before the application, but ended before it: the instance leaves the bus while Qt runs.
    const auto endFirst = qScopeGuard([&] {
        preOpen.reset();
        instance.reset();
    });
    fonts.wait();
    QApplication::setApplicationDisplayName(QStringLiteral("Ebb"));

    // The person's language (LANGUAGE=de ebb works too): Ebb's own words, then Qt's buttons.
    ebb::installTranslations(app);
    parser.process(app); // --help and --version end here, as does a mistyped option
    // Qt's image-format plugins load on the other core while the window is built (ended before `app`).
    const ebb::ImageFormatWarmUp images;

    const bool demoMode = parser.isSet(demo);
    const QString path = preOpen    ? preOpen->path()
                         : demoMode ? ebb::demoJournalPath()
                                    : ebb::resolveJournalPath(parser.value(database));
    if (demoMode) {
        if (auto made = ebb::ensureDemoJournal(path, clock); !made) {
            QMessageBox::critical(nullptr, QStringLiteral("Ebb"), made.errorString());
            return 1;
        }
    }
    if (!instance) {
        instance = std::make_unique<ebb::SingleInstance>(path);
    }
    if (!(preOpen ? preOpen->acquired() : instance->acquire())) {
        if (!instance->otherInstanceRaised()) {
            QMessageBox::information(nullptr, QStringLiteral("Ebb"),
                                     QObject::tr("This journal is already open in Ebb, perhaps in another session. "
                                                 "Close it there first; nothing was changed."));
        }
        return 0; // the open Ebb has come to the front
    }
    return ebb::runJournalSession(path, clock, *instance, demoMode, parser.isSet(background),
                                  preOpen ? preOpen->takeJournal() : nullptr);
}
