// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "summary/reportdata.h"

#include <QByteArray>
#include <QPageSize>

namespace ebb {

/**
 * The report as a PDF document: a header with the person's chosen name and the range on every
 * page, "Page n of N" at the foot, vector charts of energy, mood, stress and sleep with the
 * personal baseline as a band and flagged days hatched (readable in black and white).
 * Needs a QGuiApplication (the offscreen platform will do).
 */
QByteArray renderPdfReport(const ReportData &data, QPageSize::PageSizeId pageSize = QPageSize::A4);

} // namespace ebb
