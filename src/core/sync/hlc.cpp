// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/hlc.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace ebb {

HybridClock::HybridClock(QString device, Stamp last)
    : m_device(std::move(device))
    , m_last(std::move(last))
{}

Stamp HybridClock::tick(qint64 wallMs)
{
    const qint64 ms = std::max(wallMs, m_last.ms);
    const quint32 counter = ms == m_last.ms ? m_last.counter + 1 : 0;
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
