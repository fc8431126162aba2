// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "busdaemon.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace ebb::test {

/** A D-Bus message bus of the test's own, so that no test talks to the desktop's session bus. */
class PrivateBus
{
public:
    PrivateBus()
        : m_address(startPrivateBus(m_daemon, m_dir))
    {
        INFO("dbus-daemon (Debian package dbus-daemon; scripts/test installs it) must run");
        REQUIRE_FALSE(m_address.isEmpty());
    }
    ~PrivateBus()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(10000);
    }
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

} // namespace ebb::test
