// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/reminderscheduler.h"

#include "domain/review.h"
#include "settings/clock.h"
#include "storage/journal.h"

#include <algorithm>

namespace ebb {

ReminderScheduler::ReminderScheduler(Journal &journal, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    // A check-in saved today moves the reminder to tomorrow.
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

bool ReminderScheduler::checkedInToday() const
{
    auto today = m_journal.checkIn(m_clock.today());
    return today && today->has_value();
}

void ReminderScheduler::plan()
{
    m_next = nextReminder(m_reminder, m_clock.now(), checkedInToday());
    if (m_next.isNull()) {
        m_timer.stop();
        return;
    }
    const qint64 ms = m_clock.now().msecsTo(m_next);
    m_timer.start(int(std::clamp<qint64>(ms, 1000, 60 * 1000)));
}

void ReminderScheduler::check()
{
    if (!m_next.isNull() && m_clock.now() >= m_next) {
        if (!checkedInToday()) {
            emit checkInReminder();
        }
        const auto settings = m_journal.reviewSettings();
        const QDate today = m_clock.today();
        if (settings && today.dayOfWeek() == settings->weekday) {
            auto review = m_journal.review(isoWeekKey(today));
            if (review && !review->has_value()) {
                emit reviewReminder();
            }
        }
    }
    plan();
}

} // namespace ebb
