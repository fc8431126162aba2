// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace ebb {

/** The source of "now". Injected everywhere, so tests and analyses are reproducible. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /** The person's local calendar day. */
    QDate today() const { return now().toLocalTime().date(); }
};

/** The real clock. */
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

} // namespace ebb
