// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/optionalspinbox.h"

#include <QLineEdit>
#include <QTimer>

#include <cmath>

namespace ebb {
namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

OptionalDoubleSpinBox::OptionalDoubleSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setSpecialValueText(tr("not recorded"));
    setValidRange(0.0, 24.0, 0.25);
    connect(this, &QDoubleSpinBox::editingFinished, this, &OptionalDoubleSpinBox::onEditingFinished);
    // Only the person's own typing decides whether an out-of-range number is still on screen
    // (Qt's revert to the last good value is not typing).
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        bool isNumber = false;
        const double typed = locale().toDouble(text.trimmed(), &isNumber);
        if (!isNumber || (typed >= minimum() && typed <= maximum())) {
            m_outOfRange.clear();
        }
    });
}

void OptionalDoubleSpinBox::setValidRange(double min, double max, double step)
{
    setDecimals(2);
    setSingleStep(step);
    setRange(min - step, max);
    setValue(minimum());
}

std::optional<double> OptionalDoubleSpinBox::optionalValue() const
{
    if (value() <= minimum()) {
        return std::nullopt;
    }
    return value();
}

void OptionalDoubleSpinBox::setOptionalValue(std::optional<double> value)
{
    setValue(value.value_or(minimum()));
}

void OptionalDoubleSpinBox::stepBy(int steps)
{
    if (!optionalValue() && steps > 0) {
        setValue(m_startValue);
        selectAll();
        return;
    }
    QDoubleSpinBox::stepBy(steps);
}

QValidator::State OptionalDoubleSpinBox::validate(QString &input, int &pos) const
{
    if (isBlank(input)) {
        return QValidator::Acceptable;
    }
    const QValidator::State state = QDoubleSpinBox::validate(input, pos);
    bool isNumber = false;
    const double typed = locale().toDouble(input.trimmed(), &isNumber);
    if (state != QValidator::Acceptable && isNumber && (typed < minimum() || typed > maximum())) {
        // Kept on screen as typed ("30"), so it can be refused whole rather than cut to "3".
        m_outOfRange = input.trimmed();
        return QValidator::Intermediate;
    }
    return state;
}

double OptionalDoubleSpinBox::valueFromText(const QString &text) const
{
    return isBlank(text) ? minimum() : QDoubleSpinBox::valueFromText(text);
}

void OptionalDoubleSpinBox::focusInEvent(QFocusEvent *event)
{
    QDoubleSpinBox::focusInEvent(event);
    m_beforeEditing = optionalValue();
    // Selected once the event that brought focus is done: a click would otherwise place the
    // cursor inside "not recorded", and typing would append to it.
    QTimer::singleShot(0, this, [this] {
        if (!optionalValue()) {
            selectAll();
        }
    });
}

void OptionalDoubleSpinBox::onEditingFinished()
{
    if (!m_outOfRange.isEmpty()) {
        // Qt has put the last good value back; say why, once.
        // Qt has put back the last number that fitted, perhaps one typed on the way ("3" of "30"):
        // the answer goes back to what it was before this editing began.
        const QString typed = std::exchange(m_outOfRange, QString());
        setOptionalValue(m_beforeEditing);
        emit refused(typed);
        return;
    }
    // "7.3" becomes 7.25: the journal keeps sleep in quarter hours.
    if (optionalValue()) {
        setValue(std::round(value() / singleStep()) * singleStep());
    }
    m_beforeEditing = optionalValue();
}

} // namespace ebb
