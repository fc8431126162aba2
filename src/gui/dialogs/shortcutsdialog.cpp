// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include "ui_shortcutsdialog.h"

#include "window/windowfit.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>

namespace ebb {
namespace {

QString plainText(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

void collect(const QMenu &menu, const QString &prefix, QList<QPair<QString, QString>> &rows)
{
    for (const QAction *action : menu.actions()) {
        if (action->menu() != nullptr) {
            collect(*action->menu(), prefix + plainText(action->text()) + QStringLiteral(" → "), rows);
        } else if (!action->shortcut().isEmpty()) {
            rows.append({action->shortcut().toString(QKeySequence::NativeText), prefix + plainText(action->text())});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar &menus, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    QList<QPair<QString, QString>> rows;
    for (const QAction *top : menus.actions()) {
        if (top->menu() != nullptr) {
            collect(*top->menu(), plainText(top->text()) + QStringLiteral(" → "), rows);
        }
    }
    rows.append({tr("Tab / Shift+Tab"), tr("Check-in: next / previous question")});
    rows.append({tr("Type a number"), tr("Check-in: answer a measure (1 then 0 quickly is 10)")});
    rows.append({tr("Left / Right"), tr("Check-in: one step down or up on a measure")});
    rows.append({tr("Delete"), tr("Check-in: leave a measure or a boundary “not recorded”")});
    rows.append({tr("H, S, N"), tr("Check-in: a boundary held, slipped, not relevant")});
    rows.append({tr("Space"), tr("Check-in: tick the tag under the cursor")});
    rows.append({tr("Enter"), tr("History: open the day")});
    QTableWidget *table = m_ui->shortcutTable;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Keys"), tr("What they do")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    table->resizeColumnToContents(0);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace ebb
