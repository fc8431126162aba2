// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncstatustext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

/** `one` for 1, else `many`, with the number as %1 (both already translated). */
QString counted(qint64 n, const QString &one, const QString &many)
{
    return (n == 1 ? one : many).arg(n);
}

/** "2 minutes ago", "on 3 March 2026". */
QString agoText(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return counted(seconds / 60, tr("%1 minute ago"), tr("%1 minutes ago"));
    }
    if (seconds < 24 * 3600) {
        return counted(seconds / 3600, tr("%1 hour ago"), tr("%1 hours ago"));
    }
    return tr("on %1").arg(QLocale().toString(then.toLocalTime().date(), QLocale::LongFormat));
}

QString whenText(const QDateTime &then, const QDateTime &now)
{
    return tr("Last synced %1").arg(agoText(then, now));
}

} // namespace

QString syncComputerLine(const FolderComputer &computer, const QDateTime &now)
{
    const QString who = computer.thisOne          ? tr("This computer")
                        : computer.name.isEmpty() ? tr("A computer (id %1)").arg(computer.device)
                                                  : tr("“%1”").arg(computer.name);
    if (!computer.lastWrote.isValid()) {
        return tr("%1 · nothing written to the folder yet").arg(who);
    }
    return tr("%1 · last wrote %2").arg(who, agoText(computer.lastWrote, now));
}

QString syncStatusLine(const SyncStatus &status, const QDateTime &now)
{
    const QString when = status.lastSynced.isValid() ? whenText(status.lastSynced, now) : tr("Not synced yet");
    if (status.computers < 1) {
        return when;
    }
    return when + QStringLiteral(" · ") + counted(status.computers, tr("%1 computer"), tr("%1 computers"));
}

QString syncReportText(const SyncReport &report)
{
    QStringList parts;
    if (report.sent > 0) {
        // No count: it counts fields, and one check-in is dozens of them ("Sent 53 changes").
        parts.append(tr("Sent what changed on this computer."));
    }
    if (report.received > 0) {
        parts.append(report.days.isEmpty()
                         ? counted(report.received, tr("Took in %1 change from your other computers."),
                                   tr("Took in %1 changes from your other computers."))
                         : counted(report.days.size(),
                                   tr("Took in changes from your other computers: %1 day changed here."),
                                   tr("Took in changes from your other computers: %1 days changed here.")));
    }
    if (parts.isEmpty()) {
        parts.append(tr("Up to date: nothing new here or on your other computers."));
    }
    if (!report.unreadable.isEmpty()) {
        parts.append(counted(report.unreadable.size(),
                             tr("%1 file in the sync folder could not be read yet (perhaps still arriving); it "
                                "will be tried again next time."),
                             tr("%1 files in the sync folder could not be read yet (perhaps still arriving); "
                                "they will be tried again next time.")));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace ebb
