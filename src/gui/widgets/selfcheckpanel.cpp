// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/selfcheckpanel.h"

#include "dialogs/selfcheckdialog.h"
#include "domain/selfcheck.h"
#include "pacing/humannames.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "window/appearance.h"

#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ebb {

QString selfCheckTrendText(const std::vector<SelfCheck> &checks)
{
    const std::vector<SelfCheck> scored = scoredSelfChecks(checks);
    if (scored.empty()) {
        return SelfCheckPanel::tr("Once a month, six short questions about tiredness and exhaustion. Over months, "
                                  "the scores show recovery that daily ups and downs can hide.");
    }
    const QString score = QString::number(std::lround(*scored.back().score()));
    const QString day = dayInWords(scored.back().date);
    if (scored.size() == 1) {
        return SelfCheckPanel::tr("Your first check: %1 of 100 on %2.").arg(score, day);
    }
    const long beforeScore = std::lround(*scored[scored.size() - 2].score());
    const QString before = QString::number(beforeScore);
    const long latest = std::lround(*scored.back().score());
    if (latest < beforeScore) {
        return SelfCheckPanel::tr("Latest: %1 of 100 on %2, down from %3 — lower means less worn out.")
            .arg(score, day, before);
    }
    if (latest > beforeScore) {
        return SelfCheckPanel::tr("Latest: %1 of 100 on %2, up from %3. Be gentle with yourself this month.")
            .arg(score, day, before);
    }
    return SelfCheckPanel::tr("Latest: %1 of 100 on %2, as last time.").arg(score, day);
}

SelfCheckTrend::SelfCheckTrend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Self-check scores over the months"));
}

void SelfCheckTrend::setChecks(std::vector<SelfCheck> checks)
{
    m_checks.clear();
    QStringList described;
    for (SelfCheck &c : checks) {
        if (c.score()) {
            described
                << tr("%1: %2").arg(QLocale().toString(c.date, QLocale::ShortFormat)).arg(std::lround(*c.score()));
            m_checks.push_back(std::move(c));
        }
    }
    setAccessibleDescription(described.join(QStringLiteral(", ")));
    setVisible(!m_checks.empty());
    update();
}

QSize SelfCheckTrend::sizeHint() const
{
    return {240, fontMetrics().height() * 5};
}

QSize SelfCheckTrend::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 4};
}

void SelfCheckTrend::paintEvent(QPaintEvent * /*event*/)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("100")) + 6;
    const QRectF area = QRectF(rect()).adjusted(labelWidth, fm.height() / 2, -6, -fm.height() / 2);
    const auto yOf = [&](double v) {
        return area.bottom() - v / 100.0 * area.height();
    };
    const qint64 span = m_checks.size() < 2 ? 1 : m_checks.front().date.daysTo(m_checks.back().date);
    const auto xOf = [&](const SelfCheck &c) {
        return m_checks.size() < 2 ? area.center().x()
                                   : area.left() + area.width() * double(m_checks.front().date.daysTo(c.date)) / span;
    };
    // The scale's ends and the cut-off, labelled; the cut-off dashed.
    const QColor muted = palette().color(QPalette::PlaceholderText);
    p.setPen(muted);
    for (int v : {0, 50, 100}) {
        p.drawText(QRectF(0, yOf(v) - fm.height() / 2, labelWidth - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v));
    }
    p.setPen(QPen(muted, 1, Qt::DashLine));
    p.drawLine(QPointF(area.left(), yOf(kSelfCheckHighScore)), QPointF(area.right(), yOf(kSelfCheckHighScore)));
    p.setPen(QPen(muted, 0.5));
    p.drawLine(area.bottomLeft(), area.bottomRight());

    const QColor line = chartColour(ChartColour::Energy, palette());
    QPainterPath path;
    for (size_t i = 0; i < m_checks.size(); ++i) {
        const QPointF point(xOf(m_checks[i]), yOf(*m_checks[i].score()));
        i == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    p.setPen(QPen(line, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPath(path);
    p.setBrush(line);
    p.setPen(Qt::NoPen);
    for (const SelfCheck &c : m_checks) {
        p.drawEllipse(QPointF(xOf(c), yOf(*c.score())), 3.5, 3.5);
    }
}

SelfCheckPanel::SelfCheckPanel(Journal &journal, QWidget *parent)
    : QGroupBox(tr("Monthly burnout self-check"), parent)
    , m_journal(journal)
    , m_trend(new SelfCheckTrend(this))
    , m_text(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("selfCheckPanel"));
    m_trend->setObjectName(QStringLiteral("selfCheckTrend"));
    m_text->setObjectName(QStringLiteral("selfCheckText"));
    m_text->setWordWrap(true);
    m_open->setObjectName(QStringLiteral("openSelfCheckButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_trend);
    layout->addWidget(m_text);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("selfCheckNote"));
    layout->addWidget(m_note);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    connect(m_open, &QPushButton::clicked, this, [this] { openCheck(); });
    connect(&m_journal, &Journal::selfChecksChanged, this, &SelfCheckPanel::refresh);
    connect(&m_journal, &Journal::imported, this, &SelfCheckPanel::refresh);
    refresh();
}

void SelfCheckPanel::refresh()
{
    auto checks = m_journal.selfChecks();
    if (!checks) {
        m_text->setText(tr("The self-checks could not be read: %1").arg(checks.errorString()));
        m_trend->setChecks({});
        return;
    }
    const QDate today = m_journal.clock().today();
    const bool thisMonth = !checks->empty() && checks->back().date.daysTo(today) < kSelfCheckDueDays;
    m_open->setText(thisMonth ? tr("Change or delete the latest check…") : tr("Take this month's check…"));
    m_text->setText(selfCheckTrendText(*checks));
    // The picture, and the words about its dashed line, once there is a score to draw.
    m_trend->setVisible(!checks->empty());
    m_note->setText(checks->empty() ? tr("Studies usually call a score of 50 or more high. A self-check, not a "
                                         "diagnosis.")
                                    : tr("50 or more is what studies usually call high (the dashed line). A "
                                         "self-check, not a diagnosis."));
    m_trend->setChecks(std::move(*checks));
}

bool SelfCheckPanel::openCheck(QDate day)
{
    QDate open = day;
    if (!open.isValid()) {
        auto checks = m_journal.selfChecks();
        const QDate today = m_journal.clock().today();
        // The latest check while it is this month's, so it can be changed; else a new one today.
        open = checks && !checks->empty() && checks->back().date.daysTo(today) < kSelfCheckDueDays ? checks->back().date
                                                                                                   : today;
    }
    SelfCheckDialog dialog(m_journal, open, window());
    return dialog.exec() == QDialog::Accepted;
}

} // namespace ebb
