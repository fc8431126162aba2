// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace ebb {

/**
 * A single-shot timer on the wall clock (Linux timerfd, CLOCK_REALTIME), where a QTimer, which
 * counts only the time the computer was awake, would fire hours late after a sleep. When the
 * clock jumps — set by hand or by NTP, or on waking from sleep — the timer is cancelled and says
 * so with clockChanged(): the owner decides whether the moment has passed. Waiting costs nothing:
 * no wake-ups until the moment comes. (A new time zone does not move this clock; the next
 * planning takes it into account.)
 */
class WakeTimer : public QObject
{
    Q_OBJECT

public:
    explicit WakeTimer(QObject *parent = nullptr);
    ~WakeTimer() override;
    WakeTimer(const WakeTimer &) = delete;
    WakeTimer &operator=(const WakeTimer &) = delete;

    /** Fires `msFromNow` milliseconds from now by the wall clock (replacing any earlier start). */
    void start(qint64 msFromNow);
    void stop();
    bool isActive() const { return m_active; }

signals:
    void timeout();
    /** The wall clock jumped while waiting (set, or woken from sleep): the timer is stopped. */
    void clockChanged();

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_fallback; ///< where timerfd is refused
    bool m_active = false;
};

} // namespace ebb
