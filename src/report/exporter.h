// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "summary/reportdata.h"

#include <QByteArray>
#include <QPageSize>

#include <optional>

namespace ebb {

class Journal;

/** What a person can export: the interchange CSV, the report as Markdown or PDF, or a full JSON backup. */
enum class ExportFormat { Csv, Markdown, Json, Pdf };

/** "csv", "md", "json", "pdf" → the format; nullopt for anything else. */
std::optional<ExportFormat> exportFormatFromKey(const QString &key);

/** One export: the format and, for the report formats, what goes in it. */
struct ExportRequest
{
    ExportFormat format = ExportFormat::Pdf;
    ReportOptions options; ///< from/to also limit the CSV; the JSON backup always holds everything.
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

/**
 * The bytes of an export, built through the journal (one service for the dialog and ebb-cli).
 * PDF needs a QGuiApplication (offscreen is fine).
 */
Result<QByteArray> renderExport(Journal &journal, const ExportRequest &request);

/** Renders and writes atomically; on failure nothing is left at `path`. */
Result<void> exportToFile(Journal &journal, const ExportRequest &request, const QString &path);

} // namespace ebb
