// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace ebb {

/**
 * The screen-lock PIN of a plain (unencrypted) journal, kept only as an Argon2id hash string
 * (crypto_pwhash_str, interactive limits). A PIN hides the window; it does not encrypt anything.
 */
Result<QString> hashPin(const QString &pin);
bool pinMatches(const QString &hash, const QString &pin);

} // namespace ebb
