// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/changelimits.h"

#include "domain/checkin.h"
#include "io/importlimits.h"
#include "sync/hlc.h"

#include <QCoreApplication>

#include <algorithm>

namespace ebb {
namespace {

// A key is a day, a week, a uid, a setting's name or a flag and a day: never longer than this.
constexpr qsizetype kMaxKeyLength = 200;
constexpr qsizetype kMaxFieldLength = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

/** The tables whose key is a day. */
bool keyedByDay(const QString &table)
{
    return table == QLatin1String("checkins") || table == QLatin1String("self_checks");
}

} // namespace

QString changeSetProblem(const ChangeSet &set, QDate today)
{
    if (set.changes.size() > kMaxChangesPerSet) {
        return tr("it holds more changes (%1) than Ebb ever sends at once").arg(set.changes.size());
    }
    for (const FieldChange &change : set.changes) {
        if (change.key.size() > kMaxKeyLength || change.field.size() > kMaxFieldLength ||
            change.table.size() > kMaxFieldLength) {
            return tr("it names a row or field longer than any Ebb writes");
        }
        if (change.value.isString() && change.value.toString().size() > kNoteMaxLength) {
            return tr("it holds a text of %1 characters, longer than the %2 a note may have")
                .arg(change.value.toString().size())
                .arg(kNoteMaxLength);
        }
        if (keyedByDay(change.table) || change.field == QLatin1String("day")) {
            const QString text = change.field == QLatin1String("day") ? change.value.toString() : change.key;
            const QString problem =
                text.isEmpty() ? QString() : dayWindowProblem("day", text, QDate::fromString(text, Qt::ISODate), today);
            if (!problem.isEmpty()) {
                return tr("it holds a day Ebb does not keep: %1").arg(problem);
            }
        }
    }
    return {};
}

void holdBackUnacceptable(SyncFolder::Incoming &incoming, qint64 nowMs)
{
    QList<ChangeSet> accepted;
    for (const ChangeSet &set : incoming.sets) {
        const bool acceptable = std::all_of(set.changes.begin(), set.changes.end(), [&](const FieldChange &change) {
            return isAcceptableStamp(change.stamp, nowMs);
        });
        if (acceptable) {
            accepted.append(set);
        } else {
            const QString name = SyncFolder::fileNameOf(set.device, set.sequence);
            incoming.taken.removeAll(name);
            incoming.unreadable.append(name);
        }
    }
    incoming.sets = accepted;
}

void setAsideInvalid(SyncFolder::Incoming &incoming, QDate today, SyncReport &report)
{
    QList<ChangeSet> valid;
    for (const ChangeSet &set : incoming.sets) {
        const QString problem = changeSetProblem(set, today);
        if (problem.isEmpty()) {
            valid.append(set);
            continue;
        }
        const QString name = SyncFolder::fileNameOf(set.device, set.sequence);
        incoming.taken.removeAll(name);
        report.notes.append(
            tr("The change file %1 in the sync folder was set aside and not taken in: %2.").arg(name, problem));
    }
    incoming.sets = valid;
}

} // namespace ebb
