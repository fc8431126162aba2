// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "optionalspinbox.h"

#include <QTimer>

#include <cmath>

namespace ebb {
namespace {

QString notRecordedText()
{
    return QSpinBox::tr("not recorded");
}

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

/** Selects "not recorded" once the event that brought focus is done: a click would otherwise
 *  place the cursor inside the text, and typing would append to it. */
template <typename SpinBox>
void selectAllIfUnrecordedLater(SpinBox *box)
{
    QTimer::singleShot(0, box, [box] {
        if (!box->optionalValue()) {
            box->selectAll();
        }
    });
}

} // namespace

OptionalSpinBox::OptionalSpinBox(QWidget *parent)
    : QSpinBox(parent)
{
    setSpecialValueText(notRecordedText());
    setValidRange(0, 10);
}

void OptionalSpinBox::setValidRange(int min, int max)
{
    setRange(min - 1, max);
    setValue(minimum());
}

std::optional<int> OptionalSpinBox::optionalValue() const
{
    if (value() == minimum()) {
        return std::nullopt;
    }
    return value();
}

void OptionalSpinBox::setOptionalValue(std::optional<int> value)
{
    setValue(value.value_or(minimum()));
}

QValidator::State OptionalSpinBox::validate(QString &input, int &pos) const
{
    return isBlank(input) ? QValidator::Acceptable : QSpinBox::validate(input, pos);
}

int OptionalSpinBox::valueFromText(const QString &text) const
{
    return isBlank(text) ? minimum() : QSpinBox::valueFromText(text);
}

void OptionalSpinBox::focusInEvent(QFocusEvent *event)
{
    QSpinBox::focusInEvent(event);
    selectAllIfUnrecordedLater(this);
}

OptionalDoubleSpinBox::OptionalDoubleSpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setSpecialValueText(notRecordedText());
    setValidRange(0.0, 24.0, 0.25);
    connect(this, &QDoubleSpinBox::editingFinished, this, &OptionalDoubleSpinBox::snapToStep);
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

QValidator::State OptionalDoubleSpinBox::validate(QString &input, int &pos) const
{
    return isBlank(input) ? QValidator::Acceptable : QDoubleSpinBox::validate(input, pos);
}

double OptionalDoubleSpinBox::valueFromText(const QString &text) const
{
    return isBlank(text) ? minimum() : QDoubleSpinBox::valueFromText(text);
}

void OptionalDoubleSpinBox::focusInEvent(QFocusEvent *event)
{
    QDoubleSpinBox::focusInEvent(event);
    selectAllIfUnrecordedLater(this);
}

void OptionalDoubleSpinBox::snapToStep()
{
    // "7.3" becomes 7.25: the journal keeps sleep in quarter hours.
    if (optionalValue()) {
        setValue(std::round(value() / singleStep()) * singleStep());
    }
}

} // namespace ebb
