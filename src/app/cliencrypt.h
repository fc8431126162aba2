// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace ebb::cli {

/** ebb-cli encrypt: the passphrase comes from EBB_NEW_PASSPHRASE. */
int runEncrypt(const QStringList &args);
/** ebb-cli decrypt: the passphrase comes from EBB_PASSPHRASE. */
int runDecrypt(const QStringList &args);
/** ebb-cli passphrase: from EBB_PASSPHRASE to EBB_NEW_PASSPHRASE. */
int runPassphrase(const QStringList &args);

} // namespace ebb::cli
