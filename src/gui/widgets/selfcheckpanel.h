// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/selfcheck.h"

#include <QGroupBox>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;

namespace ebb {

class Journal;

/** The self-check scores over the months, 0-100, with the usual "high" cut-off (50) as a dashed line. */
class SelfCheckTrend : public QWidget
{
    Q_OBJECT

public:
    explicit SelfCheckTrend(QWidget *parent = nullptr);
    void setChecks(std::vector<SelfCheck> checks);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<SelfCheck> m_checks; ///< Scored ones, oldest first.
};

/**
 * The monthly burnout self-check on the review page: a small trend, the latest score in plain
 * words, and the button that opens the check (this month's, or the latest to change or delete).
 */
class SelfCheckPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SelfCheckPanel(Journal &journal, QWidget *parent = nullptr);

    /** Opens the self-check dialog on `day` (today when invalid); returns true when something changed. */
    bool openCheck(QDate day = {});
    void refresh();

private:
    Journal &m_journal;
    SelfCheckTrend *m_trend = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_note = nullptr;
};

/** "45 of 100 on 29 November, down from 54." — the latest score and its direction, for the panel. */
QString selfCheckTrendText(const std::vector<SelfCheck> &checks);

} // namespace ebb
