// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segmentedscale.h"

#include "window/appearance.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolButton>
#include <QVBoxLayout>

namespace ebb {
namespace {

// Digits typed closer together than this make one number ("1", "0" = 10), as in a spin box.
constexpr qint64 kDigitPauseMs = 900;

} // namespace

SegmentedScale::SegmentedScale(QWidget *parent)
    : QWidget(parent)
    , m_lowLabel(new QLabel(this))
    , m_highLabel(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_highLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setScale(0, 10, QString(), QString());
}

void SegmentedScale::setScale(int low, int high, const QString &lowWord, const QString &highWord)
{
    m_low = low;
    m_high = high;
    m_letters.clear();
    QStringList labels;
    for (int v = low; v <= high; ++v) {
        labels << QLocale().toString(v);
    }
    rebuild(labels);
    m_lowLabel->setText(tr("%1 = %2").arg(QLocale().toString(low), lowWord));
    m_highLabel->setText(tr("%1 = %2").arg(QLocale().toString(high), highWord));
    m_lowLabel->setVisible(!lowWord.isEmpty());
    m_highLabel->setVisible(!highWord.isEmpty());
    m_ends = tr("%1 = %2, %3 = %4. Type a number; Delete leaves it not recorded.")
                 .arg(QLocale().toString(low), lowWord, QLocale().toString(high), highWord);
    updateButtons();
}

void SegmentedScale::setChoices(const QStringList &labels, const QString &letters)
{
    m_low = 0;
    m_high = int(labels.size()) - 1;
    m_letters = letters.toLower().left(labels.size());
    rebuild(labels);
    m_lowLabel->hide();
    m_highLabel->hide();
    m_ends = tr("Type the letter of a choice; Delete leaves it unanswered.");
    updateButtons();
}

void SegmentedScale::rebuild(const QStringList &labels)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    delete layout();
    m_value.reset();

    auto *row = new QHBoxLayout;
    row->setSpacing(2);
    for (int i = 0; i < int(labels.size()); ++i) {
        const int v = m_low + i;
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("scaleButton%1").arg(v));
        b->setText(labels.at(i));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus); // the scale takes focus as one control; the keys pick
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("10")) + 12);
        connect(b, &QToolButton::clicked, this, [this, v] {
            setFocus(Qt::MouseFocusReason);
            m_typed.clear();
            choose(m_value == v ? std::nullopt : std::optional<int>(v)); // a second click clears
        });
        row->addWidget(b);
        m_buttons.push_back(b);
    }
    auto *ends = new QHBoxLayout;
    ends->addWidget(m_lowLabel);
    ends->addStretch();
    ends->addWidget(m_highLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    layout->addLayout(row);
    layout->addLayout(ends);
}

void SegmentedScale::setOptionalValue(std::optional<int> value)
{
    if (value && (*value < m_low || *value > m_high)) {
        value.reset();
    }
    m_typed.clear();
    choose(value);
}

QAbstractButton *SegmentedScale::button(int value) const
{
    return value >= m_low && value <= m_high ? m_buttons[size_t(value - m_low)] : nullptr;
}

void SegmentedScale::choose(std::optional<int> value)
{
    const bool changed = value != m_value;
    m_value = value;
    updateButtons();
    if (changed) {
        emit valueChanged();
    }
}

void SegmentedScale::updateButtons()
{
    for (int v = m_low; v <= m_high; ++v) {
        QAbstractButton *b = m_buttons[size_t(v - m_low)];
        b->setChecked(m_value == v);
        // The chosen answer stands out in the highlight colour, not a faint grey a tired eye misses.
        QPalette colours = palette();
        if (m_value == v) {
            colours.setColor(QPalette::Button, chosenAnswerColour(colours)); // 4.5:1 for its text
            colours.setColor(QPalette::ButtonText, colours.color(QPalette::HighlightedText));
        }
        b->setPalette(colours);
    }
    // A screen reader hears the value with the scale, as a spin box would say it.
    setAccessibleDescription(QStringLiteral("%1 %2").arg(
        m_value ? tr("Now %1.").arg(QLocale().toString(*m_value)) : tr("Now not recorded."), m_ends));
}

void SegmentedScale::typeDigit(int digit)
{
    if (m_typed.isEmpty() || !m_sinceDigit.isValid() || m_sinceDigit.elapsed() > kDigitPauseMs) {
        m_typed.clear();
        m_beforeTyping = m_value;
    }
    m_sinceDigit.start();
    m_typed += QString::number(digit);
    const int number = m_typed.toInt();
    if (number < m_low || number > m_high) {
        const QString typed = m_typed;
        m_typed.clear();
        choose(m_beforeTyping); // nothing new is kept from a number that cannot be stored
        emit refused(typed);
        return;
    }
    choose(number);
    if (number * 10 > m_high) {
        m_typed.clear(); // no further digit could make a number on this scale
    }
}

void SegmentedScale::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const bool plain = (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (plain && !m_letters.isEmpty() && !event->text().isEmpty()) {
        if (const qsizetype at = m_letters.indexOf(event->text().left(1).toLower()); at >= 0) {
            choose(m_low + int(at));
            return;
        }
    }
    if (m_letters.isEmpty() && key >= Qt::Key_0 && key <= Qt::Key_9 && plain) {
        typeDigit(key - Qt::Key_0);
        return;
    }
    m_typed.clear();
    const int start = m_letters.isEmpty() ? (m_low + m_high) / 2 : m_low; // from "not recorded"
    switch (key) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        choose(std::nullopt);
        return;
    case Qt::Key_Right:
    case Qt::Key_Up:
        choose(m_value ? std::min(*m_value + 1, m_high) : start);
        return;
    case Qt::Key_Left:
    case Qt::Key_Down:
        choose(m_value ? std::max(*m_value - 1, m_low) : start);
        return;
    case Qt::Key_Home:
        choose(m_low);
        return;
    case Qt::Key_End:
        choose(m_high);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void SegmentedScale::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_buttons.empty()) {
        updateButtons(); // a new light or dark palette: the chosen answer takes its highlight
    }
}

void SegmentedScale::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    m_typed.clear();
    update();
}

void SegmentedScale::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    m_typed.clear();
    update();
}

void SegmentedScale::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus()) {
        return;
    }
    // The buttons take no focus, so the scale shows it: a ring around the whole row.
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

} // namespace ebb
