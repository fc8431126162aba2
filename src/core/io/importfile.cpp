// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfile.h"

#include "io/csvreader.h"
#include "io/daylioreader.h"
#include "io/importlimits.h"
#include "io/interchangecsv.h"
#include "io/interchangereader.h"

#include <QStringDecoder>

namespace ebb {

Result<ImportFormat> importFormatFromName(const QString &name)
{
    if (name == QLatin1String("ebb")) {
        return ImportFormat::Ebb;
    }
    if (name == QLatin1String("daylio")) {
        return ImportFormat::Daylio;
    }
    return errorWith(
        QStringLiteral("The import format must be ebb or daylio (it was %1).").arg(quotedForMessage(name)));
}

QString importFormatName(ImportFormat format)
{
    return format == ImportFormat::Daylio ? QStringLiteral("daylio") : QStringLiteral("ebb");
}

Result<QString> decodeImportText(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return errorWith(QStringLiteral("The file is not UTF-8 text. Save it as UTF-8 (CSV UTF-8) and try again."));
    }
    return text;
}

Result<QString> readImportText(QIODevice &file)
{
    const auto tooLarge = [](const QString &size) {
        return errorWith(QStringLiteral("Nothing was imported: the file is %1, and Ebb imports files of up to %2 MB. "
                                        "Ebb's own export of a hundred years of days with a note every day is about "
                                        "11 MB: is this the file you meant? If it is, split it into smaller files "
                                        "and import each.")
                             .arg(size)
                             .arg(kImportMaxFileBytes / 1'000'000));
    };
    if (!file.isSequential() && file.size() > kImportMaxFileBytes) {
        return tooLarge(QStringLiteral("%1 MB (%2 bytes)").arg(double(file.size()) / 1e6, 0, 'f', 1).arg(file.size()));
    }
    const QByteArray bytes = file.read(kImportMaxFileBytes + 1);
    if (bytes.size() > kImportMaxFileBytes) {
        return tooLarge(QStringLiteral("over %1 MB").arg(kImportMaxFileBytes / 1'000'000));
    }
    return decodeImportText(bytes);
}

Result<ImportFormat> detectImportFormat(const QString &text)
{
    qsizetype end = text.indexOf(QLatin1Char('\n'));
    QString header = text.left(end < 0 ? text.size() : end);
    if (header.startsWith(QChar(0xFEFF))) {
        header.remove(0, 1);
    }
    header = header.trimmed();
    if (header.split(QLatin1Char(',')) == interchangeHeader()) {
        return ImportFormat::Ebb;
    }
    const QChar separator = header.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
    auto records = parseCsv(header, separator);
    if (records && !records->empty() && isDaylioHeader(records->front().fields)) {
        return ImportFormat::Daylio;
    }
    return errorWith(QStringLiteral("Line 1: this file is neither an Ebb CSV (header \"%1\") nor a Daylio export "
                                    "(columns full_date, mood, activities, note).")
                         .arg(interchangeHeader().join(QLatin1Char(','))));
}

Result<ImportFile> readImportFile(const QString &text, ImportFormat format, QDate today, const MoodMap &extraMoods)
{
    ImportFile file;
    file.format = format;
    if (format == ImportFormat::Ebb) {
        auto read = readInterchangeRows(text, today);
        if (!read) {
            return read.error();
        }
        file.problems = std::move(read->problems);
        file.entries = int(read->rows.size() + file.problems.size());
        for (InterchangeRow &row : read->rows) {
            file.days.push_back({row.line, std::move(row.checkIn), std::move(row.tags), row.held, row.slipped});
        }
        return file;
    }
    auto read = readDaylioCsv(text, today);
    if (!read) {
        return read.error();
    }
    file.problems = std::move(read->problems);
    file.entries = int(read->entries.size() + file.problems.size());
    file.unknownMoods = unknownDaylioMoods(read->entries, extraMoods);
    file.days = daylioDays(read->entries, extraMoods);
    // Each note fits, but a day's notes together are one check-in's note, which has the same limit.
    for (const ImportedDay &day : file.days) {
        if (day.checkIn.note.size() > kNoteMaxLength) {
            file.problems.push_back({day.line, QStringLiteral("the notes of %1 together are %2 characters long; Ebb "
                                                              "keeps up to %3 characters of note a day. Shorten some "
                                                              "of them and try again.")
                                                   .arg(day.checkIn.date.toString(Qt::ISODate))
                                                   .arg(day.checkIn.note.size())
                                                   .arg(kNoteMaxLength)});
        }
    }
    return file;
}

} // namespace ebb
