// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/reviewbanner.h"

#include "domain/review.h"
#include "domain/selfcheck.h"
#include "review/reviewsettings.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "window/appearance.h"

namespace ebb {

ReviewBanner::ReviewBanner(Journal &journal, QWidget *parent)
    : WrappingLabel(parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("reviewReminder"));
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    styleBanner(this, BannerKind::Gentle);
    connect(this, &QLabel::linkActivated, this, &ReviewBanner::onLink);
    connect(&journal, &Journal::reviewSaved, this, &ReviewBanner::refresh);
    connect(&journal, &Journal::selfChecksChanged, this, &ReviewBanner::refresh);
    connect(&journal, &Journal::settingsChanged, this, &ReviewBanner::refresh);
    refresh();
}

void ReviewBanner::refresh()
{
    // Shown from the chosen weekday to the end of that week, until the week has a review.
    const QDate today = m_journal.clock().today();
    auto settings = m_journal.reviewSettings();
    auto review = m_journal.review(isoWeekKey(today));
    const bool reviewDay = settings && today.dayOfWeek() >= settings->weekday;
    const bool due = reviewDay && review && !review->has_value();
    // The monthly self-check rides on the same reminder: offered from the review day, once a month.
    bool selfCheck = false;
    if (reviewDay) {
        auto journalSettings = m_journal.settings();
        auto checks = m_journal.selfChecks();
        selfCheck = journalSettings && checks && journalSettings->selfCheckReminder &&
                    selfCheckDue(*checks, today, journalSettings->selfCheckSkippedOn);
    }
    QString text = tr("When you have a quiet minute, there is the <a href=\"selfcheck\">monthly burnout "
                      "self-check</a>: six short questions. Or <a href=\"skip-selfcheck\">not this month</a>.");
    if (due) {
        text = selfCheck ? tr("It is your weekly review day. When you have five quiet minutes, <a href=\"review\">look "
                              "back at your week</a>; this month there is also the <a href=\"selfcheck\">burnout "
                              "self-check</a>, six short questions (or <a href=\"skip-selfcheck\">not this "
                              "month</a>).")
                         : tr("It is your weekly review day. When you have five quiet minutes, "
                              "<a href=\"review\">look back at your week</a>.");
    }
    setText(text);
    setVisible(due || selfCheck);
}

void ReviewBanner::onLink(const QString &link)
{
    if (link == QLatin1String("skip-selfcheck")) {
        // "Not this month": offered again four weeks later, never before.
        auto settings = m_journal.settings();
        if (settings) {
            settings->selfCheckSkippedOn = m_journal.clock().today();
        }
        if (auto saved = settings ? m_journal.saveSettings(*settings) : Result<void>(settings.error()); !saved) {
            emit problem(saved.errorString());
        }
        refresh();
        return;
    }
    emit reviewRequested();
    if (link == QLatin1String("selfcheck")) {
        emit selfCheckRequested();
    }
}

} // namespace ebb
