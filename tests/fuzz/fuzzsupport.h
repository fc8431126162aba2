// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the CSV fuzz targets share: one property checked on every input that reads cleanly.
#pragma once

#include "io/importfile.h"
#include "settings/clock.h"
#include "storage/importer.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>

namespace ebb::fuzz {

class FixedClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC); }
};

inline void quietLogs()
{
    static const bool once = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
        return true;
    }();
    (void)once;
}

/**
 * Reads `data` as `format`; when the reader accepts every row, applying the file to a fresh
 * journal must succeed: the readers' checks and the database's CHECK constraints must agree.
 */
inline void readAndApply(const uint8_t *data, size_t size, ImportFormat format, const MoodMap &moods = {})
{
    quietLogs();
    auto text = decodeImportText(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!text) {
        return;
    }
    static const FixedClock clock;
    auto file = readImportFile(*text, format, clock.today(), moods);
    if (!file || !file->canApply() || file->days.size() > 64) {
        return;
    }
    auto journal = Journal::open(QStringLiteral(":memory:"), clock);
    if (!journal) {
        std::abort();
    }
    auto applied = (*journal)->applyImport(*file);
    if (!applied) {
        std::fprintf(stderr, "a file the reader accepted could not be applied: %s\n",
                     qPrintable(applied.errorString()));
        std::abort();
    }
    // Importing the same file again changes nothing.
    auto again = (*journal)->planImport(*file);
    if (!again || again->count(ImportChange::Unchanged) != int(again->days.size())) {
        std::fprintf(stderr, "re-importing the same file would change the journal\n");
        std::abort();
    }
}

} // namespace ebb::fuzz
