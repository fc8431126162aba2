// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hlc.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace ebb {

HybridClock::HybridClock(QString device, Stamp last)
    : m_device(std::move(device))
    , m_last(std::move(last))
{}

Stamp HybridClock::tick(qint64 wallMs)
{
    qint64 ms = std::max(wallMs, m_last.ms);
    quint32 counter = 0;
    if (ms == m_last.ms) {
        if (m_last.counter == std::numeric_limits<quint32>::max()) {
            ++ms; // carried into the time: a counter that wrapped to 0 would come before what it follows
        } else {
            counter = m_last.counter + 1;
        }
    }
    m_last = Stamp{ms, counter, m_device};
    return m_last;
}

void HybridClock::observe(const Stamp &seen)
{
    // Only time and counter matter here: the next tick must come after `seen`, whoever made it.
    if (seen.ms > m_last.ms || (seen.ms == m_last.ms && seen.counter > m_last.counter)) {
        m_last = Stamp{seen.ms, seen.counter, m_device};
    }
}

bool isAcceptableStamp(const Stamp &stamp, qint64 nowMs)
{
    return stamp.ms <= nowMs + kMaxStampLeadMs && stamp.counter < kMaxStampCounter;
}

QString newDeviceId()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

bool isDeviceId(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{16}$"));
    return pattern.match(text).hasMatch();
}

} // namespace ebb
