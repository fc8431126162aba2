// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalfile.h"

#include "io/atomicfile.h"
#include "storage/backups.h"
#include "storage/journalerror.h"
#include "storage/migrations.h"
#include "storage/schemacheck.h"
#include "storage/sealedjournal.h"
#include "storage/sqliteerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace ebb {
namespace {

constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

Result<void> createJournalFile(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        // Every folder made here is Ebb's, and only those are tightened: the person's keep their mode.
        QStringList made;
        for (QDir up = dir; !up.exists(); up.setPath(QFileInfo(up.absolutePath()).absolutePath())) {
            made.prepend(up.absolutePath());
            if (up.isRoot()) {
                break;
            }
        }
        if (!QDir().mkpath(dir.absolutePath())) {
            return Error{QStringLiteral("Ebb could not create the folder %1 for the journal. Check that you may "
                                        "write there, or choose another place with --database PATH.")
                             .arg(QDir::toNativeSeparators(dir.absolutePath())),
                         0, QStringLiteral("mkpath failed")};
        }
        for (const QString &folder : made) {
            QFile::setPermissions(folder, kOwnerOnlyDir);
        }
    }
    QFile file(path);
    // Created 0600 before SQLite sees it: SQLite gives its -wal and -shm files the same mode.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnlyFile)) {
        return Error{QStringLiteral("Ebb could not create the journal %1: %2. Check that you may write to that "
                                    "folder, or choose another place with --database PATH.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     0, file.errorString()};
    }
    return {};
}

Result<void> applyConnectionSettings(Database &db)
{
    auto mode = db.queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode) {
        return mode.error();
    }
    // An in-memory database answers "memory"; a file must really be in WAL mode.
    if (mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 && db.path() != QLatin1String(":memory:")) {
        return Error{QStringLiteral("Ebb could not switch the journal to its safe write mode (WAL); the file system "
                                    "may not support it. Nothing was changed."),
                     0, QStringLiteral("journal_mode is %1").arg(*mode)};
    }
    return db.exec(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;"),
                   QStringLiteral("Could not prepare the journal"));
}

/**
 * Makes a new, empty journal at `path` all at once: it is built under a temporary name (created,
 * switched to WAL, migrated (unless `migrateSchema` is false, for tests of old schemas), checkpointed, closed) and only
 * then renamed into place, so a process killed midway never leaves a half-made journal behind — only a temporary file.
 */
Result<void> createJournal(const QString &path, bool migrateSchema)
{
    const QString temporary = QStringLiteral("%1.creating-%2").arg(path).arg(QCoreApplication::applicationPid());
    QFile::remove(temporary);
    if (auto r = createJournalFile(temporary); !r) {
        return r.error();
    }
    const auto removeTemporary = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
            QFile::remove(temporary + QLatin1String(suffix));
        }
    };
    {
        auto db = Database::open(temporary, Database::Access::ReadWrite);
        Result<void> made = db ? applyConnectionSettings(*db) : Result<void>(db.error());
        if (made && migrateSchema) {
            made = migrate(*db, schemaMigrations());
        }
        if (made) {
            made = db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                            QStringLiteral("Could not create the journal"));
        }
        if (!made) {
            removeTemporary();
            return made.error();
        }
    }
    // Never replaces: if another Ebb created the journal meanwhile, theirs is kept.
    if (renameWithoutReplacing(temporary, path) == RenameOutcome::Failed) {
        removeTemporary();
        return Error{QStringLiteral("Ebb could not create the journal %1. Check that you may write to that folder, or "
                                    "choose another place with --database PATH.")
                         .arg(QDir::toNativeSeparators(path)),
                     0, QStringLiteral("rename failed")};
    }
    removeTemporary();
    syncFolderOf(path);
    return {};
}

} // namespace

Result<void> refuseForeignSchema(Database &db, const QString &path)
{
    auto foreign = foreignSchemaObjects(db);
    if (!foreign) {
        return foreign.error();
    }
    if (!foreign->isEmpty()) {
        return Error{foreignSchemaMessage(path, *foreign), kForeignSchema, foreign->join(QStringLiteral(", "))};
    }
    return {};
}

Result<void> checkJournalIntegrity(Database &db, const QString &path)
{
    // The structural check only: with CHECK constraints on, quick_check also re-evaluates every
    // row's CHECKs (date() calls and all), which was 80% of its time — 15 ms for a 10-year
    // journal, 190 ms for a 100-year one. Values are checked when they are written.
    auto ignore = db.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    auto check = ignore ? db.queryText(QStringLiteral("PRAGMA quick_check")) : Result<QString>(ignore.error());
    if (auto restored = db.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")); !restored && check) {
        check = restored.error(); // writing with CHECKs off must never happen
    }
    if (!check || *check != QLatin1String("ok")) {
        const int code = check ? SQLITE_CORRUPT : check.error().code;
        return Error{QStringLiteral("The journal %1 is damaged: SQLite's check found problems. Ebb did not change it.")
                         .arg(QDir::toNativeSeparators(path)),
                     code == 0 ? SQLITE_CORRUPT : code, check ? *check : check.error().detail};
    }
    return refuseForeignSchema(db, path);
}

