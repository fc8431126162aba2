// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "io/atomicfile.h"
#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace ebb {
namespace {

constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
const QString kTimeFormat = QStringLiteral("yyyyMMdd-HHmmss");

/** "ebb-20260314-090000-daily.sqlite": sortable, and says when and why. */
QString fileName(const QDateTime &when, const QString &reason)
{
    return QStringLiteral("ebb-%1-%2.sqlite").arg(when.toUTC().toString(kTimeFormat), reason);
}

std::optional<BackupInfo> parse(const QFileInfo &file)
{
    static const QRegularExpression pattern(QStringLiteral("^ebb-(\\d{8}-\\d{6})-([a-z0-9-]+)\\.sqlite$"));
    const auto match = pattern.match(file.fileName());
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    QDateTime when = QDateTime::fromString(match.captured(1), kTimeFormat);
    when.setTimeSpec(Qt::UTC);
    return BackupInfo{file.absoluteFilePath(), when, match.captured(2), file.size()};
}

Error backupError(QString why)
{
    while (why.endsWith(QLatin1Char('.'))) {
        why.chop(1);
    }
    return Error{
        QStringLiteral("Could not make a backup of the journal: %1. Your journal itself is unchanged.").arg(why), 0,
        why};
}

/**
 * A backup does not carry the sync folder's key: a copy of the journal that leaves this computer
 * (on a backup disk, say) must not open the folder. Put back, the journal joins its folder again
 * with the passphrase and goes on where it was. The copy is compacted after, so no freed page holds it.
 */
Result<void> withoutSyncKey(const QString &path)
{
    auto copy = Database::open(path, Database::Access::ReadWrite);
    if (!copy) {
        return copy.error();
    }
    auto holds = copy->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'sync_local'"));
    if (!holds) {
        return holds.error();
    }
    if (*holds == 0) {
        return {}; // a journal from before sync
    }
    return copy->exec(QStringLiteral("PRAGMA secure_delete = ON; DELETE FROM sync_local WHERE key = 'key'; VACUUM;"));
}

} // namespace

Backups::Backups(QString directory)
    : m_directory(std::move(directory))
{}

QString Backups::directoryFor(const QString &journalPath)
{
    return QFileInfo(journalPath).absoluteDir().filePath(QStringLiteral("backups"));
}

SnapshotWriter Backups::sqliteSnapshot(Database &db)
{
    return [&db](const QString &partial) -> Result<void> {
        // Created 0600 before SQLite writes into it; VACUUM INTO needs an empty or missing file.
        {
            QFile placeholder(partial);
            if (!placeholder.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
                return errorWith(placeholder.errorString());
            }
        }
        auto vacuum = db.prepare(QStringLiteral("VACUUM INTO ?1"));
        if (!vacuum) {
            return vacuum.error();
        }
        if (auto r = vacuum->bind(1, partial).run(); !r) {
            return r.error();
        }
        if (auto r = withoutSyncKey(partial); !r) {
            return r.error();
        }
        auto copy = Database::open(partial, Database::Access::ReadOnly);
        if (!copy) {
            return copy.error();
        }
        auto check = copy->queryText(QStringLiteral("PRAGMA quick_check"));
        if (!check || *check != QLatin1String("ok")) {
            return errorWith(QStringLiteral("the copy did not pass SQLite's check"));
        }
        return {};
    };
}

Result<BackupInfo> Backups::take(Database &db, const QDateTime &now, const QString &reason)
{
    return take(sqliteSnapshot(db), now, reason);
}

Result<BackupInfo> Backups::take(const SnapshotWriter &write, const QDateTime &now, const QString &reason)
{
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_directory)) {
            return backupError(
                QStringLiteral("the folder %1 could not be created").arg(QDir::toNativeSeparators(m_directory)));
        }
    }
    // Ebb's own folder, holding whole copies of the journal: the owner's alone, even if it was made
    // (or copied in) by someone else first. Best effort: the backup itself is 0600 either way.
    QFile::setPermissions(m_directory, kOwnerOnlyDir);
    // A temporary name no other backup can have, even one started in the same second.
    const QString partial =
        dir.filePath(fileName(now, reason) + QStringLiteral(".partial-%1-%2")
                                                 .arg(QCoreApplication::applicationPid())
                                                 .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0')));
    if (auto r = write(partial); !r) {
        QFile::remove(partial);
        return backupError(r.errorString());
    }
    // The rename never replaces: two backups of the same second are both kept, the later as "-2".
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? fileName(now, reason) : fileName(now, QStringLiteral("%1-%2").arg(reason).arg(n));
        const QString target = dir.filePath(name);
        const RenameOutcome moved = renameWithoutReplacing(partial, target);
        if (moved == RenameOutcome::Renamed) {
            return BackupInfo{target, now.toUTC(), reason, QFileInfo(target).size()};
        }
        if (moved == RenameOutcome::Failed) {
            break;
        }
    }
    QFile::remove(partial);
    return backupError(QStringLiteral("the finished copy could not be put in place"));
}

