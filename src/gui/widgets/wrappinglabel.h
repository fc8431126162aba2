// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QMargins>

#include <array>
#include <limits>

namespace ebb {

/**
 * A word-wrapped label that remembers how tall it is at the last few widths.
 *
 * QLabel lays its whole text out afresh each time a layout asks its height for a width, and the
 * window's nested layouts ask the same few widths again and again while they settle: on Ebb's first
 * frame, 75 asks of four labels at 16 distinct widths. Each answer here is QLabel's own, kept until
 * anything it depends on changes (text, font, style, margins, indent, alignment, format).
 */
class WrappingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappingLabel(QWidget *parent = nullptr);
    explicit WrappingLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    /** What QLabel's answer depends on besides the font and style (those arrive as change events). */
    struct Shape
    {
        QString text;
        QMargins contents;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int format = 0;
        bool wrap = false;
        bool operator==(const Shape &) const = default;
    };
    Shape shape() const;

    static constexpr int kKept = 8;
    struct Answer
    {
        int width = std::numeric_limits<int>::min(); // none yet
        int height = 0;
    };
    mutable Shape m_measured;
    mutable std::array<Answer, kKept> m_answers{};
    mutable int m_next = 0; // the slot the next new width replaces
};

} // namespace ebb
