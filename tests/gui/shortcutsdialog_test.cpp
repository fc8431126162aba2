// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "shortcutsdialog.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QMenuBar>
#include <QTableWidget>

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
    CHECK(table->rowCount() == withShortcut + 5);
}
