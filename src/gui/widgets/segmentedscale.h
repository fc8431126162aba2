// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

class QAbstractButton;
class QLabel;

namespace ebb {

/**
 * A measure answered with one click: a row of buttons (0 to 10, or 1 to 5), with what both ends
 * mean written under them. No button pressed means "not recorded"; pressing the chosen one again
 * clears it. The keyboard path is as quick as a spin box's: a digit chooses (1 then 0 quickly
 * makes 10), Left/Right step, Delete or Backspace clears, Tab moves on. A number the scale cannot
 * hold is refused with `refused()` and the value stays as it was: nothing is silently turned
 * into another number.
 */
class SegmentedScale : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentedScale(QWidget *parent = nullptr);

    /** The scale's range and what its ends mean ("empty", "full of energy"). */
    void setScale(int low, int high, const QString &lowWord, const QString &highWord);
    /**
     * Named choices instead of numbers (values 0, 1, …): "Held", "Slipped", "Not relevant";
     * `letters` holds the key that chooses each ("hsn"; translated with the labels).
     */
    void setChoices(const QStringList &labels, const QString &letters);
    int low() const { return m_low; }
    int high() const { return m_high; }

    std::optional<int> optionalValue() const { return m_value; }
    void setOptionalValue(std::optional<int> value);
    /** The button for `value`, for tests and screen readers. */
    QAbstractButton *button(int value) const;

signals:
    void valueChanged();
    /** The person typed a number the scale cannot hold (the text typed); nothing changed. */
    void refused(const QString &typed);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void choose(std::optional<int> value);
    void typeDigit(int digit);
    void updateButtons();
    void rebuild(const QStringList &labels);

    int m_low = 0;
    int m_high = 10;
    std::optional<int> m_value;
    std::vector<QAbstractButton *> m_buttons;
    QLabel *m_lowLabel = nullptr;
    QLabel *m_highLabel = nullptr;
    QString m_letters;                 ///< The keys of named choices, lower case; empty for a number scale.
    QString m_ends;                    ///< What the ends mean, for screen readers.
    QString m_typed;                   ///< Digits typed in quick succession.
    std::optional<int> m_beforeTyping; ///< The value before them, restored if they are refused.
    QElapsedTimer m_sinceDigit;
};

} // namespace ebb
