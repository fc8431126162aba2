// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/concerncard.h"

#include "pacing/humannames.h"
#include "widgets/sparkline.h"
#include "widgets/wrappinglabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

QLabel *wrapped(const QString &text, const char *name, QWidget *parent)
{
    auto *label = new WrappingLabel(text, parent);
    label->setObjectName(QString::fromLatin1(name));
    return label;
}

std::pair<double, double> scaleOf(Metric m, const std::vector<std::optional<double>> &values)
{
    if (m != Metric::SleepHours) {
        const ScaleEnds ends = scaleEnds(m);
        return {double(ends.low), double(ends.high)};
    }
    double low = 4.0; // hours of sleep: the nights shown, with room around them
    double high = 10.0;
    for (const auto &v : values) {
        if (v) {
            low = std::min(low, std::floor(*v));
            high = std::max(high, std::ceil(*v));
        }
    }
    return {low, high};
}

} // namespace

ConcernCard::ConcernCard(const Concern &concern, std::vector<std::optional<double>> recent, QWidget *parent)
    : QFrame(parent)
    , m_concern(concern)
    , m_header(new QToolButton(this))
    , m_body(new QWidget(this))
{
    setObjectName(QStringLiteral("concernCard_%1").arg(concern.key));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(concern.title);

    // The arrow is the control (and says the title to a screen reader); the title beside it wraps,
    // so a long one never widens the narrow panel, and a click on it opens the card too.
    m_header->setObjectName(QStringLiteral("concernHeader"));
    m_header->setAccessibleName(concern.title);
    m_header->setAutoRaise(true);
    m_header->setCheckable(true);
    m_title = wrapped(concern.title, "concernTitle", this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setCursor(Qt::PointingHandCursor);
    m_title->installEventFilter(this);
    connect(m_header, &QToolButton::clicked, this, [this](bool open) {
        setExpanded(open);
        if (open) {
            emit expandRequested(this);
        }
    });

    auto *message = wrapped(concern.message, "messageLabel", m_body);
    auto *suggestion = wrapped(concern.suggestion, "suggestionLabel", m_body);
    QFont italic = suggestion->font();
    italic.setItalic(true);
    suggestion->setFont(italic);

    auto *why = new QToolButton(m_body);
    why->setObjectName(QStringLiteral("whyButton"));
    why->setText(tr("Why am I seeing this?"));
    why->setCheckable(true);
    why->setAutoRaise(true);
    auto *dismiss = new QPushButton(tr("Dismiss"), m_body);
    dismiss->setObjectName(QStringLiteral("dismissButton"));
    dismiss->setToolTip(tr("Hide this until it clears; if it comes back later, Ebb will say so again."));
    connect(dismiss, &QPushButton::clicked, this, [this] { emit dismissRequested(m_concern); });

    auto *explanation = new QWidget(m_body);
    explanation->setObjectName(QStringLiteral("explanationBox"));
    // One short paragraph per thing seen, with air between them.
    auto *evidence = wrapped(concern.explanation.join(QStringLiteral("\n\n")), "evidenceLabel", explanation);
    evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *explanationLayout = new QVBoxLayout(explanation);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    explanationLayout->addWidget(evidence);
    if (concern.chartMetric) {
        auto *picture = new Sparkline(explanation);
        picture->setObjectName(QStringLiteral("sparkline"));
        const auto [low, high] = scaleOf(*concern.chartMetric, recent);
        picture->setData(std::move(recent), low, high, concern.usualLow, concern.usualHigh);
        const QString caption =
            concern.usualLow && concern.usualHigh && *concern.usualLow == *concern.usualHigh
                ? tr("Your %1 over the last four weeks; the dashed line is %2.")
                      .arg(measureInSentence(*concern.chartMetric),
                           *concern.chartMetric == Metric::SleepHours ? tr("the sleep you need") : tr("your usual"))
                : tr("Your %1 over the last four weeks; the shaded band is your usual.")
                      .arg(measureInSentence(*concern.chartMetric));
        picture->setAccessibleName(caption);
        explanationLayout->addWidget(picture);
        explanationLayout->addWidget(wrapped(caption, "sparklineCaption", explanation));
    }
    explanation->hide();
    connect(why, &QToolButton::toggled, explanation, &QWidget::setVisible);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(why);
    buttons->addStretch();
    buttons->addWidget(dismiss);
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(message);
    bodyLayout->addWidget(suggestion);
    bodyLayout->addLayout(buttons);
    bodyLayout->addWidget(explanation);

    auto *header = new QHBoxLayout;
    header->addWidget(m_header, 0, Qt::AlignTop);
    header->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_body);
    setExpanded(false);
}

bool ConcernCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title && event->type() == QEvent::MouseButtonRelease) {
        m_header->click();
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

bool ConcernCard::isExpanded() const
{
    return m_header->isChecked();
}

void ConcernCard::setExpanded(bool expanded)
{
    m_header->setChecked(expanded);
    m_header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_body->setVisible(expanded);
}

} // namespace ebb
