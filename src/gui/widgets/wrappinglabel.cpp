// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/wrappinglabel.h"

#include <QEvent>

#include <algorithm>

namespace ebb {

WrappingLabel::WrappingLabel(QWidget *parent)
    : WrappingLabel(QString(), parent)
{}

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrappingLabel::Shape WrappingLabel::shape() const
{
    return {text(), contentsMargins(), margin(), indent(), int(alignment()), int(textFormat()), wordWrap()};
}

int WrappingLabel::heightForWidth(int width) const
{
    Shape now = shape();
    if (!(now == m_measured)) {
        m_measured = std::move(now);
        m_answers.fill(Answer{});
    }
    const auto kept = std::find_if(m_answers.cbegin(), m_answers.cend(),
                                   [width](const Answer &answer) { return answer.width == width; });
    if (kept != m_answers.cend()) {
        return kept->height;
    }
    const int height = QLabel::heightForWidth(width);
    m_answers[m_next] = {width, height};
    m_next = (m_next + 1) % kKept;
    return height;
}

void WrappingLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
    case QEvent::LayoutDirectionChange:
        m_answers.fill(Answer{});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace ebb
