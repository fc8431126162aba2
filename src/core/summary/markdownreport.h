// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary/reportdata.h"

#include <QString>

namespace ebb {

/** The report as Markdown (also the export dialog's live preview). */
QString reportToMarkdown(const ReportData &data);

} // namespace ebb
