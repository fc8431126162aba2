// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "storage/database.h"

#include <functional>

namespace ebb {

/**
 * Prepares `sql`, lets `bind` fill its parameters and runs it, expecting it to change exactly one
 * row; when it changes none, returns an Error with `notFound`. Errors carry `context`.
 */
Result<void> updateOneRow(Database &db, const QString &sql, const std::function<void(Statement &)> &bind,
                          const QString &context, const QString &notFound);

/** Adds `context` in front of an error's message, keeping its code and detail. */
Error withContext(Error error, const QString &context);

} // namespace ebb
