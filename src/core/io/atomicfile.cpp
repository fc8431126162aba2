// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QDir>
#include <QSaveFile>

namespace ebb {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    const auto failed = [&](const QString &why) {
        return Error{QStringLiteral("Could not write %1: %2. Check that the folder exists and that you may write "
                                    "there; nothing was written.")
                         .arg(QDir::toNativeSeparators(path), why),
                     0, why};
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file.errorString());
    }
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit()) {
        return failed(file.errorString());
    }
    return {};
}

} // namespace ebb
