// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"
#include "window/waketimer.h"

#include <QDateTime>
#include <QFlags>
#include <QObject>

namespace ebb {

class Clock;
class Journal;

/** What a reminder is about. */
enum class ReminderKind {
    CheckIn = 1,   ///< today has no check-in yet
    Review = 2,    ///< the review day, and the week has no review
    SelfCheck = 4, ///< the review day, and the monthly burnout self-check is due
};
Q_DECLARE_FLAGS(ReminderKinds, ReminderKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(ReminderKinds)

/**
 * Decides when to remind: at the chosen time, today's check-in unless it is done, and on the
 * review weekday the weekly review unless the week has one, and the monthly self-check when it is
 * due (and wanted). All that is due comes as one reminder, once a day. "Later" brings it back an
 * hour on, on the same day, without what was done meanwhile. Time comes from the injected Clock;
 * a wall-clock timer wakes check() at the moment, and when the clock jumps (waking from sleep, a
 * clock set): a moment slept through is reminded of on waking.
 */
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    ReminderScheduler(Journal &journal, const Clock &clock, QObject *parent = nullptr);

    void setReminder(const ReminderSettings &reminder);
    /** When the next reminder is due; null when reminders are off. */
    QDateTime next() const { return m_next; }
    /** Reminds if the moment has come, then plans the next one. */
    void check();
    /** Brings back what `kinds` are still due in `minutes` (today only). */
    void snooze(ReminderKinds kinds, int minutes = 60);
    /** What would be reminded of now: today's check-in, review, self-check, as far as they are due. */
    ReminderKinds dueNow() const;
    /** The timer that wakes check() (for tests: whether one is waiting, and a clock that jumps). */
    WakeTimer &timer() { return m_timer; }

signals:
    void reminderDue(ebb::ReminderKinds kinds);

private:
    void plan();

    Journal &m_journal;
    const Clock &m_clock;
    ReminderSettings m_reminder;
    QDateTime m_next;
    QDate m_remindedOn; ///< the day the reminder at the chosen time came: never twice, whatever the clock does
    QDateTime m_snoozedUntil;
    ReminderKinds m_snoozed;
    WakeTimer m_timer;
};

} // namespace ebb
