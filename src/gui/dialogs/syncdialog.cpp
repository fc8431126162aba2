// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/syncdialog.h"

#include "dialogs/synccomputersdialog.h"
#include "dialogs/syncpassphrasedialog.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "sync/syncfolder.h"
#include "sync/syncreport.h"
#include "sync/syncstatustext.h"
#include "window/appearance.h"
#include "window/syncrunner.h"
#include "window/windowfit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ebb {
namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SyncDialog::SyncDialog(Journal &journal, SyncRunner &runner, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_runner(runner)
    , m_pages(new QStackedWidget(this))
{
    fitToContents(this);
    setWindowTitle(tr("Sync with my other computers"));
    setObjectName(QStringLiteral("SyncDialog"));

    // Not syncing yet: what it is, then the two things it needs.
    auto *setUp = new QWidget(m_pages);
    auto *setUpLayout = new QVBoxLayout(setUp);
    setUpLayout->setContentsMargins(0, 0, 0, 0);
    setUpLayout->addWidget(wrappedLabel(
        tr("Keep this journal the same on your laptop and your desktop. Ebb puts its changes, encrypted, in a folder "
           "that a sync program you already use (Syncthing, Nextcloud, Dropbox…) keeps the same on each computer."),
        setUp));
    auto *form = new QFormLayout;
    m_folder = new QLineEdit(setUp);
    m_folder->setObjectName(QStringLiteral("syncFolderEdit"));
    m_folder->setPlaceholderText(tr("A folder your sync program shares"));
    auto *choose = new QPushButton(tr("C&hoose…"), setUp);
    connect(choose, &QPushButton::clicked, this, &SyncDialog::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *folderLabel = new QLabel(tr("&Folder"), setUp);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_passphrase = new QLineEdit(setUp);
    m_passphrase->setObjectName(QStringLiteral("syncPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *passphraseLabel = new QLabel(tr("&Passphrase"), setUp);
    passphraseLabel->setBuddy(m_passphrase);
    form->addRow(passphraseLabel, m_passphrase);
    setUpLayout->addLayout(form);
    setUpLayout->addWidget(wrappedLabel(tr("Use the same passphrase on every computer; the first one chooses it. "
                                           "Without it nobody, not the sync program either, can read the folder."),
                                        setUp));
    m_startButton = new QPushButton(tr("&Start syncing"), setUp);
    m_startButton->setObjectName(QStringLiteral("startSyncButton"));
    m_startButton->setDefault(true);
    connect(m_startButton, &QPushButton::clicked, this, &SyncDialog::start);
    setUpLayout->addWidget(m_startButton, 0, Qt::AlignRight);
    m_pages->addWidget(setUp);

    // Syncing: where, how it went, and the two things one can do.
    auto *syncing = new QWidget(m_pages);
    auto *syncingLayout = new QVBoxLayout(syncing);
    syncingLayout->setContentsMargins(0, 0, 0, 0);
    m_where = wrappedLabel(QString(), syncing);
    m_status = wrappedLabel(QString(), syncing);
    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    QFont bigger = m_status->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    m_status->setFont(bigger);
    m_result = wrappedLabel(QString(), syncing);
    m_result->setObjectName(QStringLiteral("syncResultLabel"));
    m_result->hide(); // until there is something to say
    syncingLayout->addWidget(m_status);
    syncingLayout->addWidget(m_where);
    syncingLayout->addWidget(m_result);
    // Shown when the passphrase was changed on another computer: the new one, once.
    m_joinAgain = new QWidget(syncing);
    auto *joinRow = new QHBoxLayout(m_joinAgain);
    joinRow->setContentsMargins(0, 0, 0, 0);
    m_newPassphrase = new QLineEdit(m_joinAgain);
    m_newPassphrase->setObjectName(QStringLiteral("joinAgainPassphraseEdit"));
    m_newPassphrase->setEchoMode(QLineEdit::Password);
    m_newPassphrase->setPlaceholderText(tr("The new sync passphrase"));
    auto *joinButton = new QPushButton(tr("&Join again"), m_joinAgain);
    joinButton->setObjectName(QStringLiteral("joinAgainButton"));
    connect(joinButton, &QPushButton::clicked, this, &SyncDialog::joinAgain);
    joinRow->addWidget(m_newPassphrase, 1);
    joinRow->addWidget(joinButton);
    m_joinAgain->hide();
    syncingLayout->addWidget(m_joinAgain);
    auto *buttons = new QHBoxLayout;
    auto *stopButton = new QPushButton(tr("S&top syncing"), syncing);
    stopButton->setObjectName(QStringLiteral("stopSyncButton"));
    stopButton->setAutoDefault(false); // Enter syncs; stopping takes a deliberate click
    connect(stopButton, &QPushButton::clicked, this, &SyncDialog::stop);
    auto *nowButton = new QPushButton(tr("Sync &now"), syncing);
    nowButton->setObjectName(QStringLiteral("syncNowButton"));
    nowButton->setDefault(true);
    connect(nowButton, &QPushButton::clicked, &m_runner, &SyncRunner::syncNow);
    auto *computersButton = new QPushButton(tr("&Computers…"), syncing);
    computersButton->setObjectName(QStringLiteral("syncComputersButton"));
    computersButton->setAutoDefault(false);
    connect(computersButton, &QPushButton::clicked, this, [this] {
        SyncComputersDialog computers(m_journal, m_runner, this);
        computers.exec();
        showState();
    });
    auto *passphraseButton = new QPushButton(tr("Change &passphrase…"), syncing);
    passphraseButton->setObjectName(QStringLiteral("changePassphraseButton"));
    passphraseButton->setAutoDefault(false);
    connect(passphraseButton, &QPushButton::clicked, this, [this] {
        SyncPassphraseDialog change(m_journal, m_runner, this);
        if (change.exec() == QDialog::Accepted) {
            showState();
            m_result->setText(tr("The sync passphrase is changed. Your other computers ask for the new one once, and "
                                 "go on where they were."));
            m_result->show();
        }
    });
    buttons->addWidget(stopButton);
    buttons->addWidget(computersButton);
    buttons->addWidget(passphraseButton);
    buttons->addStretch(1);
    buttons->addWidget(nowButton);
    syncingLayout->addLayout(buttons);
    m_pages->addWidget(syncing);

    m_message = wrappedLabel(QString(), this);
    m_message->setObjectName(QStringLiteral("syncMessageLabel"));
    m_message->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(close);

    connect(&m_runner, &SyncRunner::synced, this, &SyncDialog::showReport);
    connect(&m_runner, &SyncRunner::failed, this, &SyncDialog::showProblem);
    // "2 minutes ago" stays true while the dialog is open.
    auto *tick = new QTimer(this);
    tick->start(30 * 1000);
    connect(tick, &QTimer::timeout, this, &SyncDialog::showState);
    showState();
    setMinimumWidth(600);
    adjustSize();
}

void SyncDialog::showState()
{
    const auto &status = m_runner.status();
    m_pages->setCurrentIndex(status ? 1 : 0);
    if (status) {
        m_status->setText(syncStatusLine(*status, m_journal.clock().now()));
        m_where->setText(tr("Through %1").arg(QDir::toNativeSeparators(status->folder)));
    }
    m_joinAgain->setVisible(status && m_runner.needsNewPassphrase());
}

void SyncDialog::joinAgain()
{
    const auto &status = m_runner.status();
    if (!status) {
        return;
    }
    m_runner.waitForBackground();
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes about a second, on purpose
    auto joined = m_journal.setUpSync(status->folder, m_newPassphrase->text());
    QApplication::restoreOverrideCursor();
    if (!joined) {
        showProblem(joined.errorString());
        return;
    }
    m_newPassphrase->clear();
    m_message->hide();
    m_runner.reload();
    m_runner.syncNow();
    showState();
}

void SyncDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("The folder your sync program shares"),
                                          m_folder->text().isEmpty() ? QDir::homePath() : m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
}

void SyncDialog::start()
{
    m_message->hide();
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        showProblem(tr("Choose the folder your sync program keeps the same on your computers."));
        return;
    }
    if (characterCount(m_passphrase->text()) < kMinimumSyncPassphraseLength) {
        showProblem(tr("The passphrase needs at least %1 characters.").arg(kMinimumSyncPassphraseLength));
        return;
    }
    m_runner.waitForBackground();
    QApplication::setOverrideCursor(Qt::WaitCursor); // Argon2id takes about a second, on purpose
    auto first = m_journal.setUpSync(QDir(folder).absolutePath(), m_passphrase->text());
    QApplication::restoreOverrideCursor();
    if (!first) {
        showProblem(first.errorString());
        return;
    }
    m_passphrase->clear();
    m_runner.reload();
    showState();
    const QString joined = *first ? tr("This computer made the folder's key. On your other computer, choose its copy "
                                       "of this folder and the same passphrase.")
                                  : tr("This computer joined the folder.");
    // The first exchange says what it did; this says what setting up did, first.
    if (m_runner.syncNow()) {
        m_result->setText(joined + QLatin1Char(' ') + m_result->text());
    } else {
        m_result->setText(joined);
    }
    m_result->show();
}

void SyncDialog::stop()
{
    m_runner.waitForBackground();
    if (auto stopped = m_journal.stopSync(); !stopped) {
        showProblem(stopped.errorString());
        return;
    }
    m_runner.reload();
    m_message->hide();
    showState();
}

void SyncDialog::showReport(const SyncReport &report)
{
    showState();
    m_result->setText(syncReportText(report));
    m_result->show();
    if (report.notes.isEmpty()) {
        m_message->hide();
    } else {
        styleBanner(m_message, BannerKind::Caution);
        m_message->setText(report.notes.join(QLatin1Char('\n')));
        m_message->show();
    }
}

void SyncDialog::showProblem(const QString &message)
{
    m_joinAgain->setVisible(m_runner.isSyncing() && m_runner.needsNewPassphrase());
    styleBanner(m_message, BannerKind::Problem);
    m_message->setText(message);
    m_message->show();
}

} // namespace ebb
