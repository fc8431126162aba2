// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalpath.h"

#include <QDir>
#include <QStandardPaths>

namespace ebb {

QString resolveJournalPath(const QString &explicitPath)
{
    if (!explicitPath.isEmpty()) {
        return explicitPath;
    }
    const QString fromEnvironment = qEnvironmentVariable("EBB_DATABASE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("ebb.sqlite"));
}

} // namespace ebb
