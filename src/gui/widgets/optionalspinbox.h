// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>

#include <optional>

namespace ebb {

/**
 * A spin box for a decimal value that may be left unrecorded (sleep hours). One step below the
 * real minimum shows "not recorded"; clearing the text means the same. However focus arrives,
 * "not recorded" is selected, so typing a number replaces it. The first arrow step from "not
 * recorded" goes to a usual value, not to the minimum, so the mouse needs a click, not thirty.
 * A number outside the range is refused (`refused()`), never shortened into another one.
 */
class OptionalDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit OptionalDoubleSpinBox(QWidget *parent = nullptr);

    void setValidRange(double min, double max, double step);
    std::optional<double> optionalValue() const;
    void setOptionalValue(std::optional<double> value);
    /** Where the arrows start from "not recorded". */
    void setStartValue(double value) { m_startValue = value; }
    void stepBy(int steps) override;

signals:
    /** The person typed a number outside the range (as typed); the value stayed as it was. */
    void refused(const QString &typed);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void onEditingFinished();

    double m_startValue = 7.0;
    mutable QString m_outOfRange;          ///< The text typed, while it is a number the range cannot hold.
    std::optional<double> m_beforeEditing; ///< The answer when this editing began.
};

} // namespace ebb
