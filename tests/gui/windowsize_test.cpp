// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Windows at their first show: nothing squeezed, and everything fits a laptop's screen.
#include "dialogs/backupsdialog.h"
#include "dialogs/encryptiondialog.h"
#include "dialogs/managedialog.h"
#include "dialogs/onboardingdialog.h"
#include "dialogs/reviewsettingsdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/syncpassphrasedialog.h"
#include "review/reviewsettings.h"
#include "settings/appsettings.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/windowfit.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

using namespace ebb;
using ebb::test::FixedClock;

namespace {

/**
 * The widgets of `window` shown lower than they need: a field or a line of text cut. (Inside a
 * scroll area a widget may be cut by design: the area scrolls.)
 */
QStringList squeezed(const QWidget &window)
{
    QStringList found;
    for (const QWidget *w : window.findChildren<QWidget *>()) {
        // Qt's own parts (a spin box's line edit) sit inside their widget's frame by design.
        if (!w->isVisibleTo(&window) || w->isWindow() || qobject_cast<const QAbstractScrollArea *>(w) != nullptr ||
            w->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        bool scrolled = false;
        for (const QWidget *up = w->parentWidget(); up != nullptr && up != &window; up = up->parentWidget()) {
            scrolled = scrolled || qobject_cast<const QAbstractScrollArea *>(up) != nullptr;
        }
        if (scrolled) {
            continue;
        }
        const int needed = w->hasHeightForWidth() ? w->heightForWidth(w->width()) : w->minimumSizeHint().height();
        if (needed > 0 && w->height() < needed) {
            found << QStringLiteral("%1 %2 is %3 px high, needs %4")
                         .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                         .arg(w->height())
                         .arg(needed);
        }
    }
    return found;
}

/** Shows `dialog` as a person would see it first, and says what is squeezed in it. */
QStringList squeezedAtFirstShow(QDialog &dialog)
{
    dialog.show();
    QApplication::processEvents();
    const QStringList found = squeezed(dialog);
    dialog.hide();
    return found;
}

} // namespace

TEST_CASE("Settings opens with every row its full height, as the main window opens it", "[gui][settings][size]")
{
    ebb::test::TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    MainWindow window(*journal, &settings);
    QStringList found{QStringLiteral("(the dialog never opened)")};
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            poll.stop();
            QApplication::processEvents();
            found = squeezed(*dialog);
            dialog->reject();
        }
    });
    poll.start();
    QMenu *file = window.menuBar()->actions().front()->menu();
    REQUIRE(file != nullptr);
    auto *open = file->findChild<QAction *>(QStringLiteral("settingsAction"));
    REQUIRE(open != nullptr);
    open->trigger();
    INFO(found.join(QLatin1Char('\n')).toStdString());
    REQUIRE(found.isEmpty());
}

TEST_CASE("dialogs open with every row their full height", "[gui][size]")
{
    ebb::test::TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    auto check = [](QDialog &dialog) {
        const QStringList found = squeezedAtFirstShow(dialog);
        INFO(dialog.objectName().toStdString() << ": " << found.join(QLatin1Char('\n')).toStdString());
        REQUIRE(found.isEmpty());
    };
    {
        SettingsDialog d(settings, tmp.path(QStringLiteral("config")));
        d.offerSteadierStretch(*journal);
        d.offerSync([] {});
        check(d);
    }
    {
        BackupsDialog d(*journal);
        check(d);
    }
    {
        EncryptionDialog d(*journal);
        check(d);
    }
    {
        ManageDialog d(*journal);
        check(d);
    }
    {
        OnboardingDialog d(*journal, &settings);
        check(d);
    }
    {
        ReviewSettingsDialog d(ReviewSettings{});
        check(d);
    }
}

TEST_CASE("a window fitted to its contents is never larger than the screen's free area", "[gui][size]")
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    for (int i = 0; i < 80; ++i) {
        layout->addWidget(
            new QLabel(QStringLiteral("A line of text that wraps when the window is narrow, number %1").arg(i)));
    }
    fitToContentsNow(&dialog);
    const QSize free = dialog.screen()->availableGeometry().size();
    CHECK(dialog.height() <= free.height());
    CHECK(dialog.width() <= free.width());
}

TEST_CASE("the main window can be as small as 900 x 600, and the form scrolls then", "[gui][size]")
{
    ebb::test::TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    MainWindow window(*journal, &settings);
    window.show();
    QApplication::processEvents();
    const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
    INFO(smallest.width() << " x " << smallest.height());
    CHECK(smallest.width() <= 900);
    CHECK(smallest.height() <= 600);
    window.resize(smallest.width(), smallest.height());
    QApplication::processEvents();
    auto *scroll = window.findChild<QAbstractScrollArea *>(QStringLiteral("checkInScroll"));
    REQUIRE(scroll != nullptr);
    CHECK(scroll->verticalScrollBar()->maximum() > 0); // the rest of the form is reached by scrolling
}

TEST_CASE("at its default size on a 1366 x 768 laptop the whole check-in shows, Save included", "[gui][size]")
{
    ebb::test::TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/ebb_de.qm")));
    // A desktop's top bar takes 27 px of the screen; the window manager's title bar comes off too.
    // German's longer words must fit as well as English's.
    for (const bool inGerman : {false, true}) {
        if (inGerman) {
            QCoreApplication::installTranslator(&german);
        }
        for (const QSize available : {QSize(1366, 768 - 27), QSize(1366, 768)}) {
            MainWindow window(*journal, &settings);
            window.resize(MainWindow::defaultWindowSize(available));
            window.show();
            QApplication::processEvents();
            INFO(window.width() << " x " << window.height() << (inGerman ? " in German" : ""));
            CHECK(window.height() <= available.height() - 30);
            auto *scroll = window.findChild<QAbstractScrollArea *>(QStringLiteral("checkInScroll"));
            REQUIRE(scroll != nullptr);
            CHECK(scroll->verticalScrollBar()->maximum() == 0);
            CHECK(scroll->horizontalScrollBar()->maximum() == 0);
            auto *save = window.findChild<QWidget *>(QStringLiteral("saveButton"));
            REQUIRE(save != nullptr);
            CHECK_FALSE(save->visibleRegion().isEmpty());
            CHECK(save->visibleRegion().boundingRect().size() == save->size()); // whole, not cut at an edge
        }
    }
    QCoreApplication::removeTranslator(&german);
}
