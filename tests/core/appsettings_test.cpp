// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace ebb;
using ebb::test::TempDir;

TEST_CASE("this computer's settings are kept between runs", "[settings]")
{
    TempDir tmp;
    const QString file = tmp.path(QStringLiteral("Ebb.conf"));
    {
        AppSettings settings(file);
        CHECK_FALSE(settings.reminder().enabled); // off until asked for
        CHECK(settings.reminder().time == QTime(20, 0));
        CHECK_FALSE(settings.startAtLogin());
        settings.setReminder({true, QTime(21, 30)});
        settings.setStartAtLogin(true);
        CHECK(settings.sync());
    }
    AppSettings again(file);
    CHECK(again.reminder() == ReminderSettings{true, QTime(21, 30)});
    CHECK(again.startAtLogin());
}

TEST_CASE("this computer's settings live in ~/.config/Ebb/Ebb.conf, as docs/user-guide.md says", "[settings]")
{
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Ebb/Ebb.conf");
    CHECK(AppSettings().fileName() == expected);
}

TEST_CASE("the chosen appearance is kept, and System is the default", "[settings]")
{
    TempDir tmp;
    const QString file = tmp.path(QStringLiteral("Ebb.conf"));
    CHECK(AppSettings(file).appearance() == Appearance::System);
    for (const Appearance a : {Appearance::Dark, Appearance::Light, Appearance::System}) {
        {
            AppSettings settings(file);
            settings.setAppearance(a);
            CHECK(settings.sync());
        }
        CHECK(AppSettings(file).appearance() == a);
    }
    // A value written by a newer Ebb (or by hand) falls back to the desktop's look.
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("[look]\nappearance=sepia\n");
    }
    CHECK(AppSettings(file).appearance() == Appearance::System);
}

TEST_CASE("closing keeps Ebb in the tray only with a tray, the wish, and a reminder to wait for", "[settings]")
{
    TempDir tmp;
    const QString file = tmp.path(QStringLiteral("Ebb.conf"));
    CHECK(AppSettings(file).keepInTray()); // on unless turned off
    {
        AppSettings settings(file);
        settings.setKeepInTray(false);
        CHECK(settings.sync());
    }
    CHECK_FALSE(AppSettings(file).keepInTray());

    const ReminderSettings on{true, QTime(20, 0)};
    const ReminderSettings off{false, QTime(20, 0)};
    CHECK(closeKeepsRunning(true, true, on));
    CHECK_FALSE(closeKeepsRunning(false, true, on)); // no tray: an invisible Ebb could not be found again
    CHECK_FALSE(closeKeepsRunning(true, false, on)); // the person asked to quit on close
    CHECK_FALSE(closeKeepsRunning(true, true, off)); // nothing to wait for
}

TEST_CASE("the next reminder is today at the chosen time, unless it has passed or today is done", "[settings]")
{
    const ReminderSettings on{true, QTime(20, 0)};
    const QDateTime morning(QDate(2026, 3, 14), QTime(9, 0));
    CHECK(nextReminder(on, morning, false) == QDateTime(QDate(2026, 3, 14), QTime(20, 0)));
    CHECK(nextReminder(on, morning, true) == QDateTime(QDate(2026, 3, 15), QTime(20, 0)));
    const QDateTime late(QDate(2026, 3, 14), QTime(20, 30));
    CHECK(nextReminder(on, late, false) == QDateTime(QDate(2026, 3, 15), QTime(20, 0)));
    CHECK(nextReminder({false, QTime(20, 0)}, morning, false).isNull());
    // Across a month and a year end.
    CHECK(nextReminder(on, QDateTime(QDate(2026, 12, 31), QTime(22, 0)), false) ==
          QDateTime(QDate(2027, 1, 1), QTime(20, 0)));
}

TEST_CASE("the autostart entry is written only when asked for, and removed again", "[settings]")
{
    TempDir tmp;
    const QString config = tmp.path(QStringLiteral("config"));
    const QString entry = config + QStringLiteral("/autostart/io.github.ebbjournal.Ebb.desktop");
    CHECK(applyStartAtLogin(false, config, QStringLiteral("/usr/bin/ebb")));
    CHECK_FALSE(QFile::exists(entry));
    CHECK(applyStartAtLogin(true, config, QStringLiteral("/usr/bin/ebb")));
    QFile f(entry);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    CHECK(text.contains("Exec=/usr/bin/ebb --background")); // a login brings the reminders, not a window
    CHECK(text.startsWith("[Desktop Entry]"));
    CHECK(applyStartAtLogin(false, config, QStringLiteral("/usr/bin/ebb")));
    CHECK_FALSE(QFile::exists(entry));
}

TEST_CASE("an autostart entry that cannot be written says so", "[settings][errors]")
{
    TempDir tmp;
    const QString config = tmp.path(QStringLiteral("config"));
    QFile blocker(config); // a file where the folder should be
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CHECK_FALSE(applyStartAtLogin(true, config, QStringLiteral("/usr/bin/ebb")));
}
