// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sync/syncreport.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace ebb {

class Database;

/**
 * The computers given up for good: a journal setting, so that forgetting one on any computer
 * travels to the others like any other change, and all of them stop waiting for it.
 */
Result<QSet<QString>> forgottenComputers(const Database &db);

/** The names the computers gave themselves (device id → host name), a journal setting each ("sync/name:<id>"). */
Result<QMap<QString, QString>> computerNames(const Database &db);
/** Names this computer `device` for the others (its host name): written as a setting, it travels. */
Result<void> nameComputer(Database &db, const QString &device, const QString &name);
/** The setting that holds a computer's name, and the prefix of those settings. */
QString computerNameKey(const QString &device);

/**
 * The computers syncing through the journal's folder (those whose files open with the key), this
 * one first, then the others by when they last wrote, newest first; forgotten ones left out.
 */
Result<QList<FolderComputer>> folderComputers(const Database &db);

/**
 * Forgets a computer given up for good (lost, sold, reinstalled): it no longer counts, and the
 * pruning of the folder no longer waits for it to take in what the others wrote. Its files stay
 * (a computer never deletes another's); if it comes back, it catches up from the snapshots.
 * Refused, in words, for this computer and for an id no computer in the folder has.
 */
Result<void> forgetComputer(Database &db, const QString &device);

} // namespace ebb
