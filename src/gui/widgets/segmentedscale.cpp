// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segmentedscale.h"

#include "window/appearance.h"

#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyleOptionFocusRect>
#include <QStyleOptionToolButton>
#include <QStylePainter>

#include <algorithm>
#include <utility>

namespace ebb {
namespace {

// Digits typed closer together than this make one number ("1", "0" = 10), as in a spin box.
constexpr qint64 kDigitPauseMs = 900;

/**
 * What a screen reader is told of a scale: a slider from its low to its high value, with its
 * value in words ("Now 7. 0 = empty, 10 = full of energy…" is the description).
 */
class ScaleAccessible : public QAccessibleWidget, public QAccessibleValueInterface
{
public:
    explicit ScaleAccessible(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Slider)
    {}

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ValueInterface ? static_cast<QAccessibleValueInterface *>(this)
                                                   : QAccessibleWidget::interface_cast(type);
    }
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value) {
            const auto value = scale()->optionalValue();
            return value ? scale()->segmentText(*value) : QString();
        }
        return QAccessibleWidget::text(t);
    }
    QVariant currentValue() const override
    {
        const auto value = scale()->optionalValue();
        return value ? QVariant(*value) : QVariant();
    }
    void setCurrentValue(const QVariant &value) override
    {
        scale()->setOptionalValue(value.isValid() ? std::optional<int>(value.toInt()) : std::nullopt);
    }
    QVariant maximumValue() const override { return scale()->high(); }
    QVariant minimumValue() const override { return scale()->low(); }
    QVariant minimumStepSize() const override { return 1; }

private:
    SegmentedScale *scale() const { return static_cast<SegmentedScale *>(widget()); }
};

QAccessibleInterface *scaleAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("ebb::SegmentedScale") && object != nullptr && object->isWidgetType()) {
        return new ScaleAccessible(static_cast<QWidget *>(object));
    }
    return nullptr;
}

} // namespace

SegmentedScale::SegmentedScale(QWidget *parent)
    : QWidget(parent)
{
    static const bool accessible = [] {
        QAccessible::installFactory(scaleAccessible);
        return true;
    }();
    Q_UNUSED(accessible)
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // the segment under the pointer is drawn as hovered
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
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
    m_lowWord = lowWord.isEmpty() ? QString() : tr("%1 = %2").arg(QLocale().toString(low), lowWord);
    m_highWord = highWord.isEmpty() ? QString() : tr("%1 = %2").arg(QLocale().toString(high), highWord);
    rebuild(labels);
    m_ends = tr("%1 = %2, %3 = %4. Type a number; Delete leaves it not recorded.")
                 .arg(QLocale().toString(low), lowWord, QLocale().toString(high), highWord);
    valueShown();
}

void SegmentedScale::setChoices(const QStringList &labels, const QString &letters)
{
    m_low = 0;
    m_high = int(labels.size()) - 1;
    m_letters = letters.toLower().left(labels.size());
    m_lowWord.clear();
    m_highWord.clear();
    rebuild(labels);
    m_ends = tr("Type the letter of a choice; Delete leaves it unanswered.");
    valueShown();
}

void SegmentedScale::rebuild(const QStringList &labels)
{
    m_labels = labels;
    m_widths.clear();
    m_value.reset();
    m_hovered.reset();
    m_pressed.reset();
    updateGeometry();
    update();
}

namespace {

constexpr int kMargin = 2;  // around the row, room for the focus ring
constexpr int kSpacing = 2; // between segments

} // namespace

QSize SegmentedScale::segmentSize(const QString &text) const
{
    // As the style sizes a tool button with this text; a number segment is never narrower than "10".
    QStyleOptionToolButton option;
    option.initFrom(this);
    option.toolButtonStyle = Qt::ToolButtonTextOnly;
    const QFontMetrics metrics = fontMetrics();
    const int textWidth = std::max(metrics.horizontalAdvance(text),
                                   m_letters.isEmpty() ? metrics.horizontalAdvance(QStringLiteral("10")) + 6 : 0);
    return style()->sizeFromContents(QStyle::CT_ToolButton, &option, QSize(textWidth, metrics.height()), this);
}

int SegmentedScale::rowHeight() const
{
    if (m_rowHeight < 0) {
        m_rowHeight = segmentSize(QStringLiteral("10")).height();
    }
    return m_rowHeight;
}

const std::vector<int> &SegmentedScale::segmentWidths() const
{
    if (m_widths.size() != size_t(m_labels.size())) {
        m_widths.clear();
        for (const QString &label : m_labels) {
            m_widths.push_back(segmentSize(label).width());
        }
    }
    return m_widths;
}

QSize SegmentedScale::minimumSizeHint() const
{
    int width = 0;
    for (const int w : segmentWidths()) {
        width += w;
    }
    width += kSpacing * std::max(0, int(m_labels.size()) - 1) + 2 * kMargin;
    const bool ends = !m_lowWord.isEmpty() || !m_highWord.isEmpty();
    if (ends) {
        width = std::max(width, fontMetrics().horizontalAdvance(m_lowWord + m_highWord) + 16 + 2 * kMargin);
    }
    return {width, rowHeight() + (ends ? fontMetrics().height() : 0) + 2 * kMargin};
}

