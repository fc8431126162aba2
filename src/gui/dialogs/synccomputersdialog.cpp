// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/synccomputersdialog.h"

#include "settings/clock.h"
#include "storage/journal.h"
#include "sync/syncreport.h"
#include "sync/syncstatustext.h"
#include "window/appearance.h"
#include "window/syncrunner.h"
#include "window/windowfit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ebb {

SyncComputersDialog::SyncComputersDialog(Journal &journal, SyncRunner &runner, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_runner(runner)
    , m_list(new QListWidget(this))
    , m_forget(new QPushButton(tr("&Forget this computer…"), this))
    , m_message(new QLabel(this))
{
    fitToContents(this);
    setWindowTitle(tr("Computers that sync this journal"));
    setObjectName(QStringLiteral("SyncComputersDialog"));
    auto *intro = new QLabel(tr("If one of them is gone for good — lost, sold or set up anew — forget it, so that "
                                "the sync folder stops keeping changes for it. Nothing in your journal is lost."),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("syncComputersList"));
    // A person has two or three computers: room for a few lines, not a page of white.
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 6 + 2 * m_list->frameWidth());
    m_forget->setObjectName(QStringLiteral("forgetComputerButton"));
    m_forget->setAutoDefault(false);
    m_message->setObjectName(QStringLiteral("syncComputersMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &SyncComputersDialog::selectionChanged);
    connect(m_forget, &QPushButton::clicked, this, [this] { forgetRow(m_list->currentRow()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_forget, 0, Qt::AlignLeft);
    layout->addWidget(m_message);
    layout->addWidget(close);
    setMinimumWidth(520);
    reload();
}

void SyncComputersDialog::reload()
{
    m_list->clear();
    auto computers = m_journal.syncComputers();
    if (!computers) {
        styleBanner(m_message, BannerKind::Problem);
        m_message->setText(computers.errorString());
        m_message->show();
    } else {
        const QDateTime now = m_journal.clock().now();
        for (const FolderComputer &computer : *computers) {
            auto *item = new QListWidgetItem(syncComputerLine(computer, now), m_list);
            item->setData(Qt::UserRole, computer.device);
            item->setData(Qt::UserRole + 1, computer.thisOne);
        }
    }
    selectionChanged();
}

void SyncComputersDialog::selectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_forget->setEnabled(item != nullptr && !item->data(Qt::UserRole + 1).toBool());
}

bool SyncComputersDialog::forgetRow(int row, bool confirm)
{
    const QListWidgetItem *item = m_list->item(row);
    if (item == nullptr || item->data(Qt::UserRole + 1).toBool()) {
        return false;
    }
    if (confirm && QMessageBox::question(this, tr("Forget this computer?"),
                                         tr("Forget “%1”? Do this only if you will not use that computer with this "
                                            "journal again. If it ever syncs again, it catches up.")
                                             .arg(item->text())) != QMessageBox::Yes) {
        return false;
    }
    m_runner.waitForBackground();
    if (auto forgotten = m_journal.forgetSyncComputer(item->data(Qt::UserRole).toString()); !forgotten) {
        styleBanner(m_message, BannerKind::Problem);
        m_message->setText(forgotten.errorString());
        m_message->show();
        return false;
    }
    m_runner.syncNow(); // the other computers hear of it
    m_message->hide();
    reload();
    return true;
}

} // namespace ebb
