// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <optional>

namespace ebb {

/**
 * Last night's sleep: a list of half hours to pick from with two clicks (3 h to 12 h, all in sight
 * at once), and a field that reads what is typed the ways people write it ("6:30", "6h30", "6,5",
 * "6 h 30 min"; domain/sleeptime.h). "not recorded" is the first choice, and selected whenever
 * focus arrives on it, so typing replaces it. What cannot be read, or is more than 24 hours, is
 * refused (`refused()`) and the answer stays as it was. The wheel turns it only once it has focus:
 * scrolling the form over it changes nothing.
 */
class SleepTimeBox : public QComboBox
{
    Q_OBJECT

public:
    explicit SleepTimeBox(QWidget *parent = nullptr);

    /**
     * Minutes slept, in quarter hours; nullopt when not recorded. What is being typed counts as
     * soon as it reads as a duration, so Ctrl+S or a change of day right after typing keeps it.
     */
    std::optional<int> minutes() const;
    void setMinutes(std::optional<int> minutes);
    /** Takes what was typed now (as leaving the field does): kept, or refused and put back. */
    void commitTyped();

signals:
    /** The answer changed by the person's hand (a pick, typing, the wheel or the keys). */
    void minutesEdited();
    /** What the person typed could not be kept (as typed); the answer stayed as it was. */
    void refused(const QString &typed);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void display(std::optional<int> minutes);
    /** From a value between the choices (7 h 15 min, 14 h), the next choice up or down; false at an end. */
    bool stepFromBetween(int direction);

    std::optional<int> m_minutes;
};

} // namespace ebb
