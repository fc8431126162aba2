// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QSocketNotifier;

namespace ebb {

/**
 * A single-shot timer on the wall clock (Linux timerfd, CLOCK_REALTIME): it fires at the moment
 * it was set for even when the computer slept through it (on waking), where a QTimer, which
 * counts only the time the computer was awake, would fire hours late. Setting the clock
 * (by hand, or a new time zone's offset) is told as clockChanged(). Waiting costs nothing: no
 * wake-ups until the moment comes.
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
    /** The wall clock was set while waiting: the moment may need planning again (the timer is stopped). */
    void clockChanged();

private:
    void onReadable();

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_fallback; ///< where timerfd is refused
    bool m_active = false;
};

} // namespace ebb
