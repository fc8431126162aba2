// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace ebb {

class Clock;
class Journal;

/**
 * Decides when to remind: the daily check-in at the chosen time unless today is already done,
 * and on the review weekday the weekly review unless the week has one. Time comes from the
 * injected Clock; a timer wakes check() at the next moment (and once a minute at most late, so a
 * suspended laptop catches up).
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

signals:
    void checkInReminder();
    void reviewReminder();

private:
    bool checkedInToday() const;
    void plan();

    Journal &m_journal;
    const Clock &m_clock;
    ReminderSettings m_reminder;
    QDateTime m_next;
    QTimer m_timer;
};

} // namespace ebb
