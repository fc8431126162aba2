// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace ebb {

/**
 * Reads a file that someone else may have put there (a synced folder): only a regular file, never
 * through a symbolic link (O_NOFOLLOW), opened without blocking (a FIFO cannot hang the reader),
 * and at most `limit` bytes — a file that turns out longer, whatever its size said, is refused
 * after reading `limit` + 1 bytes.
 */
Result<QByteArray> readRegularFile(const QString &path, qint64 limit);

} // namespace ebb
