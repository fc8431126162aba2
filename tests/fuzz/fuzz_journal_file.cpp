// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes opening a journal file: whatever the bytes, Ebb refuses or reads them, and never
// crashes. The bytes are written to a file and opened as the app does (quick_check), then read;
// then opened for writing (which migrates) and checked again.
#include "fuzzsupport.h"
#include "pacing/pacingday.h"
#include "storage/integrity.h"
#include "storage/journalfile.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ebb::fuzz::quietLogs();
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ebb.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            std::abort();
        }
        file.write(reinterpret_cast<const char *>(data), qsizetype(size));
    }
    static const ebb::fuzz::FixedClock clock;
    ebb::JournalOpenOptions readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    readOnly.quickCheck = true;
    if (auto journal = ebb::Journal::open(path, clock, readOnly)) {
        (void)(*journal)->checkIns({}, {});
        (void)(*journal)->pacingDays();
        (void)(*journal)->integrityReport();
    }
    ebb::JournalOpenOptions writable;
    writable.quickCheck = true;
    writable.backupBeforeMigration = false;
    if (auto journal = ebb::Journal::open(path, clock, writable)) {
        (void)(*journal)->checkIns({}, {});
        (void)(*journal)->tags();
        (void)(*journal)->reviewedWeeks();
    }
    return 0;
}
