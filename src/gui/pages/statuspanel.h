// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingday.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsummary.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace ebb {

class ConcernCard;
class Journal;

/**
 * How the person's recent days look, one calm thing at a time: a title and one headline sentence,
 * then at most one open card (the concern that matters most), the rest folded behind one quiet
 * line, and always the note that Ebb is not a medical tool. What is shown is decided in the core
 * (summarizePacing), so the panel, the report and `ebb-cli analyze` agree. After today's check-in
 * is saved it says thank you and keeps every card folded. Refreshes itself when the journal changes.
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
    /** What is presented of it. */
    const PacingSummary &summary() const { return m_summary; }

private:
    void display();
    void dismiss(const Concern &concern);
    void onCheckInSaved(QDate day);
    void openCard(ConcernCard *card);
    void showOthers(bool shown);

    Journal &m_journal;
    PacingReport m_report;
    PacingSummary m_summary;
    std::vector<PacingDay> m_days;
    QLabel *m_title = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_longer = nullptr;           ///< The longer view's line under the headline, when nothing else waits.
    std::vector<QLabel *> m_longerFolded; ///< Its other lines, in the fold with the other cards.
    QVBoxLayout *m_cards = nullptr;
    QToolButton *m_more = nullptr;
    std::vector<ConcernCard *> m_cardList;
    bool m_loaded = false;  ///< The first analysis has run.
    bool m_thanked = false; ///< Today's check-in was just saved: say thank you, open nothing.
    bool m_othersShown = false;
};

} // namespace ebb
