// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ebb {

class Journal;
class SyncRunner;

/**
 * Sync → Change passphrase…: the new sync passphrase, twice. The folder then gets a new key, and
 * the person's other computers ask for the new passphrase once.
 */
class SyncPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    SyncPassphraseDialog(Journal &journal, SyncRunner &runner, QWidget *parent = nullptr);

    /** Changes the passphrase to `passphrase` if `again` is the same; false (and why, shown) if not. */
    bool change(const QString &passphrase, const QString &again);

private:
    void showProblem(const QString &message);

    Journal &m_journal;
    SyncRunner &m_runner;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_again = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace ebb
