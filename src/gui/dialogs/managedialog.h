// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>

#include <memory>

class QListWidget;
class QListWidgetItem;

namespace Ui {
class ManageDialog;
}

namespace ebb {

class Journal;

/** Add, rename (F2), retire and restore boundaries and tags. Every change goes through Journal. */
class ManageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ManageDialog(Journal &journal, QWidget *parent = nullptr);
    ~ManageDialog() override;

    /** The message of the last failed change, empty after a success. */
    QString lastError() const;

private:
    void reload();
    void addBoundary();
    void addTag();
    void toggleRetired(QListWidget *list);
    void onItemRenamed(QListWidgetItem *item);
    void onTagKindChosen(int index);
    void updateButtons();
    bool report(const Result<void> &result);

    Journal &m_journal;
    std::unique_ptr<Ui::ManageDialog> m_ui;
    bool m_reloading = false;
};

} // namespace ebb
