// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstframe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace ebb {
namespace {

/** Watches its parent for the first paint, then hands `then` to the event loop and goes. */
class FirstFrameWatcher : public QObject
{
public:
    FirstFrameWatcher(QWidget *widget, std::function<void()> then)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched == parent()) {
            watched->removeEventFilter(this);
            // Painting and flushing are one step; a zero timer set now runs after the flush.
            QTimer::singleShot(0, parent(), std::move(m_then));
            deleteLater();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

void afterFirstFrame(QWidget *widget, std::function<void()> then)
{
    new FirstFrameWatcher(widget, std::move(then));
}

} // namespace ebb
