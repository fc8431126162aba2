// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"
#include "settings/appsettings.h"
#include "startup/appsession.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;

TEST_CASE("the shortcuts window lists what the menus offer, read from the menus", "[gui]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    ShortcutsDialog dialog(*window.menuBar(), &window);
    auto *table = child<QTableWidget>(dialog, "shortcutTable");
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        lines << table->item(row, 0)->text() + QStringLiteral(" = ") + table->item(row, 1)->text();
    }
    const QString all = lines.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Ctrl+S = File → Save check-in")));
    CHECK(all.contains(QStringLiteral("Ctrl+Shift+E = File → Export for my therapist")));
    CHECK(all.contains(QStringLiteral("Ctrl+L = Journal → Lock now")));
    CHECK(all.contains(QStringLiteral("Ctrl+/ = Help → Keyboard shortcuts")));
    CHECK(all.contains(QStringLiteral("H, S, N")));
    // Every menu command with a shortcut is there: one row each, plus the five form keys.
    int withShortcut = 0;
    for (const QAction *top : window.menuBar()->actions()) {
        for (const QAction *a : top->menu()->actions()) {
            withShortcut += a->shortcut().isEmpty() ? 0 : 1;
        }
    }
    const auto menuRows = lines.filter(QStringLiteral(" → ")).size();
    CHECK(menuRows == withShortcut);
    CHECK(table->rowCount() - menuRows == 7); // Tab, digits, Left/Right, Delete, H/S/N, Space, Enter
}

TEST_CASE("the demo's window offers Settings, and Quit comes last in the File menu, set apart", "[gui][settings]")
{
    ebb::test::TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    const auto window = makeSessionWindow(*journal, settings, true);
    CHECK(window->windowTitle().contains(QStringLiteral("demo"), Qt::CaseInsensitive));
    CHECK_FALSE(window->windowTitle().contains(QStringLiteral("Ebb"))); // Qt adds " — Ebb" itself
    CHECK(window->reminders() == nullptr);                              // the person's own Ebb does the reminding

    QMenu *file = window->menuBar()->actions().front()->menu();
    REQUIRE(file != nullptr);
    auto *settingsAction = file->findChild<QAction *>(QStringLiteral("settingsAction"));
    REQUIRE(settingsAction != nullptr);
    CHECK(file->actions().contains(settingsAction));
    CHECK(settingsAction->isEnabled());
    CHECK(settingsAction->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    const QList<QAction *> actions = file->actions();
    REQUIRE(actions.size() >= 3);
    CHECK(actions.back()->objectName() == QStringLiteral("quitAction"));
    CHECK(actions[actions.size() - 2]->isSeparator());
    CHECK(actions.indexOf(settingsAction) < actions.size() - 2);

    // It opens the settings dialog.
    bool opened = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->objectName() == QStringLiteral("SettingsDialog");
            poll.stop();
            dialog->reject();
        }
    });
    poll.start();
    settingsAction->trigger();
    poll.stop();
    CHECK(opened);
}
