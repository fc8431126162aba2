// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/backupsdialog.h"
#include "dialogs/encryptiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/managedialog.h"
#include "dialogs/onboardingdialog.h"
#include "dialogs/reviewsettingsdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "review/reviewsettings.h"
#include "settings/appsettings.h"
#include "storage/journal.h"
#include "syntheticdiary.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QMenuBar>
#include <QScrollBar>
#include <QTabWidget>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

/** What a screen reader would announce for `w`: its accessible name, set or derived (buddy, text). */
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface != nullptr ? iface->text(QAccessible::Name).trimmed() : QString();
}

/** Every control under `root` that the Tab key can reach and that has nothing to announce. */
QStringList unnamedControls(QWidget &root)
{
    QStringList unnamed;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if ((w->focusPolicy() & Qt::TabFocus) == 0 || qobject_cast<QScrollBar *>(w) != nullptr) {
            continue;
        }
        // The line edit inside a spin box or an editable combo box, and a scroll area's viewport,
        // are announced by their owner.
        QWidget *owner = w->parentWidget();
        const auto *area = qobject_cast<QAbstractScrollArea *>(owner);
        if (qobject_cast<QAbstractSpinBox *>(owner) != nullptr || qobject_cast<QComboBox *>(owner) != nullptr ||
            (area != nullptr && area->viewport() == w)) {
            continue;
        }
        if (spokenName(w).isEmpty()) {
            const QWidget *parent = w->parentWidget();
            unnamed << QStringLiteral("%1 \"%2\" in %3 \"%4\"")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                QString::fromLatin1(parent->metaObject()->className()), parent->objectName());
        }
    }
    return unnamed;
}

void checkAllNamed(QWidget &root)
{
    const QStringList unnamed = unnamedControls(root);
    INFO(root.metaObject()->className() << ": " << unnamed.join(QStringLiteral(", ")).toStdString());
    CHECK(unnamed.isEmpty());
}

} // namespace

TEST_CASE("every control in the main window has a name a screen reader can say", "[gui][accessibility]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    requireOk(
        test::saveDiary(*journal, test::syntheticDiary(test::Scenario::Stable, 30, 30, 2, clock.today().addDays(-29))));
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    MainWindow window(*journal, &settings);
    window.show();
    // Pages are built when first opened: open each, as a person would.
    auto *pages = window.findChild<QTabWidget *>(QStringLiteral("pages"));
    REQUIRE(pages != nullptr);
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
    }
    REQUIRE(window.findChild<QWidget *>(QStringLiteral("reviewPage")) != nullptr);
    checkAllNamed(window);
}

TEST_CASE("every control in every dialog has a name a screen reader can say", "[gui][accessibility]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    MainWindow window(*journal, &settings);
    {
        BackupsDialog d(*journal);
        checkAllNamed(d);
    }
    {
        EncryptionDialog d(*journal);
        checkAllNamed(d);
    }
    {
        ExportDialog d(*journal);
        checkAllNamed(d);
    }
    {
        ImportDialog d(*journal);
        checkAllNamed(d);
    }
    {
        ManageDialog d(*journal);
        checkAllNamed(d);
    }
    {
        OnboardingDialog d(*journal, &settings);
        checkAllNamed(d);
    }
    {
        ReviewSettingsDialog d(ReviewSettings{});
        checkAllNamed(d);
    }
    {
        SettingsDialog d(settings, tmp.path(QStringLiteral("config")));
        checkAllNamed(d);
    }
    {
        ShortcutsDialog d(*window.menuBar());
        checkAllNamed(d);
    }
}
