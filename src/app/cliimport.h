// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ebb::cli {

/** ebb-cli import FILE [--format ebb|daylio] [--mood-map MAP] [--dry-run] [--database PATH] */
int runImport(const QStringList &args);

} // namespace ebb::cli
