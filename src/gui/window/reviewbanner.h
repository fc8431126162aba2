// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/wrappinglabel.h"

namespace ebb {

class Journal;

/**
 * The quiet banner over the pages: from the review day to the end of the week, until the week has
 * a review, it offers the weekly review; from the review day on, four weeks after the last one, the
 * monthly burnout self-check too, with "not this month" beside it (which it keeps itself). One
 * sentence at most, and hidden when there is nothing to offer. Follows the journal's changes.
 */
class ReviewBanner : public WrappingLabel
{
    Q_OBJECT

public:
    explicit ReviewBanner(Journal &journal, QWidget *parent = nullptr);

    /** Says what is due today, or hides. */
    void refresh();

signals:
    void reviewRequested();
    void selfCheckRequested();
    /** "Not this month" could not be kept: what went wrong, for the status bar. */
    void problem(const QString &message);

private:
    void onLink(const QString &link);

    Journal &m_journal;
};

} // namespace ebb
