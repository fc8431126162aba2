// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuspanel.h"

#include "appearance.h"
#include "eventwatch.h"
#include "flagcard.h"
#include "pacing/flagtext.h"
#include "pacing/pacingengine.h"
#include "settings/clock.h"
#include "storage/journal.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ebb {
namespace {

QString statusTitle(PacingStatus status)
{
    switch (status) {
    case PacingStatus::Steady:
        return StatusPanel::tr("Steady");
    case PacingStatus::Watch:
        return StatusPanel::tr("Worth a gentle look");
    case PacingStatus::TakeCare:
        break;
    }
    return StatusPanel::tr("Time to take care");
}

QString statusSummary(const PacingReport &report)
{
    if (report.learning.size() == kMetricCount) {
        return StatusPanel::tr("Ebb is still learning what is usual for you. Personal patterns show after about "
                               "two weeks of check-ins.");
    }
    switch (report.status) {
    case PacingStatus::Steady:
        return StatusPanel::tr("Nothing stands out in your recent days.");
    case PacingStatus::Watch:
        return report.flags.size() == 1
                   ? StatusPanel::tr("Ebb noticed one thing in your recent days.")
                   : StatusPanel::tr("Ebb noticed %1 things in your recent days.").arg(report.flags.size());
    case PacingStatus::TakeCare:
        break;
    }
    return StatusPanel::tr("Your recent days show some strain. Please be gentle with yourself.");
}

} // namespace

StatusPanel::StatusPanel(Journal &journal, QWidget *parent, FirstLoad firstLoad)
    : QWidget(parent)
    , m_journal(journal)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("statusTitle"));
    m_title->setFont(headingFont(m_title->font()));
    m_summary->setObjectName(QStringLiteral("statusSummary"));
    m_summary->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("statusError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *cardsHost = new QWidget;
    m_cards = new QVBoxLayout(cardsHost);
    m_cards->setContentsMargins(0, 0, 0, 0);
    m_cards->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Pacing notes"));
    scroll->setWidget(cardsHost);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *safety = new QLabel(notMedicalNotice(), this);
    safety->setObjectName(QStringLiteral("safetyNotice"));
    safety->setWordWrap(true);
    // Full size, not small print: it matters, and a tired reader should not have to squint.

    auto *asOf = new QLabel(tr("How your recent days look"), this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(asOf);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    layout->addWidget(safety);

    connect(&m_journal, &Journal::checkInSaved, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::checkInRemoved, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::boundariesChanged, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::flagDismissed, this, &StatusPanel::refresh);
    connect(&m_journal, &Journal::imported, this, &StatusPanel::refresh);
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
    PacingReport report = analyzePacing(*days, PacingSettings(), m_journal.clock().today());
    std::erase_if(report.flags, [&](const Flag &f) { return dismissed->contains({f.id, f.since}); });
    report.status = statusOf(report.flags);
    display(report);
}

void StatusPanel::display(const PacingReport &report)
{
    m_report = report;
    m_title->setText(statusTitle(report.status));
    QString summary = statusSummary(report);
    for (const ClearedFlag &c : report.cleared) {
        summary += QLatin1Char(' ') + c.message;
    }
    m_summary->setText(summary);
    while (m_cards->count() > 1) { // keep the trailing stretch
        QLayoutItem *item = m_cards->takeAt(0);
        // Later, not now: a card's own Dismiss click may be what brought us here.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item; // the layout item is ours once taken
    }
    for (const Flag &f : report.flags) {
        auto *card = new FlagCard(f);
        connect(card, &FlagCard::dismissRequested, this, &StatusPanel::dismiss);
        m_cards->insertWidget(m_cards->count() - 1, card);
    }
}

void StatusPanel::dismiss(const Flag &flag)
{
    if (auto r = m_journal.dismissFlag({flag.id, flag.since}); !r) {
        m_error->setText(r.errorString());
        m_error->show();
    }
}

} // namespace ebb
