// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/synccomputers.h"

#include "storage/database.h"
#include "storage/journalsync.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

const QString kForgottenKey = QStringLiteral("sync/forgotten");

/** The devices whose change sets this journal took: their files opened with the key. */
Result<QSet<QString>> devicesTaken(const Database &db)
{
    auto select = db.prepare(QStringLiteral("SELECT DISTINCT substr(name, 1, 16) FROM sync_taken"));
    if (!select) {
        return select.error();
    }
    QSet<QString> devices;
    auto read = select->forEachRow([&](const Statement &row) { devices.insert(row.columnText(0)); });
    if (!read) {
        return read.error();
    }
    return devices;
}

QDateTime lastWrote(const QString &folder, const QString &device)
{
    QDateTime newest;
    const QFileInfoList files = QDir(folder).entryInfoList({device + QStringLiteral(".*")}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (!newest.isValid() || file.lastModified() > newest) {
            newest = file.lastModified();
        }
    }
    return newest;
}

} // namespace

QString computerNameKey(const QString &device)
{
    return QStringLiteral("sync/name:") + device;
}

Result<QMap<QString, QString>> computerNames(const Database &db)
{
    auto select =
        db.prepare(QStringLiteral("SELECT substr(key, 11), value FROM settings WHERE key GLOB 'sync/name:*'"));
    if (!select) {
        return select.error();
    }
    QMap<QString, QString> names;
    auto read = select->forEachRow([&](const Statement &row) { names.insert(row.columnText(0), row.columnText(1)); });
    if (!read) {
        return read.error();
    }
    return names;
}

Result<void> nameComputer(Database &db, const QString &device, const QString &name)
{
    const QString shown = name.trimmed().left(60);
    if (shown.isEmpty()) {
        return {};
    }
    auto upsert = db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO "
                                            "UPDATE SET value = excluded.value WHERE value IS NOT excluded.value"));
    if (!upsert) {
        return upsert.error();
    }
    return upsert->bind(1, computerNameKey(device)).bind(2, shown).run();
}

Result<QSet<QString>> forgottenComputers(const Database &db)
{
    auto select = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!select) {
        return select.error();
    }
    select->bind(1, kForgottenKey);
    QSet<QString> devices;
    auto read = select->forEachRow([&](const Statement &row) {
        for (const QString &device : row.columnText(0).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            devices.insert(device);
        }
    });
    if (!read) {
        return read.error();
    }
    return devices;
}

Result<QList<FolderComputer>> folderComputers(const Database &db)
{
    auto status = syncStatus(db);
    if (!status) {
        return status.error();
    }
    if (!*status) {
        return QList<FolderComputer>();
    }
    auto folder = openSyncFolder(db);
    if (!folder) {
        return folder.error();
    }
    auto confirmed = devicesTaken(db);
    if (!confirmed) {
        return confirmed.error();
    }
    auto forgotten = forgottenComputers(db);
    if (!forgotten) {
        return forgotten.error();
    }
    auto names = computerNames(db);
    if (!names) {
        return names.error();
    }
    const QString self = (*status)->device;
    confirmed->insert(self);
    QList<FolderComputer> computers{FolderComputer{self, names->value(self), lastWrote(folder->path(), self), true}};
    for (const QString &device : folder->devices(*confirmed)) {
        if (device != self && !forgotten->contains(device)) {
            computers.append(FolderComputer{device, names->value(device), lastWrote(folder->path(), device), false});
        }
    }
    std::sort(computers.begin() + 1, computers.end(),
              [](const FolderComputer &a, const FolderComputer &b) { return a.lastWrote > b.lastWrote; });
    return computers;
}

Result<void> forgetComputer(Database &db, const QString &device)
{
    auto computers = folderComputers(db);
    if (!computers) {
        return computers.error();
    }
    if (computers->isEmpty()) {
        return errorWith(tr("This journal does not sync yet: set it up first, with a folder and a passphrase."));
    }
    if (computers->constFirst().device == device) {
        return errorWith(tr("%1 is this computer. To stop syncing here, stop sync instead.").arg(device));
    }
    const bool known =
        std::any_of(computers->begin(), computers->end(), [&](const FolderComputer &c) { return c.device == device; });
    if (!known) {
        return errorWith(tr("No other computer with the id “%1” syncs through this folder. The computers and their "
                            "ids are listed by sync status.")
                             .arg(device.left(40)));
    }
    auto forgotten = forgottenComputers(db);
    if (!forgotten) {
        return forgotten.error();
    }
    forgotten->insert(device);
    QStringList sorted(forgotten->begin(), forgotten->end());
    sorted.sort();
    auto upsert = db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO "
                                            "UPDATE SET value = excluded.value"));
    if (!upsert) {
        return upsert.error();
    }
    return upsert->bind(1, kForgottenKey).bind(2, sorted.join(QLatin1Char(' '))).run();
}

} // namespace ebb
