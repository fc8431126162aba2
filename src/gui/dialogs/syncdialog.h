// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace ebb {

class Journal;
class SyncRunner;
struct SyncReport;

/**
 * Settings → Sync with my other computers. Not syncing: what it does in two sentences, the folder
 * and the passphrase, and one button. Syncing: where, when last and with how many computers, what
 * the last exchange did or could not do, Sync now and Stop syncing, the computers, and changing
 * the passphrase (or, when it changed on another computer, the new one to join again).
 */
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(Journal &journal, SyncRunner &runner, QWidget *parent = nullptr);

private:
    void showState();
    void chooseFolder();
    void start();
    void stop();
    void joinAgain();
    void showReport(const ebb::SyncReport &report);
    void showProblem(const QString &message);

    Journal &m_journal;
    SyncRunner &m_runner;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_folder = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QPushButton *m_startButton = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_joinAgain = nullptr; ///< the new passphrase, after it changed on another computer
    QLineEdit *m_newPassphrase = nullptr;
};

} // namespace ebb
