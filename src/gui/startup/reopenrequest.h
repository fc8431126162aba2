// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QString>

namespace ebb {

/**
 * Why the window closed so that the app can change the journal file and open it again: these
 * steps replace the file, which cannot happen while it is open.
 */
struct ReopenRequest
{
    enum class Kind { Restore, Encrypt, Decrypt, ChangePassphrase, Lock };
    Kind kind = Kind::Lock;
    BackupInfo backup;     ///< Restore
    QString passphrase;    ///< Decrypt, ChangePassphrase: the current one
    QString newPassphrase; ///< Encrypt, ChangePassphrase
};

} // namespace ebb
