// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/statuspanel.h"

#include "pacing/flagtext.h"
#include "pacing/pacingday.h"
#include "pacing/pacingengine.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "widgets/concerncard.h"
#include "widgets/wrappinglabel.h"
#include "window/appearance.h"
#include "window/eventwatch.h"

#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace ebb {
namespace {

// How far back the small picture in "Why am I seeing this?" reaches.
constexpr int kPictureDays = 28;

/** The measure on each of the last four weeks' days, oldest first; days without a check-in are empty. */
std::vector<std::optional<double>> recentValues(const std::vector<PacingDay> &days, Metric metric, QDate today)
{
    std::vector<std::optional<double>> values(kPictureDays);
    const QDate first = today.addDays(-(kPictureDays - 1));
    for (const PacingDay &d : days) {
        if (d.date >= first && d.date <= today) {
            values[size_t(first.daysTo(d.date))] = metricValue(d, metric);
        }
    }
    return values;
}

} // namespace

StatusPanel::StatusPanel(Journal &journal, QWidget *parent, FirstLoad firstLoad)
    : QWidget(parent)
    , m_journal(journal)
    , m_title(new WrappingLabel(this))
    , m_headline(new WrappingLabel(this))
    , m_error(new WrappingLabel(this))
    , m_longer(new WrappingLabel(this))
{
    m_longer->setObjectName(QStringLiteral("longerViewLine"));
    m_longer->hide();
    m_title->setObjectName(QStringLiteral("statusTitle"));
    m_title->setFont(headingFont(m_title->font()));
    m_headline->setObjectName(QStringLiteral("statusSummary"));
    m_error->setObjectName(QStringLiteral("statusError"));
    m_error->hide();

    auto *cardsHost = new QWidget;
    m_cards = new QVBoxLayout(cardsHost);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_more = new QToolButton(cardsHost);
    m_more->setObjectName(QStringLiteral("moreButton"));
    m_more->setAutoRaise(true);
    m_more->setCheckable(true);
    m_more->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_more->setArrowType(Qt::RightArrow);
    // Never wider than the panel: a long line in another language must not push the cards past its edge.
    m_more->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_more->setAccessibleName(tr("More that Ebb noticed"));
    m_more->hide();
    connect(m_more, &QToolButton::toggled, this, &StatusPanel::showOthers);
    m_cards->addWidget(m_more);
    m_cards->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Pacing notes"));
    scroll->setWidget(cardsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *safety = new WrappingLabel(notMedicalNotice(), this);
    safety->setObjectName(QStringLiteral("safetyNotice"));
    // Full size, not small print: it matters, and a tired reader should not have to squint.

    auto *asOf = new QLabel(tr("How your recent days look"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(asOf);
    layout->addWidget(m_title);
    layout->addWidget(m_headline);
    layout->addWidget(m_longer);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(safety);

    connect(&m_journal, &Journal::checkInSaved, this, &StatusPanel::onCheckInSaved);
    connect(&m_journal, &Journal::checkInRemoved, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::boundariesChanged, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::flagDismissed, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::imported, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::settingsChanged, this, &StatusPanel::refresh); // the steadier stretch
    if (firstLoad == FirstLoad::Now) {
        refresh();
    } else {
        // The analysis (tens of milliseconds for years of check-ins) waits until the window is on
        // screen, so Ebb appears at once.
        m_title->setText(tr("Looking at your recent days…"));
        afterFirstFrame(this, [this] {
            if (!m_loaded) {
                refresh();
            }
        });
    }
}

void StatusPanel::refresh()
{
    m_loaded = true;
    auto days = m_journal.pacingDays();
    auto dismissed = m_journal.dismissedFlags();
    if (!days || !dismissed) {
        m_error->setText(!days ? days.errorString() : dismissed.errorString());
        m_error->show();
        return;
    }
    m_error->hide();
    const QDate today = m_journal.clock().today();
    m_days = std::move(*days);
    m_report = shownReport(analyzePacing(m_days, m_journal.pacingSettings(), today), *dismissed);
    const auto upToToday =
        std::count_if(m_days.begin(), m_days.end(), [&](const PacingDay &d) { return d.date <= today; });
    // A day already checked in is thanked, however Ebb got here: a save, a restart, a sync. The
    // thank-you folds what Ebb noticed the moment it begins; later refreshes keep the fold as it is.
    const bool checkedInToday =
        std::any_of(m_days.begin(), m_days.end(), [&](const PacingDay &d) { return d.date == today; });
    if (checkedInToday && !m_thanked) {
        m_othersShown = false;
    }
    m_thanked = checkedInToday;
    m_summary = summarizePacing(m_report, int(upToToday));
    display();
}

void StatusPanel::onCheckInSaved(QDate day)
{
    if (day == m_journal.clock().today()) {
        // A thank-you, not a fresh alarm: what Ebb noticed folds, also when it was open before.
        m_thanked = false;
    }
    refresh();
}

void StatusPanel::display()
{
    m_title->setText(m_thanked ? thankYouTitle() : m_summary.title);
    m_headline->setText(m_thanked ? thankYouHeadline(m_summary) : m_summary.headline);
    for (ConcernCard *card : m_cardList) {
        m_cards->removeWidget(card);
        // Later, not now: a card's own Dismiss click may be what brought us here.
        card->hide();
        card->deleteLater();
    }
    m_cardList.clear();
    const QDate today = m_journal.clock().today();
    for (const Concern &c : m_summary.concerns) {
        auto *card = new ConcernCard(c, c.chartMetric ? recentValues(m_days, *c.chartMetric, today)
                                                      : std::vector<std::optional<double>>{});
        connect(card, &ConcernCard::expandRequested, this, &StatusPanel::openCard);
        connect(card, &ConcernCard::dismissRequested, this, &StatusPanel::dismiss);
        m_cardList.push_back(card);
    }
    // The first card sits above the quiet line, the others below it; after a thank-you, all wait below.
    m_cards->removeWidget(m_more);
    int at = 0;
    for (size_t i = 0; i < m_cardList.size(); ++i) {
        if (i == (m_thanked ? 0 : 1)) {
            m_cards->insertWidget(at++, m_more);
        }
        m_cards->insertWidget(at++, m_cardList[i]);
    }
    if (m_cardList.size() <= (m_thanked ? 0U : 1U)) {
        m_cards->insertWidget(at, m_more);
    }
    // The longer view: one quiet line under the headline when no card is there, else in the fold.
    for (QLabel *line : m_longerFolded) {
        m_cards->removeWidget(line);
        line->hide();
        line->deleteLater();
    }
    m_longerFolded.clear();
    const bool lineUnderHeadline = m_summary.concerns.empty() && !m_thanked && !m_summary.longerView.isEmpty();
    m_longer->setVisible(lineUnderHeadline);
    m_longer->setText(lineUnderHeadline ? m_summary.longerView.front() : QString());
    const int moreAt = m_cards->indexOf(m_more);
    const int foldedCards = std::max(0, int(m_cardList.size()) - (m_thanked ? 0 : 1));
    for (qsizetype i = lineUnderHeadline ? 1 : 0; i < m_summary.longerView.size(); ++i) {
        auto *line = new WrappingLabel(m_summary.longerView[i]);
        line->setObjectName(QStringLiteral("longerViewFolded"));
        m_cards->insertWidget(moreAt + 1 + foldedCards + int(m_longerFolded.size()), line);
        m_longerFolded.push_back(line);
    }
    const int hidden = foldedCount(m_summary, m_thanked);
    m_more->setVisible(hidden > 0);
    m_more->setText(m_thanked ? tr("What Ebb noticed (%1)").arg(hidden) : moreConcernsLine(hidden));
    {
        const QSignalBlocker blocker(m_more);
        m_more->setChecked(m_othersShown);
    }
    showOthers(m_othersShown);
}

void StatusPanel::showOthers(bool shown)
{
    m_othersShown = shown;
    m_more->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    for (QLabel *line : m_longerFolded) {
        line->setVisible(shown);
    }
    for (size_t i = 0; i < m_cardList.size(); ++i) {
        const bool first = i == 0;
        m_cardList[i]->setVisible(shown || (first && !m_thanked));
        if (!shown && !first) {
            m_cardList[i]->setExpanded(false); // folded away, and folded when they come back
        }
    }
    const bool anyOpen =
        std::any_of(m_cardList.begin(), m_cardList.end(), [](const ConcernCard *c) { return c->isExpanded(); });
    if (!anyOpen && !m_cardList.empty() && (shown || !m_thanked)) {
        m_cardList.front()->setExpanded(true);
    }
}

void StatusPanel::openCard(ConcernCard *card)
{
    for (ConcernCard *other : m_cardList) {
        if (other != card) {
            other->setExpanded(false); // one open card, one suggestion in sight
        }
    }
}

void StatusPanel::dismiss(const Concern &concern)
{
    for (const auto &[id, since] : concern.episodes) {
        if (auto r = m_journal.dismissFlag({id, since}); !r) {
            m_error->setText(r.errorString());
            m_error->show();
            return;
        }
    }
}

} // namespace ebb
