// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/managedialog.h"

#include "ui_managedialog.h"

#include "domain/boundary.h"
#include "storage/journal.h"
#include "window/windowfit.h"

namespace ebb {
namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kRetiredRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
constexpr int kNameRole = Qt::UserRole + 3; ///< The stored name, to tell a rename from a repaint.

constexpr TagKind kKindByIndex[] = {TagKind::Drained, TagKind::Restored, TagKind::Neutral};

void fillKindCombo(QComboBox *combo)
{
    combo->addItems({ManageDialog::tr("Draining"), ManageDialog::tr("Restoring"), ManageDialog::tr("Neither")});
}

QListWidgetItem *addItem(QListWidget *list, qint64 id, const QString &name, bool retired)
{
    auto *item = new QListWidgetItem(name, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    item->setData(kIdRole, id);
    item->setData(kRetiredRole, retired);
    item->setData(kNameRole, name);
    if (retired) {
        QFont italic = item->font();
        italic.setItalic(true);
        item->setFont(italic);
        item->setToolTip(ManageDialog::tr("Retired: not asked in new check-ins; its history is kept."));
    }
    return item;
}

} // namespace

ManageDialog::ManageDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::ManageDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    fillKindCombo(m_ui->tagKindCombo);
    fillKindCombo(m_ui->newTagKindCombo);

    connect(m_ui->addBoundaryButton, &QPushButton::clicked, this, &ManageDialog::addBoundary);
    connect(m_ui->newBoundaryEdit, &QLineEdit::returnPressed, this, &ManageDialog::addBoundary);
    connect(m_ui->addTagButton, &QPushButton::clicked, this, &ManageDialog::addTag);
    connect(m_ui->newTagEdit, &QLineEdit::returnPressed, this, &ManageDialog::addTag);
    connect(m_ui->retireBoundaryButton, &QPushButton::clicked, this, [this] { toggleRetired(m_ui->boundaryList); });
    connect(m_ui->retireTagButton, &QPushButton::clicked, this, [this] { toggleRetired(m_ui->tagList); });
    connect(m_ui->boundaryList, &QListWidget::itemChanged, this, &ManageDialog::onItemRenamed);
    connect(m_ui->tagList, &QListWidget::itemChanged, this, &ManageDialog::onItemRenamed);
    connect(m_ui->boundaryList, &QListWidget::currentRowChanged, this, &ManageDialog::updateButtons);
    connect(m_ui->tagList, &QListWidget::currentRowChanged, this, &ManageDialog::updateButtons);
    connect(m_ui->tagKindCombo, &QComboBox::activated, this, &ManageDialog::onTagKindChosen);
    // Enter in the line edits adds; it must not also close the dialog.
    for (auto *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
    }
    reload();
    m_ui->newBoundaryEdit->setFocus(); // the most common reason to come here is to add one
}

ManageDialog::~ManageDialog() = default;

QString ManageDialog::lastError() const
{
    return m_ui->errorLabel->text();
}

bool ManageDialog::report(const Result<void> &result)
{
    m_ui->errorLabel->setVisible(!result.ok());
    m_ui->errorLabel->setText(result.ok() ? QString() : result.errorString());
    return result.ok();
}

void ManageDialog::reload()
{
    m_reloading = true;
    const int boundaryRow = m_ui->boundaryList->currentRow();
    const int tagRow = m_ui->tagList->currentRow();
    m_ui->boundaryList->clear();
    m_ui->tagList->clear();
    if (auto boundaries = m_journal.boundaries(); !boundaries) {
        report(boundaries.error());
    } else {
        for (const Boundary &b : *boundaries) {
            addItem(m_ui->boundaryList, b.id, b.text, !b.isActive());
        }
    }
    if (auto tags = m_journal.tags(); !tags) {
        report(tags.error());
    } else {
        for (const Tag &t : *tags) {
            addItem(m_ui->tagList, t.id, t.name, !t.isActive())->setData(kKindRole, int(t.kind));
        }
    }
    m_ui->boundaryList->setCurrentRow(std::min(boundaryRow, m_ui->boundaryList->count() - 1));
    m_ui->tagList->setCurrentRow(std::min(tagRow, m_ui->tagList->count() - 1));
    m_reloading = false;
    updateButtons();
}

