// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingsummary.h"

#include <QFrame>

class QLabel;
class QToolButton;
class QWidget;

namespace ebb {

class Sparkline;

/**
 * One thing Ebb noticed, as a card that is either folded to its title or open: what the data
 * shows, one small suggestion, and on demand "Why am I seeing this?" (the person's own numbers in
 * words beside a small picture of the last weeks). The status panel keeps at most one card open.
 */
class ConcernCard : public QFrame
{
    Q_OBJECT

public:
    /** `recent`: the concern's measure over the last weeks, oldest first, for the picture. */
    ConcernCard(const Concern &concern, std::vector<std::optional<double>> recent, QWidget *parent = nullptr);

    const Concern &concern() const { return m_concern; }
    bool isExpanded() const;
    void setExpanded(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /** The person opened this card (the panel folds the others). */
    void expandRequested(ebb::ConcernCard *card);
    /** The person asked not to see this again until it clears and comes back. */
    void dismissRequested(const ebb::Concern &concern);

private:
    Concern m_concern;
    QToolButton *m_header = nullptr;
    QLabel *m_title = nullptr;
    QWidget *m_body = nullptr;
};

} // namespace ebb
