// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "crypto/sealedfile.h"
#include "storage/database.h"
#include "storage/journalfile.h"
#include "storage/migrations.h"

#include <QDirIterator>
#include <QFile>
#include <QtEndian>

namespace ebb::test {

void writeOlderJournal(const QString &path, int version, const QString &sql)
{
    JournalOpenOptions options;
    options.migrate = false;
    Database db = require(openJournalFile(path, options));
    requireOk(migrate(db, schemaMigrations().first(size_t(version))));
    if (!sql.isEmpty()) {
        requireOk(db.exec(sql));
    }
}

std::unique_ptr<Journal> memoryJournal(const Clock &clock)
{
    return require(Journal::open(QStringLiteral(":memory:"), clock));
}

CheckIn sampleCheckIn(QDate day, int energy)
{
    CheckIn c;
    c.date = day;
    c.energy = energy;
    c.mood = 5;
    c.stress = 4;
    c.load = 7;
    c.sleepMinutes = 7 * 60 + 30;
    c.sleepQuality = 3;
    c.note = QStringLiteral("Walked by the river.");
    return c;
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.path(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle)) {
            found << path;
        }
    }
    return found;
}

void alterSealedImage(const QString &path, const QString &passphrase, const std::function<void(QByteArray &)> &change)
{
    const QByteArray file = readFile(path);
    const SealedHeader header = require(readSealedHeader(file));
    const SecretKey key = require(deriveKey(passphrase, header));
    QByteArray image = require(unseal(key, file));
    change(image);
    const QByteArray sealed = require(seal(key, header, image));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(sealed) == sealed.size());
}

void setImageUserVersion(QByteArray &image, int version)
{
    REQUIRE(image.size() >= 64);
    qToBigEndian(quint32(version), image.data() + 60); // the header's user_version field
}

} // namespace ebb::test
