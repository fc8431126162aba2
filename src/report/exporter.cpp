// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "io/atomicfile.h"
#include "io/interchangecsv.h"
#include "pdfreport.h"
#include "storage/journal.h"
#include "summary/markdownreport.h"

#include <QJsonDocument>

namespace ebb {

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    if (key == QLatin1String("csv")) {
        return ExportFormat::Csv;
    }
    if (key == QLatin1String("md")) {
        return ExportFormat::Markdown;
    }
    if (key == QLatin1String("json")) {
        return ExportFormat::Json;
    }
    if (key == QLatin1String("pdf")) {
        return ExportFormat::Pdf;
    }
    return std::nullopt;
}

Result<QByteArray> renderExport(Journal &journal, const ExportRequest &request)
{
    switch (request.format) {
    case ExportFormat::Csv: {
        auto checkIns = journal.checkIns(request.options.from, request.options.to);
        if (!checkIns) {
            return checkIns.error();
        }
        auto tags = journal.tags();
        if (!tags) {
            return tags.error();
        }
        return interchangeCsv(*checkIns, *tags).toUtf8();
    }
    case ExportFormat::Json: {
        auto dump = journal.dumpTables();
        if (!dump) {
            return dump.error();
        }
        return QJsonDocument(*dump).toJson(QJsonDocument::Indented);
    }
    case ExportFormat::Markdown:
    case ExportFormat::Pdf:
        break;
    }
    auto data = gatherReport(journal, request.options);
    if (!data) {
        return data.error();
    }
    if (request.format == ExportFormat::Markdown) {
        return reportToMarkdown(*data).toUtf8();
    }
    return renderPdfReport(*data, request.pageSize);
}

Result<void> exportToFile(Journal &journal, const ExportRequest &request, const QString &path)
{
    auto bytes = renderExport(journal, request);
    if (!bytes) {
        return bytes.error();
    }
    return writeFileAtomically(path, *bytes);
}

} // namespace ebb
