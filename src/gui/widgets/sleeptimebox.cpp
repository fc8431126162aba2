// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sleeptimebox.h"

#include "domain/sleeptime.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QWheelEvent>

namespace ebb {
namespace {

constexpr int kNotRecorded = -1;
constexpr int kFirstPick = 3 * 60;
constexpr int kLastPick = 12 * 60;
constexpr int kMostMinutes = 24 * 60;

} // namespace

SleepTimeBox::SleepTimeBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setCompleter(nullptr); // "7" must stay 7 hours, not be completed to the first item starting with 7
    addItem(tr("not recorded"), kNotRecorded);
    for (int m = kFirstPick; m <= kLastPick; m += 30) {
        addItem(sleepTimeText(m), m);
    }
    setMaxVisibleItems(count()); // every choice in sight: two clicks for any half hour
    view()->setAccessibleName(tr("Hours of sleep to choose from"));
    lineEdit()->setPlaceholderText(tr("not recorded"));
    display(std::nullopt);
    connect(this, &QComboBox::activated, this, [this](int index) {
        const int picked = itemData(index).toInt();
        const std::optional<int> value = picked == kNotRecorded ? std::nullopt : std::optional<int>(picked);
        const bool changed = value != m_minutes;
        display(value);
        if (changed) {
            emit minutesEdited();
        }
    });
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SleepTimeBox::takeTyped);
}

void SleepTimeBox::setMinutes(std::optional<int> minutes)
{
    display(minutes);
}

void SleepTimeBox::display(std::optional<int> minutes)
{
    m_minutes = minutes;
    const QSignalBlocker blocker(this);
    const int index = findData(minutes.value_or(kNotRecorded));
    if (index >= 0) {
        setCurrentIndex(index);
        setEditText(itemText(index));
    } else {
        setCurrentIndex(-1); // a quarter hour between the choices: shown as text
        setEditText(sleepTimeText(*minutes));
    }
}

void SleepTimeBox::takeTyped()
{
    const QString typed = lineEdit()->text().trimmed();
    const QString shown = m_minutes ? sleepTimeText(*m_minutes) : itemText(0);
    if (typed == shown) {
        return;
    }
    std::optional<int> value;
    if (!typed.isEmpty() && typed != itemText(0)) {
        value = parseSleepTime(typed);
        if (!value || *value > kMostMinutes) {
            display(m_minutes);
            emit refused(typed);
            return;
        }
    }
    const bool changed = value != m_minutes;
    display(value);
    if (changed) {
        emit minutesEdited();
    }
}

void SleepTimeBox::focusInEvent(QFocusEvent *event)
{
    QComboBox::focusInEvent(event);
    // Selected once the event that brought focus is done: a click would otherwise place the
    // cursor inside "not recorded", and typing would add to it.
    QTimer::singleShot(0, this, [this] {
        if (!m_minutes) {
            lineEdit()->selectAll();
        }
    });
}

void SleepTimeBox::wheelEvent(QWheelEvent *event)
{
    if (!hasFocus()) {
        event->ignore(); // the form scrolls on
        return;
    }
    QComboBox::wheelEvent(event);
}

} // namespace ebb
