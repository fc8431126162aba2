// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace ebb {

class Journal;
class SyncRunner;

/**
 * Sync → Computers…: the computers that sync this journal, this one first, each with when it last
 * wrote to the folder; one given up for good can be forgotten, after a question, so the folder
 * stops keeping changes for it.
 */
class SyncComputersDialog : public QDialog
{
    Q_OBJECT

public:
    SyncComputersDialog(Journal &journal, SyncRunner &runner, QWidget *parent = nullptr);

    /** Forgets the computer in `row` (not this one); `confirm` asks first. False when nothing was forgotten. */
    bool forgetRow(int row, bool confirm = true);

private:
    void reload();
    void selectionChanged();

    Journal &m_journal;
    SyncRunner &m_runner;
    QListWidget *m_list = nullptr;
    QPushButton *m_forget = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ebb
