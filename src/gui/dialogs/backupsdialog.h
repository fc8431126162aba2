// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class BackupsDialog;
}

namespace ebb {

class Journal;

/**
 * Journal → Backups: the snapshots beside the journal, newest first; "Back up now"; and
 * "Restore…", which (after asking) backs up the journal as it is now and then closes with the
 * chosen backup in restoreChoice() — the window is closed and the journal reopened by the caller,
 * because a journal cannot be replaced while it is open.
 */
class BackupsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BackupsDialog(Journal &journal, QWidget *parent = nullptr);
    ~BackupsDialog() override;

    /** The backup to restore, once the person has chosen and confirmed one. */
    const std::optional<BackupInfo> &restoreChoice() const { return m_choice; }
    /** Restores the backup in `row` after the current journal is backed up; `confirm` asks first. */
    bool restoreRow(int row, bool confirm = true);
    void backUpNow();

private:
    void refresh();
    void showMessage(const QString &text, bool problem);

    Journal &m_journal;
    std::unique_ptr<Ui::BackupsDialog> m_ui;
    std::vector<BackupInfo> m_backups;
    std::optional<BackupInfo> m_choice;
};

/** A backup's reason in words: "daily" → "Daily", "before-import" → "Before an import", … */
QString backupReasonText(const QString &reason);

} // namespace ebb
