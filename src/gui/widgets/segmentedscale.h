// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QWidget>

#include <optional>
#include <vector>

namespace ebb {

/**
 * A measure answered with one click: a row of segments (0 to 10, or 1 to 5), with what both ends
 * mean written under them. The row is one widget that paints its segments as the style's tool
 * buttons (eleven real buttons per scale cost the first frame 15 M instructions). No button pressed means "not
 * recorded"; pressing the chosen one again clears it. The keyboard path is as quick as a spin box's: a digit chooses (1
 * then 0 quickly makes 10), Left/Right step, Delete or Backspace clears, Tab moves on. A number the scale cannot hold
 * is refused with `refused()` and the value stays as it was: nothing is silently turned into another number.
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
    /** Where the segment of `value` is drawn (empty when there is none): for clicks and tests. */
    QRect segmentRect(int value) const;
    /** The words on the segment of `value` ("7", "Held"). */
    QString segmentText(int value) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

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
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void choose(std::optional<int> value);
    void typeDigit(int digit);
    void valueShown();
    void rebuild(const QStringList &labels);
    /** The segment under `at`, or nullopt. */
    std::optional<int> valueAt(QPoint at) const;
    QSize segmentSize(const QString &text) const;
    int rowHeight() const;
    /** Each segment's own width, measured once per labels, font and style. */
    const std::vector<int> &segmentWidths() const;

    int m_low = 0;
    int m_high = 10;
    std::optional<int> m_value;
    QStringList m_labels; ///< The words on the segments, low to high.
    QString m_lowWord;    ///< "0 = empty", under the row on the left; empty for choices.
    QString m_highWord;
    std::optional<int> m_hovered;      ///< The segment under the pointer.
    std::optional<int> m_pressed;      ///< The segment a press began on.
    mutable std::vector<int> m_widths; ///< segmentWidths(), empty until measured
    mutable int m_rowHeight = -1;
    QString m_letters;                 ///< The keys of named choices, lower case; empty for a number scale.
    QString m_ends;                    ///< What the ends mean, for screen readers.
    QString m_typed;                   ///< Digits typed in quick succession.
    std::optional<int> m_beforeTyping; ///< The value before them, restored if they are refused.
    QElapsedTimer m_sinceDigit;
};

} // namespace ebb
