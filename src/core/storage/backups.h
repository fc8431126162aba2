// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace ebb {

/**
 * The reason of a backup that holds changes the journal does not (its encrypted file changed
 * elsewhere while it was open): rotation never removes one.
 */
inline const QString kUnsavedBackupReason = QStringLiteral("unsaved");

class Database;

/** One snapshot of the journal in the backups folder. */
struct BackupInfo
{
    QString path;
    QDateTime takenAt; ///< UTC, from the file name.
    QString reason;    ///< "daily", "manual", "before-schema-3", …
    qint64 bytes = 0;
};

/** How many snapshots rotation keeps: the newest of each of the last N days, weeks and months. */
struct BackupPolicy
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;
};

/**
 * Snapshots of a live journal in a folder of their own (mode 0700, files 0600), taken with
 * SQLite's VACUUM INTO while the journal stays open, written under a temporary name, checked with
 * quick_check and only then renamed into place — a half-written backup never looks like a backup.
 */
/** Writes a snapshot into the (not yet existing) file it is given, checked; see Backups::take. */
using SnapshotWriter = std::function<Result<void>(const QString &partialPath)>;

class Backups
{
public:
    explicit Backups(QString directory);

    /** The backups folder that belongs to a journal file: "backups" beside it. */
    static QString directoryFor(const QString &journalPath);

    const QString &directory() const { return m_directory; }
    Result<BackupInfo> take(Database &db, const QDateTime &now, const QString &reason);
    /** The same with another writer (an encrypted journal writes a sealed snapshot). */
    Result<BackupInfo> take(const SnapshotWriter &write, const QDateTime &now, const QString &reason);
    /** VACUUM INTO the file, then quick_check it: a plain journal's snapshot. */
    static SnapshotWriter sqliteSnapshot(Database &db);
    /** Newest first. A missing folder is simply no backups. */
    Result<std::vector<BackupInfo>> list() const;
    /** Takes a "daily" snapshot unless one was already taken on `now`'s local day; true when taken. */
    Result<bool> takeDailyIfDue(Database &db, const QDateTime &now);
    Result<bool> takeDailyIfDue(const SnapshotWriter &write, const QDateTime &now);
    /** Deletes the snapshots `policy` does not keep; returns how many were deleted. */
    Result<int> rotate(const BackupPolicy &policy = {});

private:
    QString m_directory;
};

/**
 * Replaces the journal at `journalPath` (which must be closed) with a copy of `backup`. The file
 * being replaced, with its -wal and -shm, is kept aside as "<name>.set-aside-<time>" — never
 * deleted — and its new name is returned. The copy is made under a temporary name and renamed
 * into place, so a failure midway leaves the journal as it was.
 */
Result<QString> restoreBackup(const QString &journalPath, const BackupInfo &backup, const QDateTime &now);

/**
 * Which of `backups` (newest first) `policy` keeps, as indexes, newest first: the newest of each
 * of the last N days, weeks and months — counted apart for the backups taken by hand ("manual…")
 * and the others, so that one taken by hand never replaces the day's daily backup — and the newest
 * ten "before-…" snapshots of the last 24 hours.
 */
std::vector<size_t> backupsToKeep(const std::vector<BackupInfo> &backups, const BackupPolicy &policy);

} // namespace ebb
