// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/appsession.h"

#include "crypto/pin.h"
#include "dialogs/onboardingdialog.h"
#include "settings/appsettings.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "startup/journalopener.h"
#include "startup/singleinstance.h"
#include "startup/startupprobe.h"
#include "startup/terminationwatch.h"
#include "storage/backups.h"
#include "storage/demojournal.h"
#include "storage/journal.h"
#include "storage/plaintextsweep.h"
#include "storage/sealedjournal.h"
#include "window/appearance.h"
#include "window/eventwatch.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QThread>

#include <sys/prctl.h>

namespace ebb {

Result<ReopenOutcome> carryOut(const ReopenRequest &request, const QString &path, const Clock &clock)
{
    switch (request.kind) {
    case ReopenRequest::Kind::Restore: {
        auto aside = restoreBackup(path, request.backup, clock.now());
        if (!aside) {
            return aside.error();
        }
        return ReopenOutcome{QObject::tr("Restored the backup from %1. The journal as it was is kept as %2.")
                                 .arg(QLocale().toString(request.backup.takenAt.toLocalTime(), QLocale::ShortFormat),
                                      QFileInfo(*aside).fileName()),
                             {}};
    }
    case ReopenRequest::Kind::Encrypt: {
        auto swept = encryptJournal(path, request.newPassphrase, KdfParams::current());
        if (!swept) {
            return swept.error();
        }
        QString done = swept->sealed.isEmpty()
                           ? QObject::tr("Your journal is encrypted. Keep your passphrase safe.")
                           : QObject::tr("Your journal is encrypted, and so are the backups kept beside it. Keep "
                                         "your passphrase safe.");
        if (!swept->failed.isEmpty()) {
            done += QLatin1Char(' ') + swept->summary();
        }
        return ReopenOutcome{done, request.newPassphrase};
    }
    case ReopenRequest::Kind::Decrypt:
        if (auto r = decryptJournal(path, request.passphrase); !r) {
            return r.error();
        }
        return ReopenOutcome{QObject::tr("Encryption is off: the journal is a plain file again. Older backups "
                                         "stay encrypted."),
                             {}};
    case ReopenRequest::Kind::ChangePassphrase: {
        auto copies = changeJournalPassphrase(path, request.passphrase, request.newPassphrase, KdfParams::current());
        if (!copies) {
            return copies.error();
        }
        QString done = QObject::tr("The passphrase is changed, for your backups too.");
        if (!copies->olderPassphrase.isEmpty()) {
            done = QObject::tr("The passphrase is changed, for your backups too, except %n older one(s) made before "
                               "an earlier change: they still open with that passphrase. You can delete them under "
                               "Backups.",
                               nullptr, int(copies->olderPassphrase.size()));
        }
        return ReopenOutcome{done, request.newPassphrase};
    }
    case ReopenRequest::Kind::Lock:
        break;
    }
    return ReopenOutcome{QObject::tr("Unlocked."), {}};
}

bool unlockWithPin(Journal &journal, const PassphrasePrompt &prompt)
{
    auto settings = journal.settings();
    if (!settings || !settings->hasPin()) {
        return true;
    }
    const QString hash = settings->pinHash;
    QString message = QObject::tr("Ebb is locked. Enter your PIN.");
    for (;;) {
        const std::optional<QString> pin = prompt(message);
        if (!pin) {
            return false;
        }
        if (pinMatches(hash, *pin)) {
            return true;
        }
        QThread::sleep(1);
        message = QObject::tr("That PIN is not right. Try again.");
    }
}

bool keepMemoryPrivate()
{
    return ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
}

Result<void> ensureDemoJournal(const QString &path, const Clock &clock)
{
    if (QFileInfo::exists(path)) {
        return {};
    }
    auto journal = Journal::open(path, clock);
    if (!journal) {
        return journal.error();
    }
    if (auto r = fillDemoJournal(**journal, clock.today()); !r) {
        journal->reset();
        QFile::remove(path);
        return r;
    }
    return {};
}

std::unique_ptr<MainWindow> makeSessionWindow(Journal &journal, AppSettings &settings, bool demo)
{
    // The demo shares this computer's settings: they are about Ebb here (its look, reminders,
    // starting at login), not about a journal, so a look chosen while exploring stays. Only the
    // reminders stay with the person's own journal: no "How was today?" for invented days, and no
    // second tray icon beside their Ebb's.
    auto window =
        std::make_unique<MainWindow>(journal, &settings, demo ? MainWindow::Reminders::Off : MainWindow::Reminders::On);
    if (demo) {
        // Qt adds " — Ebb" (the application display name) to every title: "Ebb" once is enough.
        window->setWindowTitle(QObject::tr("Demo journal (invented data)"));
    }
    return window;
}

int runJournalSession(const QString &path, const Clock &clock, SingleInstance &instance, bool demo, bool background,
                      std::unique_ptr<Journal> opened)
{
    ReopenOutcome outcome;
    bool locked = false;
    AppSettings settings;
    applyAppearance(settings.appearance());
    for (;;) {
        std::unique_ptr<Journal> journal = std::move(opened); // only the first time, if at all
        if (!journal) {
            journal = openJournalForApp(path, clock, nullptr, outcome.passphrase);
        }
        outcome.passphrase.clear();
        if (!journal) {
            return 1; // the person was told why, or cancelled
        }
        if (locked && !journal->isEncrypted() && !unlockWithPin(*journal, passphraseDialog(nullptr))) {
            return 0; // left locked: what was typed is kept as drafts
        }
        if (journal->isEncrypted()) {
            keepMemoryPrivate();
        }
        bool joinOtherComputer = false;
        if (!demo && OnboardingDialog::isNeeded(*journal)) {
            OnboardingDialog welcome(*journal, &settings);
            QObject::connect(&welcome, &OnboardingDialog::demoRequested, [] {
                QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
            });
            QObject::connect(&welcome, &OnboardingDialog::syncRequested,
                             [&joinOtherComputer] { joinOtherComputer = true; });
            welcome.exec();
        }
        const std::unique_ptr<MainWindow> made = makeSessionWindow(*journal, settings, demo);
        MainWindow &window = *made;
        QObject::connect(&instance, &SingleInstance::raiseRequested, &window, &MainWindow::comeForward);
        installStartupProbe(&window);
        // A logout asks first (commitDataRequest), SIGTERM does not: either way the form is kept
        // as a draft before Ebb goes, and on SIGTERM it then exits cleanly (its lock goes with it).
        QObject::connect(qApp, &QGuiApplication::commitDataRequest, &window, [&window] { window.keepUnsavedNow(); });
        TerminationWatch termination;
        QObject::connect(&termination, &TerminationWatch::terminationRequested, &window, [&window] {
            window.keepUnsavedNow();
            QCoreApplication::exit(0);
        });
        // Started at login: no window, only reminders, unless nothing could bring them (no
        // notification service, no tray); opening Ebb again brings the window (raiseRequested).
        if (background && window.startHidden()) {
            instance.answerRequests();
        } else {
            // A second Ebb's "come to the front" is answered once the window is there to come.
            afterFirstFrame(&window, [&instance] { instance.answerRequests(); });
            window.show();
        }
        if (joinOtherComputer) {
            // Over the window, once it is there: the journal fills from the other computer.
            afterFirstFrame(&window, [&window] { window.openSyncDialog(); });
        }
        background = false; // a reopened window (after a lock or a restore) is always shown
        if (!outcome.message.isEmpty()) {
            window.statusBar()->showMessage(outcome.message, 15000);
        }
        const int exitCode = QApplication::exec();
        const std::optional<ReopenRequest> request = window.reopenRequest();
        if (!request) {
            return exitCode;
        }
        locked = request->kind == ReopenRequest::Kind::Lock;
        journal.reset(); // closed: the key is wiped, an encrypted journal's plaintext is gone from memory
        auto done = carryOut(*request, path, clock);
        if (!done) {
            QMessageBox::warning(nullptr, QStringLiteral("Ebb"), done.errorString());
            outcome = {};
        } else {
            outcome = *done;
        }
    }
}

} // namespace ebb
