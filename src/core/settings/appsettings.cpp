// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QSaveFile>
#include <QSettings>
#include <QTimeZone>

namespace ebb {
namespace {

const QString kReminderEnabled = QStringLiteral("reminder/enabled");
const QString kReminderTime = QStringLiteral("reminder/time");
const QString kStartAtLogin = QStringLiteral("startup/atLogin");
const QString kKeepInTray = QStringLiteral("startup/keepInTray");
const QString kAppearance = QStringLiteral("look/appearance");

const QString kLight = QStringLiteral("light");
const QString kDark = QStringLiteral("dark");

} // namespace

// Named explicitly: QSettings' default constructor wants an organisation name, and without one
// writes to "~/.config/Unknown Organization/" or nowhere. Setting an organisation name instead
// would move AppDataLocation, and with it the journal.
AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Ebb"),
                                             QStringLiteral("Ebb")))
{}

AppSettings::AppSettings(const QString &file)
    : m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

ReminderSettings AppSettings::reminder() const
{
    ReminderSettings r;
    r.enabled = m_settings->value(kReminderEnabled, r.enabled).toBool();
    const QTime time = QTime::fromString(m_settings->value(kReminderTime).toString(), QStringLiteral("HH:mm"));
    if (time.isValid()) {
        r.time = time;
    }
    return r;
}

void AppSettings::setReminder(const ReminderSettings &reminder)
{
    m_settings->setValue(kReminderEnabled, reminder.enabled);
    m_settings->setValue(kReminderTime, reminder.time.toString(QStringLiteral("HH:mm")));
}

bool AppSettings::startAtLogin() const
{
    return m_settings->value(kStartAtLogin, false).toBool();
}

void AppSettings::setStartAtLogin(bool start)
{
    m_settings->setValue(kStartAtLogin, start);
}

bool AppSettings::keepInTray() const
{
    return m_settings->value(kKeepInTray, true).toBool();
}

void AppSettings::setKeepInTray(bool keep)
{
    m_settings->setValue(kKeepInTray, keep);
}

bool closeKeepsRunning(bool canRemindWithoutWindow, bool keepInTray, const ReminderSettings &reminder)
{
    return canRemindWithoutWindow && keepInTray && reminder.enabled;
}

Appearance AppSettings::appearance() const
{
    const QString value = m_settings->value(kAppearance).toString();
    if (value == kLight) {
        return Appearance::Light;
    }
    return value == kDark ? Appearance::Dark : Appearance::System;
}

void AppSettings::setAppearance(Appearance appearance)
{
    switch (appearance) {
    case Appearance::System:
        m_settings->remove(kAppearance);
        return;
    case Appearance::Light:
        m_settings->setValue(kAppearance, kLight);
        return;
    case Appearance::Dark:
        m_settings->setValue(kAppearance, kDark);
        return;
    }
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

bool AppSettings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QDateTime nextReminder(const ReminderSettings &reminder, const QDateTime &now, bool checkedInToday)
{
    if (!reminder.enabled || !reminder.time.isValid()) {
        return {};
    }
    const QDateTime local = now.toLocalTime();
    QDateTime today(local.date(), reminder.time, local.timeZone());
    if (!checkedInToday && today > local) {
        return today;
    }
    return QDateTime(local.date().addDays(1), reminder.time, local.timeZone());
}

bool applyStartAtLogin(bool start, const QString &configHome, const QString &executable)
{
    const QString path = configHome + QStringLiteral("/autostart/io.github.ebbjournal.Ebb.desktop");
    if (!start) {
        return !QFile::exists(path) || QFile::remove(path);
    }
    if (!QDir().mkpath(configHome + QStringLiteral("/autostart"))) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    file.write(QStringLiteral("[Desktop Entry]\nType=Application\nName=Ebb\nComment=A calm daily journal\n"
                              "Exec=%1 --background\nIcon=io.github.ebbjournal.Ebb\nX-GNOME-Autostart-enabled=true\n")
                   .arg(executable)
                   .toUtf8());
    return file.commit();
}

} // namespace ebb
