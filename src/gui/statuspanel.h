// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingreport.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ebb {

class Journal;

/**
 * How the person's recent days look as of today: the overall status, the pacing flags as cards
 * (dismissed episodes left out), kind words for flags that cleared, and always the note that Ebb
 * is not a medical tool. Refreshes itself whenever a check-in is saved.
 */
class StatusPanel : public QWidget
{
    Q_OBJECT

public:
    /** When the first analysis runs: at once, or just after the panel's first frame is on screen. */
    enum class FirstLoad { Now, AfterFirstFrame };

    explicit StatusPanel(Journal &journal, QWidget *parent = nullptr, FirstLoad firstLoad = FirstLoad::Now);

    /** Reads the journal and runs the pacing engine again. */
    void refresh();
    /** The report shown, with dismissed flags removed and the status recomputed. */
    const PacingReport &report() const { return m_report; }

private:
    void display(const PacingReport &report);
    void dismiss(const Flag &flag);

    Journal &m_journal;
    PacingReport m_report;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_cards = nullptr;
    bool m_loaded = false; ///< The first analysis has run.
};

} // namespace ebb
