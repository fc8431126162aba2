// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ebb::test {

/**
 * Starts `daemon` as a D-Bus session bus of its own, configured in `dir`, that starts no service
 * on demand: the machine's own (dunst, say, which would answer as the notification service) must
 * not take part. Returns the bus's address, or an empty string when it did not start.
 */
inline QString startPrivateBus(QProcess &daemon, const QTemporaryDir &dir)
{
    QFile config(dir.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly)) {
        return {};
    }
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                 "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--config-file=") + config.fileName(),
                                                 QStringLiteral("--nofork"), QStringLiteral("--print-address")});
    if (!daemon.waitForStarted(10000)) {
        return {};
    }
    while (!daemon.canReadLine()) {
        if (!daemon.waitForReadyRead(10000)) {
            return {};
        }
    }
    return QString::fromUtf8(daemon.readLine().trimmed());
}

} // namespace ebb::test
