// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/journalopener.h"

#include "settings/clock.h"
#include "storage/backups.h"
#include "storage/sealedjournal.h"

#include <QDir>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QThread>

namespace ebb {

PassphrasePrompt passphraseDialog(QWidget *parent)
{
    return [parent](const QString &message) -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(parent, QObject::tr("Encrypted journal"), message,
                                                   QLineEdit::Password, QString(), &ok);
        if (!ok) {
            return std::nullopt;
        }
        return text;
    };
}

namespace {

bool wrongPassphrase(const Error &error)
{
    return journalErrorKind(error) == JournalErrorKind::WrongPassphrase;
}

/**
 * Asks for the passphrase until it opens the journal (`used` then holds it). A null journal means
 * the person cancelled; an error is any refusal other than a wrong passphrase.
 */
Result<std::unique_ptr<Journal>> openWithPrompt(const QString &path, const Clock &clock, const PassphrasePrompt &prompt,
                                                QString &used)
{
    QString message = QObject::tr("This journal is encrypted. Enter its passphrase to open it.");
    int refusals = 0;
    for (;;) {
        const std::optional<QString> given = prompt(message);
        if (!given) {
            return std::unique_ptr<Journal>();
        }
        auto opened = openJournalUnattended(path, clock, *given);
        if (opened || !wrongPassphrase(opened.error())) {
            used = *given;
            return opened;
        }
        QThread::sleep(1); // each wrong guess costs a moment more than Argon2id alone
        ++refusals;
        // A change inside the file's first part looks the same as a wrong passphrase; after a few
        // tries, say so once, gently.
        message = refusals < 3 ? QObject::tr("That passphrase did not open the journal. Check that Caps Lock is "
                                             "off, and try again.")
                               : QObject::tr("That passphrase did not open the journal. Check that Caps Lock is "
                                             "off, and try again.\nIf you are sure of it, the file may have been "
                                             "changed: Journal → Backups can put a backup in its place.");
    }
}

} // namespace

std::optional<BackupInfo> offerNewestBackup(const QString &path, const Error &error, QWidget *parent)
{
    auto backups = Backups(Backups::directoryFor(path)).list();
    if (!isDamage(journalErrorKind(error)) || !backups || backups->empty()) {
        QMessageBox::critical(parent, QObject::tr("Ebb"), error.message);
        return std::nullopt;
    }
    const BackupInfo &newest = backups->front();
    const auto answer = QMessageBox::question(
        parent, QObject::tr("Ebb"),
        QObject::tr("<p>%1</p><p>The newest backup is from %2. Ebb can continue from it: the damaged file will be "
                    "kept aside, not deleted, in case it can be rescued later.</p><p>Continue from the backup?</p>")
            .arg(error.message.toHtmlEscaped(), QLocale().toString(newest.takenAt.toLocalTime(), QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        return std::nullopt;
    }
    return newest;
}

Result<std::unique_ptr<Journal>> openJournalUnattended(const QString &path, const Clock &clock,
                                                       const QString &passphrase)
{
    // No quick_check here, nor the check of its schema: the window checks both just after its first
    // frame (MainWindow::checkThenBackUp), before anything is written.
    JournalOpenOptions options;
    options.schemaCheck = false;
    return Journal::open(path, clock, options, passphrase);
}

std::unique_ptr<Journal> openJournalForApp(const QString &path, const Clock &clock, QWidget *parent,
                                           const QString &passphrase, PassphrasePrompt prompt)
{
    QString used = passphrase; // what opened an encrypted journal, for its restored backup
    const auto askPassphrase = [&]() {
        if (!prompt) {
            prompt = passphraseDialog(parent);
        }
        return openWithPrompt(path, clock, prompt, used);
    };
    auto journal = openJournalUnattended(path, clock, passphrase);
    if (journal) {
        return std::move(journal).value();
    }
    if (journalErrorKind(journal.error()) == JournalErrorKind::NeedsPassphrase ||
        (!passphrase.isEmpty() && wrongPassphrase(journal.error()))) {
        journal = askPassphrase();
        if (journal) {
            return std::move(journal).value(); // opened, or nullptr when the person cancelled
        }
        if (!isDamage(journalErrorKind(journal.error()))) {
            QMessageBox::critical(parent, QObject::tr("Ebb"), journal.errorString());
            return nullptr;
        }
        // The file is damaged (its shape is checked before any passphrase): offer a backup below.
    }
    const std::optional<BackupInfo> chosen = offerNewestBackup(path, journal.error(), parent);
    if (!chosen) {
        return nullptr;
    }
    const BackupInfo &newest = *chosen;
    auto aside = restoreBackup(path, newest, clock.now());
    if (!aside) {
        QMessageBox::critical(parent, QObject::tr("Ebb"), aside.errorString());
        return nullptr;
    }
    auto restored = openJournalUnattended(path, clock, used);
    if (!restored && (journalErrorKind(restored.error()) == JournalErrorKind::NeedsPassphrase ||
                      wrongPassphrase(restored.error()))) {
        // An encrypted backup in place of a file that held no journal, or a passphrase mistyped
        // before the damage was found: the backup asks for its passphrase.
        restored = askPassphrase();
        if (restored && *restored == nullptr) {
            return nullptr; // cancelled: the backup stays in place and asks again at the next start
        }
    }
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
