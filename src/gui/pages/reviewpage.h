// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/review.h"
#include "review/reviewsettings.h"

#include <QDate>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace ebb {

class SelfCheckPanel;

class Journal;
class WeekChart;

/**
 * The weekly reflection: a summary of the week (with a small chart), last week's "one change",
 * and the guided questions. Answers are saved as they are typed (within a second), so nothing
 * is lost. Any week can be opened, with or without a review; one search box finds words across
 * notes, check-in notes and reviews.
 */
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(Journal &journal, QWidget *parent = nullptr);

    /** Shows the ISO week containing `day` (saving the current answers first). */
    void showWeek(QDate day);
    /**
     * Shows the week worth reading now: this week once it has a few check-ins, else the last
     * complete one (see reviewWeekToOpen). The page opens on it.
     */
    void showOpeningWeek();
    QDate monday() const { return m_monday; }
    /** Saves the answers now; returns false (with the message shown) on failure. */
    bool saveNow();
    /** Puts the keyboard in the search box. */
    void focusSearch();
    /** Runs a search and shows its results (an empty text goes back to the review). */
    void search(const QString &text);
    /** The monthly burnout self-check's trend and button, under the week's summary. */
    SelfCheckPanel *selfCheckPanel() const { return m_selfCheck; }

signals:
    /** The person opened a search hit that belongs to a day. */
    void dayActivated(QDate day);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadWeek();
    void rebuildPrompts();
    void refreshSummary();
    void refreshWeekList();
    void onAnswerEdited(const QString &key);
    /** Shows `review`'s answers in the editors that differ, without rebuilding them. */
    void showAnswers(const WeeklyReview &review);
    WeeklyReview currentReview() const;
    void editSettings();

    Journal &m_journal;
    QDate m_monday;
    ReviewSettings m_settings;
    bool m_loading = false;
    QSet<QString> m_edited;      ///< the answers (by key) typed in since the week was loaded or last saved
    bool m_summaryStale = false; ///< The week summary waits until the page is seen.
    bool m_weekPending = false;  ///< The whole week waits until the page is seen.
    QTimer m_saveTimer;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr; ///< The numbers, behind the fold.
    QLabel *m_words = nullptr;   ///< The week in a sentence or two.
    QLabel *m_noticed = nullptr; ///< What Ebb noticed: at most three lines.
    QToolButton *m_numbersButton = nullptr;
    QLabel *m_lastChange = nullptr;
    QLabel *m_status = nullptr;
    WeekChart *m_chart = nullptr; ///< None when the charts module could not be loaded.
    QWidget *m_promptsHost = nullptr;
    std::vector<std::pair<ReviewPrompt, QPlainTextEdit *>> m_answers;
    QPlainTextEdit *m_freeText = nullptr;
    QComboBox *m_weeks = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListWidget *m_results = nullptr;
    SelfCheckPanel *m_selfCheck = nullptr;
};

} // namespace ebb
