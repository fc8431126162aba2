// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingreport.h"

#include <QJsonObject>
#include <QString>

namespace ebb {

/** The stable JSON form of a report (documented in docs/file-formats.md; keys sorted). */
QJsonObject reportToJson(const PacingReport &report);

/** A one-line JSON text of the report, as `ebb-cli analyze --format json` prints it. */
QByteArray reportToJsonLine(const PacingReport &report);

} // namespace ebb