void ManageDialog::addBoundary()
{
    auto added = m_journal.addBoundary(m_ui->newBoundaryEdit->text());
    if (!report(added ? Result<void>() : Result<void>(added.error()))) {
        return; // the text stays in the field, to be corrected
    }
    m_ui->newBoundaryEdit->clear();
    reload();
    m_ui->boundaryList->setCurrentRow(m_ui->boundaryList->count() - 1);
}

void ManageDialog::addTag()
{
    const TagKind kind = kKindByIndex[std::max(0, m_ui->newTagKindCombo->currentIndex())];
    auto added = m_journal.addTag(m_ui->newTagEdit->text(), kind);
    if (!report(added ? Result<void>() : Result<void>(added.error()))) {
        return;
    }
    m_ui->newTagEdit->clear();
    reload();
    const auto found = m_ui->tagList->findItems(added->name, Qt::MatchExactly);
    if (!found.isEmpty()) {
        m_ui->tagList->setCurrentItem(found.first());
    }
}

void ManageDialog::toggleRetired(QListWidget *list)
{
    const QListWidgetItem *item = list->currentItem();
    if (item == nullptr) {
        return;
    }
    const qint64 id = item->data(kIdRole).toLongLong();
    const bool retired = item->data(kRetiredRole).toBool();
    const bool isBoundary = list == m_ui->boundaryList;
    Result<void> result = isBoundary ? (retired ? m_journal.restoreBoundary(id) : m_journal.retireBoundary(id))
                                     : (retired ? m_journal.restoreTag(id) : m_journal.retireTag(id));
    report(result);
    reload();
}

void ManageDialog::onItemRenamed(QListWidgetItem *item)
{
    if (m_reloading || item->text() == item->data(kNameRole).toString()) {
        return;
    }
    const qint64 id = item->data(kIdRole).toLongLong();
    const bool isBoundary = item->listWidget() == m_ui->boundaryList;
    const Result<void> result =
        isBoundary ? m_journal.renameBoundary(id, item->text()) : m_journal.renameTag(id, item->text());
    report(result);
    // Reloading after the edit has finished shows the stored name (or the old one on failure).
    QMetaObject::invokeMethod(this, &ManageDialog::reload, Qt::QueuedConnection);
}

void ManageDialog::onTagKindChosen(int index)
{
    const QListWidgetItem *item = m_ui->tagList->currentItem();
    if (item == nullptr || index < 0) {
        return;
    }
    report(m_journal.setTagKind(item->data(kIdRole).toLongLong(), kKindByIndex[index]));
    reload();
}

void ManageDialog::updateButtons()
{
    const QListWidgetItem *boundary = m_ui->boundaryList->currentItem();
    m_ui->retireBoundaryButton->setEnabled(boundary != nullptr);
    m_ui->retireBoundaryButton->setText(boundary != nullptr && boundary->data(kRetiredRole).toBool() ? tr("&Restore")
                                                                                                     : tr("&Retire"));
    const QListWidgetItem *tag = m_ui->tagList->currentItem();
    m_ui->retireTagButton->setEnabled(tag != nullptr);
    m_ui->tagKindCombo->setEnabled(tag != nullptr);
    m_ui->retireTagButton->setText(tag != nullptr && tag->data(kRetiredRole).toBool() ? tr("R&estore") : tr("R&etire"));
    if (tag != nullptr) {
        m_ui->tagKindCombo->setCurrentIndex(tag->data(kKindRole).toInt());
    }
}

} // namespace ebb
