// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagcard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ebb {
namespace {

QString evidenceLabel(const QString &key)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("cusum"), FlagCard::tr("Build-up of days below your usual (this metric)")},
        {QStringLiteral("combined_cusum"), FlagCard::tr("Build-up across energy, mood and stress together")},
        {QStringLiteral("baseline_median"), FlagCard::tr("Your usual level (median of weeks 2–9 back)")},
        {QStringLiteral("baseline_scale"), FlagCard::tr("Your usual day-to-day spread")},
        {QStringLiteral("recent_mean"), FlagCard::tr("Your average over these days")},
        {QStringLiteral("days_worse"), FlagCard::tr("Check-ins worse than your usual (this stretch, up to 14 days)")},
        {QStringLiteral("slope_per_day"), FlagCard::tr("Rise in stress per day (last 14 days)")},
        {QStringLiteral("recent_median"), FlagCard::tr("Your median stress in the last week")},
        {QStringLiteral("debt_hours"), FlagCard::tr("Hours of sleep missed in the last week")},
        {QStringLiteral("need_hours"), FlagCard::tr("Hours of sleep you need (setting)")},
        {QStringLiteral("nights"), FlagCard::tr("Nights recorded")},
        {QStringLiteral("poor_nights"), FlagCard::tr("Nights that felt poor (quality 1–2)")},
        {QStringLiteral("slip_ratio"), FlagCard::tr("Share of boundary answers that slipped this week")},
        {QStringLiteral("baseline_ratio"), FlagCard::tr("Your usual share of slips")},
        {QStringLiteral("slipped"), FlagCard::tr("Slips this week")},
        {QStringLiteral("answers"), FlagCard::tr("Boundary answers this week")},
        {QStringLiteral("days_over"), FlagCard::tr("Days when load was 3 or more above energy")},
        {QStringLiteral("days_recorded"), FlagCard::tr("Check-ins counted")},
        {QStringLiteral("episodes"), FlagCard::tr("Big days followed by a crash (last 28 days)")},
        {QStringLiteral("tau_variance"), FlagCard::tr("Trend in day-to-day swings (−1 to 1)")},
        {QStringLiteral("tau_autocorrelation"), FlagCard::tr("Trend in how long moods linger (−1 to 1)")},
    };
    return labels.value(key, key);
}

} // namespace

QString evidenceText(const Flag &flag)
{
    QStringList lines;
    for (const auto &[key, value] : flag.evidence) {
        lines << QStringLiteral("%1: %2").arg(evidenceLabel(key), QLocale().toString(value, 'g', 3));
    }
    if (!flag.evidenceDates.isEmpty()) {
        QStringList days;
        for (const QString &d : flag.evidenceDates) {
            days << QLocale().toString(QDate::fromString(d, Qt::ISODate), QLocale::ShortFormat);
        }
        lines << FlagCard::tr("The big days: %1").arg(days.join(QStringLiteral(", ")));
    }
    lines << FlagCard::tr("Seen since %1.").arg(QLocale().toString(flag.since, QLocale::LongFormat));
    return lines.join(QLatin1Char('\n'));
}

FlagCard::FlagCard(const Flag &flag, QWidget *parent)
    : QFrame(parent)
    , m_flag(flag)
{
    setObjectName(QStringLiteral("flagCard_%1").arg(flag.id));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(flag.message);
    auto *message = new QLabel(flag.message, this);
    message->setWordWrap(true);
    QFont bold = message->font();
    bold.setBold(true);
    message->setFont(bold);
    auto *suggestion = new QLabel(flag.suggestion, this);
    suggestion->setWordWrap(true);

    m_evidence = new QLabel(evidenceText(flag), this);
    m_evidence->setObjectName(QStringLiteral("evidenceLabel"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->hide();

    auto *why = new QToolButton(this);
    why->setObjectName(QStringLiteral("whyButton"));
    why->setText(tr("Why am I seeing this?"));
    why->setCheckable(true);
    why->setAutoRaise(true);
    connect(why, &QToolButton::toggled, m_evidence, &QWidget::setVisible);
    auto *dismiss = new QPushButton(tr("Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("dismissButton"));
    dismiss->setToolTip(tr("Hide this until it clears; if it comes back later, Ebb will say so again."));
    connect(dismiss, &QPushButton::clicked, this, [this] { emit dismissRequested(m_flag); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(why);
    buttons->addStretch();
    buttons->addWidget(dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(suggestion);
    layout->addLayout(buttons);
    layout->addWidget(m_evidence);
}

} // namespace ebb