Result<Database> openJournalFile(const QString &path, const JournalOpenOptions &options)
{
    const bool inMemory = path == QLatin1String(":memory:");
    const bool existed = !inMemory && QFileInfo::exists(path);
    // A file that is there but holds no journal (cut to nothing, or never given a schema) is damage:
    // taken for a new journal, it would be written over, and an encrypted one stored in plain.
    const auto holdsNoJournal = [&path](const QString &detail) {
        return Error{QStringLiteral("The file %1 is there, but there is no journal in it (it is empty or was cut "
                                    "short). Ebb did not change it; restore a backup.")
                         .arg(QDir::toNativeSeparators(path)),
                     SQLITE_CORRUPT, detail};
    };
    if (existed && QFileInfo(path).size() == 0 && QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        return holdsNoJournal(QStringLiteral("empty file"));
    }
    if (!inMemory) {
        if (!existed) {
            if (!options.create || options.readOnly) {
                return Error{QStringLiteral("There is no journal at %1.").arg(QDir::toNativeSeparators(path)),
                             kMissingJournal, QStringLiteral("missing file")};
            }
            if (auto r = createJournal(path, options.migrate); !r) {
                return r.error();
            }
        } else if (isSealedJournal(path)) {
            return Error{QStringLiteral("The journal %1 is encrypted. Ebb needs its passphrase to open it.")
                             .arg(QDir::toNativeSeparators(path)),
                         kNeedsPassphrase, QStringLiteral("sealed")};
        } else if (!options.readOnly && (QFile::permissions(path) & ~(kOwnerOnlyFile | QFile::ReadUser |
                                                                      QFile::WriteUser)) != QFile::Permissions()) {
            // A journal readable by others is tightened to the owner; failing that is not fatal.
            QFile::setPermissions(path, kOwnerOnlyFile);
        }
    }

    if (existed) {
        // Bytes 18 and 19 say which journal modes wrote the file (1 or 2); anything else makes
        // SQLite treat it as read-only, and "read-only" would send the person the wrong way.
        QFile file(path);
        const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(20) : QByteArray();
        if (header.startsWith("SQLite format 3") && header.size() == 20 &&
            (header[18] < 1 || header[18] > 2 || header[19] < 1 || header[19] > 2)) {
            return Error{QStringLiteral("The journal %1 is damaged: its file header is not one SQLite writes. Ebb did "
                                        "not change it; restore a backup.")
                             .arg(QDir::toNativeSeparators(path)),
                         SQLITE_CORRUPT, QStringLiteral("header bytes 18-19")};
        }
    }
    auto db = Database::open(path, !options.readOnly   ? Database::Access::ReadWrite
                                   : options.immutable ? Database::Access::ReadOnlyImmutable
                                                       : Database::Access::ReadOnly);
    if (!db) {
        return db.error();
    }
    db->setBusyTimeout(options.busyTimeoutMs);

    // Read the version first: this is the first read of the file, so a file that is not a
    // database fails here, and a newer schema is refused before anything is written.
    auto version = db->userVersion();
    if (!version) {
        return sqliteError(db->handle(), version.error().code,
                           QStringLiteral("Could not open the journal %1").arg(QDir::toNativeSeparators(path)));
    }
    if (existed && *version == 0) {
        return holdsNoJournal(QStringLiteral("user_version 0"));
    }
    if (*version < 0) {
        // No Ebb writes a negative version: a changed byte, not a newer journal.
        return Error{QStringLiteral("The journal %1 is damaged: its schema version (%2) is not one Ebb writes. Ebb "
                                    "did not change it; restore a backup.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(*version),
                     SQLITE_CORRUPT, QStringLiteral("user_version %1").arg(*version)};
    }
    if (*version > latestSchemaVersion()) {
        return Error{QStringLiteral("The journal %1 was written by a newer version of Ebb (schema %2; this Ebb "
                                    "understands up to %3). Please update Ebb to open it. Nothing was changed.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(*version)
                         .arg(latestSchemaVersion()),
                     kNewerJournal, QStringLiteral("user_version %1").arg(*version)};
    }
    if (options.quickCheck) {
        if (auto r = checkJournalIntegrity(*db, path); !r) {
            return r.error();
        }
    }
    if (options.readOnly) {
        return db; // reading runs no trigger; `ebb-cli check` names what is foreign
    }
    // Before anything is written (a migration, a setting): a trigger Ebb did not create must never run.
    const bool migrationDue = options.migrate && *version < latestSchemaVersion();
    if (options.schemaCheck || migrationDue) {
        if (auto r = refuseForeignSchema(*db, path); !r) {
            return r.error();
        }
    }
    if (auto r = applyConnectionSettings(*db); !r) {
        return r.error();
    }
    if (options.migrate) {
        if (options.backupBeforeMigration && !inMemory && *version > 0 && *version < latestSchemaVersion()) {
            // The one moment a journal's layout changes: keep the old one, and refuse to go on without it.
            auto backup = Backups(Backups::directoryFor(path))
                              .take(*db, QDateTime::currentDateTimeUtc(),
                                    QStringLiteral("before-schema-%1").arg(latestSchemaVersion()));
            if (!backup) {
                return backup.error();
            }
        }
        if (auto r = migrate(*db, schemaMigrations()); !r) {
            return r.error();
        }
    }
    return db;
}

} // namespace ebb
