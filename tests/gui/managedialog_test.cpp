// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/managedialog.h"
#include "domain/boundary.h"
#include "pages/checkinpage.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "widgets/segmentedscale.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;

TEST_CASE("boundaries are added with Enter, renamed in place and retired from the dialog", "[gui][manage]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    ManageDialog dialog(*journal);
    auto *edit = child<QLineEdit>(dialog, "newBoundaryEdit");
    QTest::keyClicks(edit, QStringLiteral("Stopped work by 18:00"));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(edit->text().isEmpty());
    CHECK(dialog.isVisible() == false); // Enter added; it did not close or accept the dialog
    auto boundaries = require(journal->boundaries());
    REQUIRE(boundaries.size() == 1);
    CHECK(boundaries[0].text == QStringLiteral("Stopped work by 18:00"));

    auto *list = child<QListWidget>(dialog, "boundaryList");
    list->item(0)->setText(QStringLiteral("Stopped work by 17:30"));
    CHECK(require(journal->boundaries())[0].text == QStringLiteral("Stopped work by 17:30"));

    list->setCurrentRow(0);
    auto *retire = child<QPushButton>(dialog, "retireBoundaryButton");
    QTest::mouseClick(retire, Qt::LeftButton);
    CHECK_FALSE(require(journal->boundaries())[0].isActive());
    CHECK(retire->text() == QStringLiteral("&Restore"));
    QTest::mouseClick(retire, Qt::LeftButton);
    CHECK(require(journal->boundaries())[0].isActive());
}

TEST_CASE("tags are added with a kind and the kind can be changed later", "[gui][manage]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    ManageDialog dialog(*journal);
    child<QComboBox>(dialog, "newTagKindCombo")->setCurrentIndex(1); // restoring
    QTest::keyClicks(child<QLineEdit>(dialog, "newTagEdit"), QStringLiteral("walk outside"));
    QTest::mouseClick(child<QPushButton>(dialog, "addTagButton"), Qt::LeftButton);
    auto tags = require(journal->tags());
    REQUIRE(tags.size() == 1);
    CHECK(tags[0].kind == TagKind::Restored);

    auto *kind = child<QComboBox>(dialog, "tagKindCombo");
    REQUIRE(kind->isEnabled());
    kind->setCurrentIndex(0);
    emit kind->activated(0);
    CHECK(require(journal->tags())[0].kind == TagKind::Drained);
}

TEST_CASE("a refused name is explained and the typed text kept for correcting", "[gui][manage][errors]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    require(journal->addTag(QStringLiteral("meetings"), TagKind::Drained));
    ManageDialog dialog(*journal);
    auto *edit = child<QLineEdit>(dialog, "newTagEdit");
    QTest::keyClicks(edit, QStringLiteral("Meetings"));
    QTest::keyClick(edit, Qt::Key_Return);
    CHECK(dialog.lastError().contains(QStringLiteral("already a tag called")));
    CHECK(edit->text() == QStringLiteral("Meetings"));
    CHECK(require(journal->tags()).size() == 1);

    QTest::keyClick(child<QLineEdit>(dialog, "newBoundaryEdit"), Qt::Key_Return);
    CHECK(dialog.lastError().contains(QStringLiteral("write the boundary first")));
}

TEST_CASE("the check-in form follows boundary and tag changes without losing what was typed", "[gui][manage]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    CheckInPage page(*journal);
    child<SegmentedScale>(page, "energyScale")->setOptionalValue(7);
    const Boundary b = require(journal->addBoundary(QStringLiteral("Took a real lunch break")));
    require(journal->addTag(QStringLiteral("nap"), TagKind::Restored));
    CHECK(page.findChild<SegmentedScale *>(QStringLiteral("boundaryChoice%1").arg(b.id)) != nullptr);
    CHECK(child<QListWidget>(page, "tagList")->findItems(QStringLiteral("nap"), Qt::MatchExactly).size() == 1);
    CHECK(page.form().energy == 7);
}

TEST_CASE("a retired boundary still shows on a day it was answered, and not on new days", "[gui][manage]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    const Boundary b = require(journal->addBoundary(QStringLiteral("No email after 20:00")));
    const QDate yesterday = clock.today().addDays(-1);
    CheckIn c = sampleCheckIn(yesterday);
    c.boundaries = {{b.id, BoundaryStatus::Held}};
    require(journal->saveCheckIn(c));
    ebb::test::requireOk(journal->retireBoundary(b.id));
    CheckInPage page(*journal);
    const QString choiceName = QStringLiteral("boundaryChoice%1").arg(b.id);
    CHECK(page.findChild<SegmentedScale *>(choiceName) == nullptr);
    page.showDay(yesterday);
    auto *choice = page.findChild<SegmentedScale *>(choiceName);
    REQUIRE(choice != nullptr);
    REQUIRE(choice->optionalValue() == 0);
    CHECK(choice->segmentText(0) == QStringLiteral("Held"));
}