Result<std::vector<BackupInfo>> Backups::list() const
{
    std::vector<BackupInfo> backups;
    const QDir dir(m_directory);
    if (!dir.exists()) {
        return backups;
    }
    std::vector<std::pair<BackupInfo, QDateTime>> found; // with the file's modification time
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("ebb-*.sqlite")}, QDir::Files)) {
        if (auto info = parse(file)) {
            found.emplace_back(*info, file.lastModified());
        }
    }
    // Names carry whole seconds; two backups of the same second are ordered by when each was written.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.first.takenAt != b.first.takenAt) {
            return a.first.takenAt > b.first.takenAt;
        }
        if (a.second != b.second) {
            return a.second > b.second;
        }
        return a.first.path > b.first.path;
    });
    for (auto &entry : found) {
        backups.push_back(std::move(entry.first));
    }
    return backups;
}

Result<bool> Backups::takeDailyIfDue(Database &db, const QDateTime &now)
{
    return takeDailyIfDue(sqliteSnapshot(db), now);
}

Result<bool> Backups::takeDailyIfDue(const SnapshotWriter &write, const QDateTime &now)
{
    auto existing = list();
    if (!existing) {
        return existing.error();
    }
    const QDate today = now.toLocalTime().date();
    for (const BackupInfo &b : *existing) {
        if (b.takenAt.toLocalTime().date() == today) {
            return false;
        }
    }
    auto taken = take(write, now, QStringLiteral("daily"));
    if (!taken) {
        return taken.error();
    }
    return true;
}

Result<QString> restoreBackup(const QString &journalPath, const BackupInfo &backup, const QDateTime &now)
{
    const auto failed = [](const QString &why) {
        return Error{QStringLiteral("Could not restore the backup: %1. Nothing was changed.").arg(why), 0, why};
    };
    const QString incoming = journalPath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backup.path, incoming)) {
        return failed(QStringLiteral("the backup could not be copied"));
    }
    QFile::setPermissions(incoming, kOwnerOnlyFile);
    const QString aside = journalPath + QStringLiteral(".set-aside-") + now.toUTC().toString(kTimeFormat);
    if (QFile::exists(journalPath) && !QFile::rename(journalPath, aside)) {
        QFile::remove(incoming);
        return failed(QStringLiteral("the current file could not be set aside"));
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        // The old file's write-ahead log belongs to it, not to the restored copy.
        const QString extra = journalPath + QLatin1String(suffix);
        if (QFile::exists(extra)) {
            QFile::rename(extra, aside + QLatin1String(suffix));
        }
    }
    if (!QFile::rename(incoming, journalPath)) {
        QFile::rename(aside, journalPath); // put things back as they were
        return failed(QStringLiteral("the copy could not be put in place"));
    }
    return aside;
}

constexpr int kStepBackupsKept = 10;

std::vector<size_t> backupsToKeep(const std::vector<BackupInfo> &backups, const BackupPolicy &policy)
{
    QSet<size_t> keep;
    // The newest snapshot of each of the `count` most recent periods (day, ISO week, month), among
    // the ones taken by hand or among the others: a backup the person asks for never pushes out
    // the day's automatic one (whose row they would see vanish), nor the other way round.
    const auto keepNewestPer = [&](int count, auto periodOf) {
        for (const bool byHand : {false, true}) {
            QSet<QString> periods;
            for (size_t i = 0; i < backups.size() && periods.size() < count; ++i) {
                if (backups[i].reason.startsWith(QLatin1String("manual")) != byHand) {
                    continue;
                }
                const QString period = periodOf(backups[i].takenAt.toLocalTime().date());
                if (!periods.contains(period)) {
                    periods.insert(period);
                    keep.insert(i);
                }
            }
        }
    };
    keepNewestPer(policy.daily, [](QDate d) { return d.toString(Qt::ISODate); });
    keepNewestPer(policy.weekly, [](QDate d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(week);
    });
    keepNewestPer(policy.monthly, [](QDate d) { return d.toString(QStringLiteral("yyyy-MM")); });
    // A snapshot taken before an import, a restore or an update is how that step is undone: it
    // stays for a day even when a newer snapshot of the same day exists.
    // (At most the newest ten, so a script importing all day cannot fill the disk.)
    int stepsKept = 0;
    for (size_t i = 0; i < backups.size() && stepsKept < kStepBackupsKept; ++i) {
        if (backups[i].reason.startsWith(QLatin1String("before-")) &&
            backups[i].takenAt.secsTo(backups.front().takenAt) < 24 * 3600) {
            keep.insert(i);
            ++stepsKept;
        }
    }
    for (size_t i = 0; i < backups.size(); ++i) {
        if (backups[i].reason.startsWith(kUnsavedBackupReason)) {
            keep.insert(i); // it holds what the journal does not
        }
    }
    std::vector<size_t> out(keep.begin(), keep.end());
    std::sort(out.begin(), out.end());
    return out;
}

Result<int> Backups::rotate(const BackupPolicy &policy)
{
    auto backups = list();
    if (!backups) {
        return backups.error();
    }
    const std::vector<size_t> keep = backupsToKeep(*backups, policy);
    int deleted = 0;
    // A snapshot cut off midway (the process was killed) leaves its temporary file; one that has
    // not been touched for an hour belongs to no running backup.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &file :
         QDir(m_directory).entryInfoList({QStringLiteral("ebb-*.sqlite.partial*")}, QDir::Files)) {
        if (file.lastModified().toUTC() < stale) {
            QFile::remove(file.filePath());
        }
    }
    for (size_t i = 0; i < backups->size(); ++i) {
        if (!std::binary_search(keep.begin(), keep.end(), i) && QFile::remove((*backups)[i].path)) {
            ++deleted;
        }
    }
    return deleted;
}

} // namespace ebb
