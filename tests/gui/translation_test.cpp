// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/journal.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QMenuBar>
#include <QTranslator>

using namespace ebb;
using ebb::test::FixedClock;

TEST_CASE("the German translation is built in and used when installed", "[gui][translations]")
{
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/ebb_de.qm")));
    // What main() does for LANGUAGE=de: the same file is found through the locale's languages.
    QTranslator byLocale;
    CHECK(byLocale.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("ebb"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")));
    QApplication::installTranslator(&german);
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    QStringList menus;
    for (const QAction *action : window.menuBar()->actions()) {
        menus << action->text();
    }
    QApplication::removeTranslator(&german);
    CHECK(menus == QStringList({QStringLiteral("&Datei"), QStringLiteral("&Tagebuch"), QStringLiteral("&Gehe zu"),
                                QStringLiteral("&Hilfe")}));
}
