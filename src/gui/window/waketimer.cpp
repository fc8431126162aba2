// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/waketimer.h"

#include <QSocketNotifier>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <ctime>
#include <sys/timerfd.h>
#include <unistd.h>

namespace ebb {

WakeTimer::WakeTimer(QObject *parent)
    : QObject(parent)
{
    m_fallback.setSingleShot(true);
    m_fallback.setTimerType(Qt::PreciseTimer); // a coarse timer may be an hour off over a day
    connect(&m_fallback, &QTimer::timeout, this, [this] {
        m_active = false;
        emit timeout();
    });
    m_fd = ::timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &WakeTimer::onReadable);
    }
}

WakeTimer::~WakeTimer()
{
    delete m_notifier; // before its descriptor goes
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

void WakeTimer::start(qint64 msFromNow)
{
    msFromNow = std::max<qint64>(msFromNow, 1);
    stop();
    m_active = true;
    timespec now{};
    if (m_fd < 0 || ::clock_gettime(CLOCK_REALTIME, &now) != 0) {
        m_fallback.start(std::chrono::milliseconds(msFromNow));
        return;
    }
    const std::int64_t at = std::int64_t(now.tv_sec) * 1000000000 + now.tv_nsec + msFromNow * 1000000;
    itimerspec when{};
    when.it_value.tv_sec = time_t(at / 1000000000);
    when.it_value.tv_nsec = long(at % 1000000000);
    // Absolute, and cancelled when the clock is set (or jumps on waking from sleep), so that is noticed.
    if (::timerfd_settime(m_fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &when, nullptr) != 0 &&
        ::timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &when, nullptr) != 0) {
        m_fallback.start(std::chrono::milliseconds(msFromNow));
    }
}

void WakeTimer::stop()
{
    m_active = false;
    m_fallback.stop();
    if (m_fd >= 0) {
        const itimerspec off{};
        ::timerfd_settime(m_fd, 0, &off, nullptr);
    }
}

void WakeTimer::onReadable()
{
    std::uint64_t expirations = 0;
    const ssize_t got = ::read(m_fd, &expirations, sizeof expirations);
    if (got == ssize_t(sizeof expirations)) {
        m_active = false;
        emit timeout();
    } else if (got < 0 && errno == ECANCELED) {
        m_active = false;
        emit clockChanged();
    }
}

} // namespace ebb
