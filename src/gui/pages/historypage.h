// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableView;

namespace ebb {

class HistoryModel;
class Journal;

/** Past days, newest first; Enter or a double click opens a day in the check-in form. */
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(Journal &journal, QWidget *parent = nullptr);

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /** Reads the journal again, keeping the selected day; while hidden, waits until shown. */
    void refresh();

signals:
    /** The person asked to open `day` for viewing or editing. */
    void dayActivated(QDate day);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Journal &m_journal;
    bool m_stale = true;
    HistoryModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QDateEdit *m_goToDate = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace ebb
