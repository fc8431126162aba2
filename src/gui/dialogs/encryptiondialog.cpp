// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/encryptiondialog.h"

#include "ui_encryptiondialog.h"

#include "crypto/pin.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "window/appearance.h"
#include "window/windowfit.h"

#include <QApplication>
#include <QPushButton>

namespace ebb {

EncryptionDialog::EncryptionDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::EncryptionDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    const bool encrypted = journal.isEncrypted();
    m_ui->explanationLabel->setText(
        encrypted ? tr("<p>Your journal is <b>encrypted</b>: its file, backups and drafts can only be read with "
                       "your passphrase.</p>")
                  : tr("<p>Encryption keeps your journal unreadable to anyone who gets its files — on a shared "
                       "computer, a lost laptop, a synced folder.</p><p><b>There is no way to recover the journal "
                       "without the passphrase.</b> Nobody can reset it: not you, not Ebb's authors. Write it "
                       "somewhere safe.</p><p>Your backups are encrypted too, where they are, and so is every new one. "
                       "Reports you export on purpose stay readable.</p>"));
    m_ui->currentLabel->setVisible(encrypted);
    m_ui->currentEdit->setVisible(encrypted);
    m_ui->understandCheck->setVisible(!encrypted);
    m_ui->encryptButton->setVisible(!encrypted);
    m_ui->changeButton->setVisible(encrypted);
    m_ui->decryptButton->setVisible(encrypted);
    // A plain journal can still lock its window, behind an optional PIN (which encrypts nothing).
    m_ui->pinCheck->setVisible(!encrypted);
    m_ui->pinEdit->setVisible(!encrypted);
    auto stored = journal.settings();
    const JournalSettings settings = stored ? *stored : JournalSettings();
    m_hasPin = settings.hasPin();
    m_ui->pinCheck->setChecked(m_hasPin);
    // The lock is its own choice, apart from the passphrase: a PIN hides the window, nothing more.
    m_ui->lockExplanationLabel->setText(
        encrypted ? tr("Ebb can lock itself when you step away; unlocking asks for the passphrase (Ctrl+L locks now).")
                  : tr("Without encryption the window can still lock when you step away (Ctrl+L locks now), "
                       "behind a PIN if you like. A PIN only hides the window; it does not protect the file."));
    m_ui->lockSpin->setValue(settings.lockIdleMinutes);
    styleBanner(m_ui->messageLabel, BannerKind::Problem);
    connect(m_ui->encryptButton, &QPushButton::clicked, this, &EncryptionDialog::requestEncryption);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &EncryptionDialog::requestPassphraseChange);
    connect(m_ui->decryptButton, &QPushButton::clicked, this, &EncryptionDialog::requestDecryption);
    connect(m_ui->saveLockButton, &QPushButton::clicked, this, &EncryptionDialog::saveLockTime);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (encrypted ? m_ui->currentEdit : m_ui->newEdit)->setFocus();
}

EncryptionDialog::~EncryptionDialog() = default;

void EncryptionDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

std::optional<QString> EncryptionDialog::checkedNewPassphrase()
{
    const QString text = m_ui->newEdit->text();
    if (text.size() < kMinimumPassphraseLength) {
        showMessage(tr("Please choose a passphrase of at least %1 characters; a few ordinary words work well.")
                        .arg(kMinimumPassphraseLength));
        return std::nullopt;
    }
    if (text != m_ui->confirmEdit->text()) {
        showMessage(tr("The two passphrases are not the same. Type it again in both fields."));
        return std::nullopt;
    }
    return text;
}

bool EncryptionDialog::currentPassphraseOpens()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto verified = verifyJournalPassphrase(m_journal.path(), m_ui->currentEdit->text());
    QApplication::restoreOverrideCursor();
    if (!verified) {
        showMessage(tr("That is not the journal's current passphrase; nothing was changed."));
        return false;
    }
    return true;
}

void EncryptionDialog::requestEncryption()
{
    if (!m_ui->understandCheck->isChecked()) {
        showMessage(tr("Please tick that you understand there is no recovery without the passphrase."));
        return;
    }
    const auto passphrase = checkedNewPassphrase();
    if (!passphrase) {
        return;
    }
    m_request = ReopenRequest{ReopenRequest::Kind::Encrypt, {}, {}, *passphrase};
    accept();
}

void EncryptionDialog::requestPassphraseChange()
{
    const auto passphrase = checkedNewPassphrase();
    if (!passphrase || !currentPassphraseOpens()) {
        return;
    }
    m_request = ReopenRequest{ReopenRequest::Kind::ChangePassphrase, {}, m_ui->currentEdit->text(), *passphrase};
    accept();
}

void EncryptionDialog::requestDecryption()
{
    if (!currentPassphraseOpens()) {
        return;
    }
    m_request = ReopenRequest{ReopenRequest::Kind::Decrypt, {}, m_ui->currentEdit->text(), {}};
    accept();
}

void EncryptionDialog::saveLockTime()
{
    auto settings = m_journal.settings();
    if (!settings) {
        showMessage(settings.errorString());
        return;
    }
    if (!m_journal.isEncrypted()) {
        QString hash; // empty: no PIN
        if (m_ui->pinCheck->isChecked()) {
            const QString pin = m_ui->pinEdit->text();
            if (pin.isEmpty() && !m_hasPin) {
                showMessage(tr("Type the PIN you want, or untick “Ask for a PIN”."));
                return;
            }
            if (!pin.isEmpty() && pin.size() < kMinimumPinLength) {
                showMessage(tr("Please choose a PIN of at least %1 characters.").arg(kMinimumPinLength));
                return;
            }
            if (pin.isEmpty()) {
                hash = settings->pinHash;
            } else {
                auto made = hashPin(pin);
                if (!made) {
                    showMessage(made.errorString());
                    return;
                }
                hash = *made;
            }
        } else if (m_ui->lockSpin->value() > 0) {
            showMessage(tr("A plain journal locks only behind a PIN: tick “Ask for a PIN”, or choose “never”."));
            return;
        }
        settings->pinHash = hash;
    }
    settings->lockIdleMinutes = m_ui->lockSpin->value();
    if (auto r = m_journal.saveSettings(*settings); !r) {
        showMessage(r.errorString());
        return;
    }
    accept();
}

} // namespace ebb
