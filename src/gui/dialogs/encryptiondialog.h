// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "startup/reopenrequest.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class EncryptionDialog;
}

namespace ebb {

class Journal;

/**
 * Journal → Encryption and lock: encrypt a plain journal (after saying plainly that there is no
 * recovery without the passphrase), change the passphrase, turn encryption off, and choose after
 * how many idle minutes the window locks (a plain journal's lock needs a PIN). The steps that replace the file close
 * the dialog with a ReopenRequest; the app carries them out and opens the journal again.
 */
class EncryptionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EncryptionDialog(Journal &journal, QWidget *parent = nullptr);
    ~EncryptionDialog() override;

    const std::optional<ReopenRequest> &request() const { return m_request; }

    void requestEncryption();
    void requestPassphraseChange();
    void requestDecryption();
    void saveLockTime();

private:
    /** The new passphrase when it is long enough and typed twice alike; else says why. */
    std::optional<QString> checkedNewPassphrase();
    bool currentPassphraseOpens();
    void showMessage(const QString &text);

    Journal &m_journal;
    std::unique_ptr<Ui::EncryptionDialog> m_ui;
    std::optional<ReopenRequest> m_request;
    bool m_hasPin = false;
};

constexpr int kMinimumPassphraseLength = 8;
constexpr int kMinimumPinLength = 4;

} // namespace ebb
