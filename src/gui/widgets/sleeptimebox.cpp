// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sleeptimebox.h"

#include "domain/sleeptime.h"

#include <QAbstractItemView>
#include <QKeyEvent>
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
    connect(lineEdit(), &QLineEdit::editingFinished, this, &SleepTimeBox::commitTyped);
    // Typing counts as an edit at once: the form knows it has something to keep.
    connect(lineEdit(), &QLineEdit::textEdited, this, &SleepTimeBox::minutesEdited);
    // Focus by click or Tab only: a wheel turned over the form as it scrolls must not change sleep.
    setFocusPolicy(Qt::StrongFocus);
}

std::optional<int> SleepTimeBox::minutes() const
{
    const QString typed = lineEdit()->text().trimmed();
    const QString shown = m_minutes ? sleepTimeText(*m_minutes) : itemText(0);
    if (typed == shown) {
        return m_minutes;
    }
    if (typed.isEmpty() || typed == itemText(0)) {
        return std::nullopt;
    }
    const auto read = parseSleepTime(typed);
    return read && *read <= kMostMinutes ? read : m_minutes; // half-typed: the answer as it was
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

void SleepTimeBox::commitTyped()
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
    const int direction = event->angleDelta().y() > 0 ? -1 : 1; // up the list is fewer hours
    if (currentIndex() < 0 && stepFromBetween(direction)) {
        event->accept();
        return;
    }
    QComboBox::wheelEvent(event);
}

void SleepTimeBox::keyPressEvent(QKeyEvent *event)
{
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if (plain && currentIndex() < 0 && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) &&
        stepFromBetween(event->key() == Qt::Key_Up ? -1 : 1)) {
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

bool SleepTimeBox::stepFromBetween(int direction)
{
    if (!m_minutes) {
        return false;
    }
    // Qt would step from "no item" to the first one, "not recorded", and clear the answer.
    int target = -1;
    for (int i = 1; i < count(); ++i) {
        const int m = itemData(i).toInt();
        if ((direction < 0 && m < *m_minutes) || (direction > 0 && m > *m_minutes && target < 0)) {
            target = i;
        }
    }
    if (target < 0) {
        return true; // at an end: nothing below or above, and nothing cleared
    }
    display(itemData(target).toInt());
    emit minutesEdited();
    return true;
}

} // namespace ebb
