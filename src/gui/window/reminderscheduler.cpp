// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/reminderscheduler.h"

#include "domain/review.h"
#include "domain/selfcheck.h"
#include "review/reviewsettings.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"

namespace ebb {

ReminderScheduler::ReminderScheduler(Journal &journal, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
{
    connect(&m_timer, &WakeTimer::timeout, this, &ReminderScheduler::check);
    // Woken from sleep, or the clock set: remind now if the moment passed meanwhile.
    connect(&m_timer, &WakeTimer::clockChanged, this, &ReminderScheduler::check);
    // A check-in saved today may leave nothing to remind of today.
    connect(&journal, &Journal::checkInSaved, this, [this](QDate day) {
        if (day == m_clock.today()) {
            plan();
        }
    });
}

void ReminderScheduler::setReminder(const ReminderSettings &reminder)
{
    m_reminder = reminder;
    plan();
}

ReminderKinds ReminderScheduler::dueNow() const
{
    const QDate today = m_clock.today();
    ReminderKinds due;
    auto checkIn = m_journal.checkIn(today);
    if (checkIn && !checkIn->has_value()) {
        due |= ReminderKind::CheckIn;
    }
    const auto reviewSettings = m_journal.reviewSettings();
    if (!reviewSettings || today.dayOfWeek() != reviewSettings->weekday) {
        return due;
    }
    if (auto review = m_journal.review(isoWeekKey(today)); review && !review->has_value()) {
        due |= ReminderKind::Review;
    }
    const auto settings = m_journal.settings();
    const auto checks = m_journal.selfChecks();
    if (settings && checks && settings->selfCheckReminder &&
        selfCheckDue(*checks, today, settings->selfCheckSkippedOn)) {
        due |= ReminderKind::SelfCheck;
    }
    return due;
}

void ReminderScheduler::snooze(ReminderKinds kinds, int minutes)
{
    const QDateTime now = m_clock.now();
    const QDateTime until = now.addSecs(qint64(minutes) * 60);
    if (kinds == ReminderKinds() || until.toLocalTime().date() != now.toLocalTime().date()) {
        m_snoozedUntil = {}; // "later" past midnight would remind of a day that is over
    } else {
        m_snoozedUntil = until;
        m_snoozed = kinds;
    }
    plan();
}

void ReminderScheduler::plan()
{
    const QDateTime now = m_clock.now();
    if (m_snoozedUntil.isValid() && m_snoozedUntil.toLocalTime().date() != now.toLocalTime().date()) {
        m_snoozedUntil = {};
    }
    // Today's moment while it is ahead, something is still due and it has not come yet; else tomorrow's.
    // The journal is read only when that is in question (not at all with reminders off: at start-up).
    m_next = nextReminder(m_reminder, now, true);
    if (const QDateTime today = nextReminder(m_reminder, now, false);
        today != m_next && m_remindedOn != now.toLocalTime().date() && dueNow() != ReminderKinds()) {
        m_next = today;
    }
    if (m_next.isValid() && m_snoozedUntil.isValid()) {
        m_next = std::min(m_next, m_snoozedUntil);
    }
    if (m_next.isNull()) {
        m_timer.stop();
        return;
    }
    m_timer.start(now.msecsTo(m_next));
}

void ReminderScheduler::check()
{
    const QDateTime now = m_clock.now();
    // A moment of an earlier day (the laptop slept through the evening) is not today's to remind of.
    if (!m_next.isNull() && now >= m_next && m_next.toLocalTime().date() == now.toLocalTime().date()) {
        ReminderKinds due = dueNow();
        if (m_snoozedUntil.isValid() && now >= m_snoozedUntil && m_next == m_snoozedUntil) {
            due &= m_snoozed; // only what was put off, and only if still not done
            m_snoozedUntil = {};
        } else if (m_remindedOn == now.toLocalTime().date()) {
            due = {}; // the clock was set back past the moment: once a day is enough
        } else {
            m_remindedOn = now.toLocalTime().date();
        }
        if (due != ReminderKinds()) {
            emit reminderDue(due);
        }
    }
    plan();
}

} // namespace ebb
