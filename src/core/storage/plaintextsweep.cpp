// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextsweep.h"

#include "storage/backups.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ebb {
namespace {

const char *const kSqliteCompanions[] = {"-wal", "-shm", "-journal"};

bool isPlainFile(const QString &path)
{
    return QFileInfo(path).isFile() && !isSealedJournal(path);
}

/** The file's contents as one database image (its -wal folded in), or its bytes as they are. */
QByteArray wholeContents(const QString &path)
{
    if (auto db = Database::open(path, Database::Access::ReadWrite)) {
        if (auto image = db->image(); image && !image->isEmpty()) {
            return std::move(image).value();
        }
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool removeWithCompanions(const QString &path)
{
    bool ok = !QFile::exists(path) || QFile::remove(path);
    for (const char *suffix : kSqliteCompanions) {
        const QString companion = path + QLatin1String(suffix);
        ok = (!QFile::exists(companion) || QFile::remove(companion)) && ok;
    }
    return ok;
}

} // namespace

QString PlaintextSweep::summary() const
{
    QStringList sentences;
    if (!removed.isEmpty()) {
        sentences << QStringLiteral("Ebb deleted %1 unfinished unencrypted cop%2 of the journal, left by an "
                                    "interrupted backup, restore or decryption.")
                         .arg(removed.size())
                         .arg(removed.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    }
    if (!sealed.isEmpty()) {
        sentences << QStringLiteral("%1 older unencrypted cop%2 (backups or files set aside) %3 now encrypted too.")
                         .arg(sealed.size())
                         .arg(sealed.size() == 1 ? QStringLiteral("y") : QStringLiteral("ies"))
                         .arg(sealed.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    }
    if (!failed.isEmpty()) {
        QStringList names;
        for (const QString &path : failed) {
            names << QDir::toNativeSeparators(path);
        }
        sentences << QStringLiteral("These unencrypted copies could not be encrypted or deleted; please delete them: "
                                    "%1.")
                         .arg(names.join(QStringLiteral(", ")));
    }
    return sentences.join(QLatin1Char(' '));
}

PlaintextSweep sweepPlaintextLeftovers(const QString &journalPath, const SealedStore &store)
{
    PlaintextSweep sweep;
    const QFileInfo journal(journalPath);
    const QDir folder = journal.absoluteDir();
    const QString name = journal.fileName();
    const QDir backups(Backups::directoryFor(journalPath));

    const auto discard = [&sweep](const QString &path) {
        if (!isPlainFile(path)) {
            return;
        }
        (removeWithCompanions(path) ? sweep.removed : sweep.failed) << path;
    };
    const auto sealInPlace = [&sweep, &store](const QString &path) {
        if (!isPlainFile(path)) {
            return;
        }
        QByteArray contents = wholeContents(path);
        const bool sealed = !contents.isEmpty() && store.sealInPlace(path, contents);
        contents.fill('\0');
        if (sealed) {
            for (const char *suffix : kSqliteCompanions) {
                QFile::remove(path + QLatin1String(suffix));
            }
            sweep.sealed << path;
        } else {
            (removeWithCompanions(path) ? sweep.removed : sweep.failed) << path;
        }
    };

    QFile::remove(journal.absoluteFilePath() + QStringLiteral(".sealing")); // an encrypted save cut off
    // The plain journal's own log beside the encrypted file: already inside it (it was closed,
    // and so checkpointed, before it was sealed).
    for (const char *suffix : kSqliteCompanions) {
        discard(journal.absoluteFilePath() + QLatin1String(suffix));
    }
    // With their SQLite logs: a "-wal" left alone when its file went is the same plain text.
    for (const QString &pattern :
         {name + QStringLiteral(".plain"), name + QStringLiteral(".restoring"), name + QStringLiteral(".creating-*"),
          name + QStringLiteral(".plain-*"), name + QStringLiteral(".restoring-*")}) {
        for (const QFileInfo &file : folder.entryInfoList({pattern}, QDir::Files | QDir::Hidden)) {
            discard(file.absoluteFilePath());
        }
    }
    for (const QFileInfo &file :
         folder.entryInfoList({name + QStringLiteral(".set-aside-*")}, QDir::Files | QDir::Hidden)) {
        const QString path = file.absoluteFilePath();
        const QString suffix = QStringLiteral("-") + path.section(QLatin1Char('-'), -1);
        const bool companion = std::any_of(std::begin(kSqliteCompanions), std::end(kSqliteCompanions),
                                           [&suffix](const char *c) { return suffix == QLatin1String(c); });
        if (!companion) {
            sealInPlace(path);
        } else if (const QString owner = path.chopped(suffix.size()); !isPlainFile(owner)) {
            discard(path); // a log whose plain file is gone or already encrypted
        }
    }
    for (const QFileInfo &file : backups.entryInfoList({QStringLiteral("ebb-*.sqlite.partial*")}, QDir::Files)) {
        discard(file.absoluteFilePath());
    }
    for (const QFileInfo &file : backups.entryInfoList({QStringLiteral("ebb-*.sqlite")}, QDir::Files)) {
        sealInPlace(file.absoluteFilePath());
    }
    return sweep;
}

} // namespace ebb
