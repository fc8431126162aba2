// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/userguidedialog.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;

namespace {

QAction *menuAction(QMainWindow &window, const QString &menu, const QString &text)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (top->text().remove(QLatin1Char('&')) == menu && top->menu() != nullptr) {
            for (QAction *action : top->menu()->actions()) {
                if (action->text().remove(QLatin1Char('&')) == text) {
                    return action;
                }
            }
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("a heading's anchor is GitHub's", "[gui][userguide]")
{
    CHECK(UserGuideDialog::headingAnchor(QStringLiteral("Two computers")) == QStringLiteral("two-computers"));
    CHECK(UserGuideDialog::headingAnchor(QStringLiteral("Export for my therapist")) ==
          QStringLiteral("export-for-my-therapist"));
    CHECK(UserGuideDialog::headingAnchor(QStringLiteral("Limits on import")) == QStringLiteral("limits-on-import"));
    CHECK(UserGuideDialog::headingAnchor(QStringLiteral("Appearance and accessibility")) ==
          QStringLiteral("appearance-and-accessibility"));
    CHECK(UserGuideDialog::headingAnchor(QStringLiteral("What Ebb is (and is not)")) ==
          QStringLiteral("what-ebb-is-and-is-not"));
}

TEST_CASE("Help → User guide opens the guide built into Ebb, offline", "[gui][userguide]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    MainWindow window(*journal);
    QAction *guide = menuAction(window, QStringLiteral("Help"), QStringLiteral("User guide"));
    REQUIRE(guide != nullptr);
    CHECK(guide->shortcut() == QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *dialog = window.findChild<UserGuideDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    const QString text = dialog->browser()->toPlainText();
    CHECK(text.contains(QStringLiteral("First start")));
    CHECK(text.contains(QStringLiteral("Where your data lives")));
    CHECK_FALSE(text.contains(QStringLiteral("](#"))); // read as Markdown, not shown as its source

    guide->trigger(); // asked again: the same guide comes forward
    CHECK(window.findChildren<UserGuideDialog *>().size() == 1);
}

TEST_CASE("the guide's table of contents and its links to the other documents work", "[gui][userguide]")
{
    UserGuideDialog dialog;
    dialog.resize(700, 400);
    dialog.show();
    QTextBrowser *browser = dialog.browser();
    REQUIRE(browser->verticalScrollBar()->value() == 0);
    // A click on "Two computers" in the table of contents, as a person would.
    const QTextCursor link = browser->document()->find(QStringLiteral("Two computers"));
    REQUIRE_FALSE(link.isNull());
    REQUIRE(link.charFormat().isAnchor()); // the first one is the contents' link
    QTextCursor inside(browser->document());
    inside.setPosition(link.selectionStart() + 2);
    const QPoint at = browser->cursorRect(inside).center();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
    CHECK(browser->verticalScrollBar()->value() > 0); // scrolled down to the heading
    CHECK(browser->source().path() == QStringLiteral("/docs/user-guide.md"));

    // A link to another document of docs/, also built in.
    const QTextCursor spec = browser->document()->find(QStringLiteral("the pacing engine"));
    REQUIRE_FALSE(spec.isNull());
    REQUIRE(spec.charFormat().anchorHref() == QStringLiteral("pacing.md"));
    inside.setPosition(spec.selectionStart() + 2);
    browser->ensureCursorVisible();
    browser->setTextCursor(inside);
    browser->ensureCursorVisible();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(inside).center());
    CHECK(browser->source() == QUrl(QStringLiteral("qrc:/docs/pacing.md")));
    CHECK(browser->toPlainText().contains(QStringLiteral("pacing"), Qt::CaseInsensitive));
    CHECK(browser->document()->blockCount() > 20); // the whole spec, not an empty page
}
