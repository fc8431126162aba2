// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/syncpassphrasedialog.h"

#include "storage/journal.h"
#include "sync/syncfolder.h"
#include "window/appearance.h"
#include "window/syncrunner.h"
#include "window/windowfit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ebb {

SyncPassphraseDialog::SyncPassphraseDialog(Journal &journal, SyncRunner &runner, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_runner(runner)
    , m_new(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    fitToContents(this);
    setWindowTitle(tr("Change the sync passphrase"));
    setObjectName(QStringLiteral("SyncPassphraseDialog"));
    auto *intro = new QLabel(tr("The sync folder gets a new key: the old passphrase opens nothing written from now "
                                "on. Your other computers ask for the new passphrase once, and nothing is lost."),
                             this);
    intro->setWordWrap(true);
    for (QLineEdit *edit : {m_new, m_again}) {
        edit->setEchoMode(QLineEdit::Password);
    }
    m_new->setObjectName(QStringLiteral("newSyncPassphraseEdit"));
    m_again->setObjectName(QStringLiteral("newSyncPassphraseAgainEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("&New passphrase"), m_new);
    form->addRow(tr("The same &again"), m_again);
    m_message->setObjectName(QStringLiteral("syncPassphraseMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *changeButton = buttons->addButton(tr("&Change passphrase"), QDialogButtonBox::AcceptRole);
    changeButton->setObjectName(QStringLiteral("changeSyncPassphraseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(changeButton, &QPushButton::clicked, this, [this] {
        if (change(m_new->text(), m_again->text())) {
            accept();
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool SyncPassphraseDialog::change(const QString &passphrase, const QString &again)
{
    if (characterCount(passphrase) < kMinimumSyncPassphraseLength) {
        showProblem(tr("The passphrase needs at least %1 characters.").arg(kMinimumSyncPassphraseLength));
        return false;
    }
    if (passphrase != again) {
        showProblem(tr("The two passphrases are not the same. Type the new one twice."));
        return false;
    }
    m_runner.waitForBackground();
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes about a second, on purpose
    auto changed = m_journal.changeSyncPassphrase(passphrase);
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showProblem(changed.errorString()); // the passphrase stays, to try again
        return false;
    }
    m_new->clear();
    m_again->clear();
    m_runner.reload();
    return true;
}

void SyncPassphraseDialog::showProblem(const QString &message)
{
    styleBanner(m_message, BannerKind::Problem);
    m_message->setText(message);
    m_message->show();
}

} // namespace ebb