QSize SegmentedScale::sizeHint() const
{
    return minimumSizeHint();
}

QRect SegmentedScale::segmentRect(int value) const
{
    if (value < m_low || value > m_high || m_labels.isEmpty()) {
        return {};
    }
    // Each segment its own width, and what is left over shared equally, as a row of buttons would.
    const std::vector<int> &widths = segmentWidths();
    int used = 0;
    for (const int w : widths) {
        used += w;
    }
    const int count = int(m_labels.size());
    const int room = width() - 2 * kMargin - kSpacing * (count - 1);
    const int extra = std::max(0, room - used);
    int x = kMargin;
    const int index = value - m_low;
    for (int i = 0; i < index; ++i) {
        x += widths[size_t(i)] + extra / count + (i < extra % count ? 1 : 0) + kSpacing;
    }
    const int w = widths[size_t(index)] + extra / count + (index < extra % count ? 1 : 0);
    return {x, kMargin, w, rowHeight()};
}

QString SegmentedScale::segmentText(int value) const
{
    return value >= m_low && value <= m_high ? m_labels.value(value - m_low) : QString();
}

std::optional<int> SegmentedScale::valueAt(QPoint at) const
{
    for (int v = m_low; v <= m_high; ++v) {
        if (segmentRect(v).contains(at)) {
            return v;
        }
    }
    return std::nullopt;
}

void SegmentedScale::setOptionalValue(std::optional<int> value)
{
    if (value && (*value < m_low || *value > m_high)) {
        value.reset();
    }
    m_typed.clear();
    choose(value);
}

void SegmentedScale::choose(std::optional<int> value)
{
    const bool changed = value != m_value;
    m_value = value;
    valueShown();
    if (changed) {
        emit valueChanged();
    }
}

void SegmentedScale::valueShown()
{
    update();
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent changed(this, m_value ? QVariant(*m_value) : QVariant());
        QAccessible::updateAccessibility(&changed);
    }
    // A screen reader hears the value with the scale, as a spin box would say it.
    setAccessibleDescription(QStringLiteral("%1 %2").arg(
        m_value ? tr("Now %1.").arg(segmentText(*m_value)) : tr("Now not recorded."), m_ends));
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
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_widths.clear(); // measured again with the new font or style
        m_rowHeight = -1;
        updateGeometry();
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

void SegmentedScale::paintEvent(QPaintEvent * /*event*/)
{
    QStylePainter painter(this);
    for (int v = m_low; v <= m_high; ++v) {
        QStyleOptionToolButton option;
        option.initFrom(this);
        option.rect = segmentRect(v);
        option.text = segmentText(v);
        option.toolButtonStyle = Qt::ToolButtonTextOnly;
        option.subControls = QStyle::SC_ToolButton;
        option.state &= ~(QStyle::State_HasFocus | QStyle::State_MouseOver);
        const bool chosen = m_value == v;
        const bool down = m_pressed == v && m_hovered == v;
        option.state |= chosen ? QStyle::State_On : QStyle::State_Off;
        option.state |= down ? QStyle::State_Sunken : (chosen ? QStyle::State_None : QStyle::State_Raised);
        if (m_hovered == v && isEnabled()) {
            option.state |= QStyle::State_MouseOver;
        }
        if (chosen) {
            // The chosen answer stands out in a deep highlight, its text 4.5:1 or more against it.
            option.palette.setColor(QPalette::Button, chosenAnswerColour(option.palette));
            option.palette.setColor(QPalette::ButtonText, option.palette.color(QPalette::HighlightedText));
        }
        painter.drawComplexControl(QStyle::CC_ToolButton, option);
    }
    if (!m_lowWord.isEmpty() || !m_highWord.isEmpty()) {
        const QRect ends(kMargin, kMargin + rowHeight(), width() - 2 * kMargin, fontMetrics().height());
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
        painter.drawText(ends, Qt::AlignLeft | Qt::AlignVCenter, m_lowWord);
        painter.drawText(ends, Qt::AlignRight | Qt::AlignVCenter, m_highWord);
    }
    if (hasFocus()) {
        // The scale takes focus as one control: a ring around the whole row.
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().color(QPalette::Window);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

void SegmentedScale::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = valueAt(event->position().toPoint());
    m_hovered = m_pressed;
    setFocus(Qt::MouseFocusReason);
    update();
}

void SegmentedScale::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const std::optional<int> pressed = std::exchange(m_pressed, std::nullopt);
    if (pressed && valueAt(event->position().toPoint()) == pressed) {
        m_typed.clear();
        choose(m_value == pressed ? std::nullopt : pressed); // a second click clears
    }
    update();
}

void SegmentedScale::mouseMoveEvent(QMouseEvent *event)
{
    const std::optional<int> over = valueAt(event->position().toPoint());
    if (over != m_hovered) {
        m_hovered = over;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void SegmentedScale::leaveEvent(QEvent *event)
{
    m_hovered.reset();
    update();
    QWidget::leaveEvent(event);
}

} // namespace ebb
