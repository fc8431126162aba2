// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ebb {

/** A free-text journal note; a day may have many. Shared with a therapist only when marked. */
struct Note
{
    qint64 id = 0;
    QDate date;
    QString body;
    bool shared = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool bringUp = false; ///< "Bring up in therapy": a topic for the report's first page.

    bool operator==(const Note &) const = default;
};

} // namespace ebb
