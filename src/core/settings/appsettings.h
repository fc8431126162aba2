// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTime>

#include <memory>

class QSettings;

namespace ebb {

/** The daily check-in reminder. */
struct ReminderSettings
{
    bool enabled = false;
    QTime time{20, 0};
    bool operator==(const ReminderSettings &) const = default;
};

/** How Ebb looks: as the desktop's own palette says, or always light, or always dark. */
enum class Appearance { System, Light, Dark };

/**
 * Settings of this computer's Ebb (not of the journal, which keeps its own): the typed layer
 * over QSettings — no other code names a QSettings key. The file is QSettings' usual place
 * (~/.config/Ebb/Ebb.conf), or `file` for tests.
 */
class AppSettings
{
public:
    AppSettings();
    explicit AppSettings(const QString &file);
    ~AppSettings();

    ReminderSettings reminder() const;
    void setReminder(const ReminderSettings &reminder);

    /** Whether the person asked Ebb to start at login (the autostart file is written only then). */
    bool startAtLogin() const;
    void setStartAtLogin(bool start);

    /**
     * Whether closing the window leaves Ebb in the tray so reminders can still appear (on by
     * default; it matters only while reminders are on and the desktop has a tray).
     */
    bool keepInTray() const;
    void setKeepInTray(bool keep);

    /** System unless the person chose otherwise; an unknown stored value reads as System. */
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    /** Where the settings are kept. */
    QString fileName() const;

    /** False when the settings could not be written (e.g. a read-only ~/.config). */
    bool sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

/**
 * Whether closing the window should keep Ebb running without it rather than quit: only when a
 * reminder could still reach the person (desktop notifications, or a tray icon), the person wants
 * it, and there is a reminder to wait for.
 */
bool closeKeepsRunning(bool canRemindWithoutWindow, bool keepInTray, const ReminderSettings &reminder);

/**
 * When the check-in reminder should next appear, as of `now`: today at the chosen time if that
 * is still ahead and today has no check-in, else tomorrow at that time. Null when reminders are off.
 */
QDateTime nextReminder(const ReminderSettings &reminder, const QDateTime &now, bool checkedInToday);

/**
 * The XDG autostart entry (~/.config/autostart/io.github.ebbjournal.Ebb.desktop): written when
 * `start` is true, removed when false. `configHome` is $XDG_CONFIG_HOME (default ~/.config).
 * The entry starts `ebb --background`: a login brings the reminders, not a window.
 */
bool applyStartAtLogin(bool start, const QString &configHome, const QString &executable);

} // namespace ebb
