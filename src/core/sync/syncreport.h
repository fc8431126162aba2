// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ebb {

/** What one exchange did. */
struct SyncReport
{
    int sent = 0;           ///< changed fields this computer wrote to the folder
    int received = 0;       ///< changed fields taken from other computers (new ones only)
    int rowsChanged = 0;    ///< rows of this journal written because of them
    QList<QDate> days;      ///< the check-in days among them
    int computers = 0;      ///< computers that have written to the folder, this one included
    QStringList notes;      ///< what could not be merged as it came, in plain words
    QStringList unreadable; ///< files in the folder not read (yet)
};

/** This computer's sync, as kept in the journal. */
struct SyncStatus
{
    QString folder;
    QString device;
    QDateTime lastSynced; ///< invalid: never
    int computers = 0;    ///< as of the last exchange
};

/** A computer that syncs through the journal's folder. */
struct FolderComputer
{
    QString device;      ///< its id in the folder (16 hex digits)
    QString name;        ///< the name it gave itself (its host name); empty when not known yet
    QDateTime lastWrote; ///< when its newest file in the folder was written (as the folder says)
    bool thisOne = false;
};

} // namespace ebb
