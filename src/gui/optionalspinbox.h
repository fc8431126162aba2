// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDoubleSpinBox>
#include <QSpinBox>

#include <optional>

namespace ebb {

/**
 * A spin box for a value that may be left unrecorded. One step below the real minimum shows
 * "not recorded"; clearing the text (select all, Delete) means the same, so the keyboard alone
 * can set or unset a value. However focus arrives (Tab or a click), "not recorded" is selected,
 * so typing a number replaces it.
 */
class OptionalSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit OptionalSpinBox(QWidget *parent = nullptr);

    /** The real range; the box adds the "not recorded" step below `min`. */
    void setValidRange(int min, int max);
    std::optional<int> optionalValue() const;
    void setOptionalValue(std::optional<int> value);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    int valueFromText(const QString &text) const override;
    void focusInEvent(QFocusEvent *event) override;
};

/** The same for decimal values (sleep hours), rounded to `step` when editing finishes. */
class OptionalDoubleSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit OptionalDoubleSpinBox(QWidget *parent = nullptr);

    void setValidRange(double min, double max, double step);
    std::optional<double> optionalValue() const;
    void setOptionalValue(std::optional<double> value);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    double valueFromText(const QString &text) const override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void snapToStep();
};

} // namespace ebb
