// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "result.h"

#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ebb {

/** The files Ebb imports: its own interchange CSV, and Daylio's CSV export. */
enum class ImportFormat { Ebb, Daylio };

/** A row the import refuses, with the line of the file it starts on. */
struct ImportProblem
{
    int line = 0;
    QString message; ///< A full sentence, without the line number.
};

/** One day read from an import file, before it meets the journal. */
struct ImportedDay
{
    int line = 0;    ///< The first line of the file that speaks of this day.
    CheckIn checkIn; ///< Measures and note; tags and boundary answers are not resolved yet.
    QStringList tags;
    std::optional<int> held;    ///< Ebb files only: how many boundaries were held.
    std::optional<int> slipped; ///< Ebb files only.
};

/**
 * A whole import file, read. `days` holds the rows that could be read; `problems` the ones that
 * could not. An import applies only when `problems` and `unknownMoods` are both empty (all or
 * nothing).
 */
struct ImportFile
{
    ImportFormat format = ImportFormat::Ebb;
    std::vector<ImportedDay> days;
    std::vector<ImportProblem> problems;
    QStringList unknownMoods; ///< Daylio mood names the mood map does not place (sorted).
    int entries = 0;          ///< Rows read (Daylio may have several a day).

    bool canApply() const { return problems.empty() && unknownMoods.isEmpty(); }
};

/** Daylio mood names (lower case, trimmed) → Ebb's 0–10 mood. */
using MoodMap = QHash<QString, int>;

/** "ebb" or "daylio"; anything else is an error naming the choices. */
Result<ImportFormat> importFormatFromName(const QString &name);
QString importFormatName(ImportFormat format);

/** Guesses the format from the header line; an unknown header is an error that names both. */
Result<ImportFormat> detectImportFormat(const QString &text);

/**
 * Reads `text` as `format`. A file-wide problem (unknown header, broken quoting) is an Error;
 * row problems are collected in the result, every one with its line. `today` (from the caller's
 * clock) bounds the days accepted: 1900-01-01 to a year after it.
 */
Result<ImportFile> readImportFile(const QString &text, ImportFormat format, QDate today,
                                  const MoodMap &extraMoods = {});

/** Decodes a file's bytes as UTF-8; invalid UTF-8 is an error (nothing is guessed). */
Result<QString> decodeImportText(const QByteArray &bytes);

/**
 * The text of an import file the caller opened (ebb-cli import and the import dialog both read
 * through this). A file larger than kImportMaxFileBytes is refused from its size, before anything
 * is read; a pipe is read up to one byte past the limit and no further. Then decodeImportText().
 */
Result<QString> readImportText(QIODevice &file);

} // namespace ebb
