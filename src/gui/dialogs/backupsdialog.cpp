// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/backupsdialog.h"

#include "ui_backupsdialog.h"

#include "storage/backups.h"
#include "storage/journal.h"
#include "window/appearance.h"
#include "window/windowfit.h"

#include <QCoreApplication>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace ebb {

QString backupReasonText(const QString &reason)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ebb::BackupsDialog", text);
    };
    if (reason.startsWith(QLatin1String("daily"))) {
        return tr("Daily");
    }
    if (reason.startsWith(QLatin1String("manual"))) {
        return tr("Taken by hand");
    }
    if (reason.startsWith(QLatin1String("before-import"))) {
        return tr("Before an import");
    }
    if (reason.startsWith(QLatin1String("before-restore"))) {
        return tr("Before a restore");
    }
    if (reason.startsWith(QLatin1String("before-schema"))) {
        return tr("Before an update of Ebb");
    }
    if (reason.startsWith(kUnsavedBackupReason)) {
        return tr("Changes kept when the journal was changed elsewhere");
    }
    return reason;
}

BackupsDialog::BackupsDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::BackupsDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Ebb keeps a copy of your journal each day, before imports and updates, and whenever you ask: the "
           "newest of each of the last 7 days, 4 weeks and 12 months. They are in %1.")
            .arg(QDir::toNativeSeparators(Backups::directoryFor(journal.path()))));
    m_ui->backupTable->setColumnCount(3);
    m_ui->backupTable->setHorizontalHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    m_ui->backupTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->backupTable->verticalHeader()->hide();
    connect(m_ui->backupTable, &QTableWidget::itemSelectionChanged, this,
            [this] { m_ui->restoreButton->setEnabled(!m_ui->backupTable->selectedItems().isEmpty()); });
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] { restoreRow(m_ui->backupTable->currentRow()); });
    connect(m_ui->backupNowButton, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
}

BackupsDialog::~BackupsDialog() = default;

void BackupsDialog::refresh()
{
    auto backups = Backups(Backups::directoryFor(m_journal.path())).list();
    if (!backups) {
        showMessage(backups.errorString(), true);
        return;
    }
    m_backups = std::move(backups).value();
    QTableWidget *table = m_ui->backupTable;
    table->setRowCount(int(m_backups.size()));
    const QLocale locale;
    for (int row = 0; row < int(m_backups.size()); ++row) {
        const BackupInfo &b = m_backups[size_t(row)];
        table->setItem(row, 0, new QTableWidgetItem(locale.toString(b.takenAt.toLocalTime(), QLocale::ShortFormat)));
        table->setItem(row, 1, new QTableWidgetItem(backupReasonText(b.reason)));
        table->setItem(row, 2, new QTableWidgetItem(locale.formattedDataSize(b.bytes)));
    }
    table->resizeColumnsToContents();
    if (m_backups.empty()) {
        showMessage(tr("No backups yet. “Back up now” takes one."), false);
    }
    m_ui->restoreButton->setEnabled(!table->selectedItems().isEmpty());
}

void BackupsDialog::showMessage(const QString &text, bool problem)
{
    styleBanner(m_ui->messageLabel, problem ? BannerKind::Problem : BannerKind::Info);
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->show();
}

void BackupsDialog::backUpNow()
{
    auto taken = m_journal.backupNow(QStringLiteral("manual"));
    if (!taken) {
        showMessage(taken.errorString(), true);
        return;
    }
    refresh();
    showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(taken->path)), false);
}

bool BackupsDialog::restoreRow(int row, bool confirm)
{
    if (row < 0 || row >= int(m_backups.size())) {
        return false;
    }
    const BackupInfo backup = m_backups[size_t(row)];
    const QString when = QLocale().toString(backup.takenAt.toLocalTime(), QLocale::LongFormat);
    if (confirm &&
        QMessageBox::question(this, tr("Restore this backup?"),
                              tr("Your journal will go back to how it was on %1. Anything written since then "
                                 "is not lost: Ebb first backs up the journal as it is now, and keeps the current "
                                 "file aside. Ebb's window will reopen.")
                                  .arg(when),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return false;
    }
    auto taken = m_journal.backupNow(QStringLiteral("before-restore"), false);
    if (!taken) {
        showMessage(tr("Nothing was restored: the journal as it is now could not be backed up first. %1")
                        .arg(taken.errorString()),
                    true);
        return false;
    }
    m_choice = backup;
    accept();
    return true;
}

} // namespace ebb
