// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/selfcheck.h"

#include <QDialog>

#include <vector>

class QDateEdit;
class QLabel;
class QPushButton;

namespace ebb {

class Journal;
class SegmentedScale;

/**
 * The monthly burnout self-check: the six questions of the Copenhagen Burnout Inventory's personal
 * burnout scale, in the authors' English (a validated questionnaire is never reworded; a translated
 * interface says so), each answered on a SegmentedScale of its five answers (one Tab stop, arrows,
 * a letter, Delete to skip) or skipped. The score shows as the person answers. A day that already
 * has a check opens it to change or delete, like a check-in; answers not saved yet are never
 * replaced without asking.
 */
class SelfCheckDialog : public QDialog
{
    Q_OBJECT

public:
    SelfCheckDialog(Journal &journal, QDate day, QWidget *parent = nullptr);

    /** The answers as they stand in the dialog. */
    SelfCheck current() const;
    /** Chooses the answer worth `value` (0-100) for question `item`, or none (nullopt). */
    void setAnswer(int item, std::optional<int> value);
    QDateEdit *dateEdit() const { return m_date; }

private:
    void onDateChanged();
    void loadAnswers(const std::optional<SelfCheck> &check);
    std::optional<SelfCheck> stored(QDate day) const;
    void updateScore();
    void save();
    void removeCheck();

    Journal &m_journal;
    std::vector<SelfCheck> m_checks;
    bool m_readFailed = false;
    QDate m_shownDay; ///< The day whose stored answers (or none) the questions started from.
    QDateEdit *m_date = nullptr;
    std::vector<SegmentedScale *> m_questions;
    QLabel *m_score = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace ebb
