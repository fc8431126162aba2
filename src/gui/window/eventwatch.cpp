// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/eventwatch.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace ebb {
namespace {

/** An event filter on `watched`, owned by `owner`, that hands matching events to a function. */
class EventWatcher : public QObject
{
public:
    EventWatcher(QObject *owner, QObject *watched, QEvent::Type type, std::function<bool()> handler)
        : QObject(owner)
        , m_watched(watched)
        , m_type(type)
        , m_handler(std::move(handler))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_handler && watched == m_watched && event->type() == m_type && !m_handler()) {
            watched->removeEventFilter(this);
            m_handler = nullptr;
            deleteLater();
        }
        return false;
    }

private:
    QPointer<QObject> m_watched;
    QEvent::Type m_type;
    std::function<bool()> m_handler;
};

} // namespace

void watchEvent(QObject *owner, QObject *watched, QEvent::Type type, std::function<bool()> handler)
{
    new EventWatcher(owner, watched, type, std::move(handler));
}

void afterFirstFrame(QWidget *widget, std::function<void()> then)
{
    watchEvent(widget, widget, QEvent::Paint, [widget, then = std::move(then)] {
        // Painting and flushing are one step; a zero timer set now runs after the flush.
        QTimer::singleShot(0, widget, then);
        return false; // once
    });
}

} // namespace ebb
