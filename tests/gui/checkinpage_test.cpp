// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/boundary.h"
#include "pacing/humannames.h"
#include "pages/checkinpage.h"
#include "pages/historymodel.h"
#include "pages/historypage.h"
#include "storage/journal.h"
#include "storage/journalfile.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "widgets/segmentedscale.h"
#include "widgets/sleeptimebox.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>
#include <QWindow>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;
using ebb::test::waitUntil;

namespace {

void showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

/** Keys pressed into whatever has focus, counted: the keyboard path's length is a promise. */
struct Keyboard
{
    int keystrokes = 0;

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        ++keystrokes;
    }
    void type(const QString &text, bool counted = true)
    {
        QTest::keyClicks(QApplication::focusWidget(), text);
        keystrokes += counted ? int(text.size()) : 0;
    }
    /** Types, then moves on with Tab, as a person would. */
    void typeThenTab(const QString &text)
    {
        type(text);
        key(Qt::Key_Tab);
    }
};

/** Clicks the middle of a widget (a scale's button, a tick box), counted. */
struct Mouse
{
    int clicks = 0;

    /** Clicks the segment of `value` on a scale. */
    void click(SegmentedScale *scale, int value)
    {
        REQUIRE(scale != nullptr);
        REQUIRE_FALSE(scale->segmentRect(value).isEmpty());
        click(scale, scale->segmentRect(value).center());
    }

    void click(QWidget *w, QPoint at = {})
    {
        REQUIRE(w != nullptr);
        QTest::mouseClick(w, Qt::LeftButton, {}, at.isNull() ? w->rect().center() : at);
        ++clicks;
    }
};

/** Picks `minutes` from the sleep box's list by mouse: its arrow, then the choice. Two clicks. */
void pickSleep(Mouse &mouse, SleepTimeBox *box, int minutes)
{
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = true;
    option.subControls = QStyle::SC_All;
    const QPoint arrow =
        box->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxArrow, box).center();
    mouse.click(box, arrow);
    QAbstractItemView *list = box->view();
    REQUIRE(waitUntil([&] { return list->isVisible(); }, 2000));
    // Qt takes a release within a double-click's time of opening for the end of the opening
    // click; a person's second click comes later than that.
    QElapsedTimer opened;
    opened.start();
    REQUIRE(waitUntil([&] { return opened.elapsed() > QApplication::doubleClickInterval() + 20; }, 3000));
    const QModelIndex item = box->model()->index(box->findData(minutes), 0);
    REQUIRE(item.isValid());
    const QRect at = list->visualRect(item);
    REQUIRE(list->viewport()->rect().contains(at));  // in sight without scrolling
    QTest::mouseMove(list->viewport(), at.center()); // the pointer on its way to the choice
    mouse.click(list->viewport(), at.center());
    REQUIRE_FALSE(list->isVisible());
}

struct Fixture
{
    TempDir tmp;
    FixedClock clock;
    QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    std::unique_ptr<Journal> journal = require(Journal::open(path, clock));
    QDate today = clock.today();

    void reopen()
    {
        journal.reset();
        journal = require(Journal::open(path, clock));
    }
};

} // namespace

TEST_CASE("a check-in typed with the keyboard alone is saved and shown again after a restart", "[gui]")
{
    Fixture f;
    const Boundary stop = require(f.journal->addBoundary(QStringLiteral("Stopped work by 18:00")));
    const Tag meetings = require(f.journal->addTag(QStringLiteral("meetings"), TagKind::Drained));
    {
        MainWindow window(*f.journal);
        showActive(window);
        REQUIRE(QApplication::focusWidget() == child<SegmentedScale>(window, "energyScale")); // typing starts at once
        QCoreApplication::processEvents(); // as between the window appearing and the first key
        Keyboard keys;
        for (const char *value : {"6", "5", "3", "8", "6:30", "2"}) { // energy … sleep quality
            keys.typeThenTab(QString::fromLatin1(value));
        }
        keys.typeThenTab(QStringLiteral("s")); // the boundary: Slipped
        keys.key(Qt::Key_Space);               // the first tag (the list starts on it, not on its heading)
        keys.key(Qt::Key_Tab);
        keys.type(QStringLiteral("Long day, three meetings."), false); // the note is the person's own time
        keys.key(Qt::Key_Tab);
        keys.key(Qt::Key_Space); // share with my therapist
        keys.key(Qt::Key_S, Qt::ControlModifier);
        CHECK(keys.keystrokes <= 22); // six measures, a boundary, a tag, sharing and saving

        const auto saved = require(f.journal->checkIn(f.today));
        REQUIRE(saved.has_value());
        CHECK(saved->energy == 6);
        CHECK(saved->mood == 5);
        CHECK(saved->stress == 3);
        CHECK(saved->load == 8);
        CHECK(saved->sleepMinutes == 390);
        CHECK(saved->sleepQuality == 2);
        CHECK(saved->boundaries == std::vector<BoundaryAnswer>{{stop.id, BoundaryStatus::Slipped}});
        CHECK(saved->tagIds == std::vector<qint64>{meetings.id});
        CHECK(saved->note == QStringLiteral("Long day, three meetings."));
        CHECK(saved->noteShared);
        CHECK_FALSE(window.checkInPage()->hasUnsavedChanges());
    }
    f.reopen();
    MainWindow again(*f.journal);
    showActive(again);
    CHECK(child<SegmentedScale>(again, "energyScale")->optionalValue() == 6);
    CHECK(child<SleepTimeBox>(again, "sleepTimeBox")->minutes() == 390);
    CHECK(child<SleepTimeBox>(again, "sleepTimeBox")->currentText() == QStringLiteral("6 h 30 min"));
    auto *boundary = child<SegmentedScale>(again, QStringLiteral("boundaryChoice%1").arg(stop.id));
    REQUIRE(boundary->optionalValue() == 1);
    CHECK(boundary->segmentText(1) == QStringLiteral("Slipped"));
    CHECK(child<QPlainTextEdit>(again, "noteEdit")->toPlainText() == QStringLiteral("Long day, three meetings."));
    CHECK(child<QLabel>(again, "statusLabel")->text().startsWith(QStringLiteral("Saved")));
}

TEST_CASE("the window carries Ebb's icon", "[gui]")
{
    Fixture f;
    MainWindow window(*f.journal);
    window.show();
    // Given just after the first frame, which it would only delay.
    REQUIRE(waitUntil([&] { return !window.windowIcon().pixmap(32, 32).isNull(); }, 3000));
    CHECK_FALSE(window.windowHandle()->icon().isNull()); // what the window manager is given
}

TEST_CASE("fields left alone are saved as not recorded", "[gui]")
{
    Fixture f;
    MainWindow window(*f.journal);
    showActive(window);
    child<SegmentedScale>(window, "moodScale")->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
    REQUIRE(window.checkInPage()->save());
    const auto saved = require(f.journal->checkIn(f.today)).value();
    CHECK(saved.mood == 0);
    CHECK(saved.energy == std::nullopt);
    CHECK(saved.sleepMinutes == std::nullopt);
    CHECK(saved.sleepQuality == std::nullopt);
}

TEST_CASE("saving an empty form explains that there is nothing to save and writes nothing", "[gui][errors]")
{
    Fixture f;
    MainWindow window(*f.journal);
    CHECK_FALSE(window.checkInPage()->save());
    CHECK(child<QLabel>(window, "bannerLabel")->text().contains(QStringLiteral("nothing to save")));
    CHECK_FALSE(require(f.journal->checkIn(f.today)).has_value());
}

TEST_CASE("clearing an answer means not recorded, and sleep snaps to quarter hours", "[gui]")
{
    SegmentedScale score;
    score.setScale(0, 10, QStringLiteral("empty"), QStringLiteral("full"));
    score.setOptionalValue(4);
    score.show();
    score.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&score, Qt::Key_Delete);
    CHECK(score.optionalValue() == std::nullopt);
    CHECK_FALSE(score.optionalValue().has_value());
    QTest::keyClicks(&score, QStringLiteral("10")); // two digits in quick succession: ten
    CHECK(score.optionalValue() == 10);
    QTest::keyClick(&score, Qt::Key_Left);
    CHECK(score.optionalValue() == 9);
    QTest::mouseClick(&score, Qt::LeftButton, {}, score.segmentRect(9).center()); // the chosen one again clears it
    CHECK(score.optionalValue() == std::nullopt);

    SleepTimeBox sleep;
    showActive(sleep);
    sleep.setFocus(Qt::MouseFocusReason); // a click, too, lets typing replace "not recorded"
    QCoreApplication::processEvents();
    QTest::keyClicks(&sleep, QStringLiteral("7.3"));
    QTest::keyClick(&sleep, Qt::Key_Enter);
    CHECK(sleep.minutes() == 435); // 7 h 15 min
    CHECK(sleep.currentText() == QStringLiteral("7 h 15 min"));
    sleep.lineEdit()->selectAll();
    QTest::keyClick(&sleep, Qt::Key_Delete);
    QTest::keyClick(&sleep, Qt::Key_Enter);
    CHECK_FALSE(sleep.minutes().has_value()); // cleared: not recorded
}

TEST_CASE("a check-in by mouse alone takes ten clicks or fewer, and stores what was clicked", "[gui]")
{
    Fixture f;
    const Boundary stop = require(f.journal->addBoundary(QStringLiteral("Stopped work by 18:00")));
    const Boundary lunch = require(f.journal->addBoundary(QStringLiteral("Took a real lunch break")));
    MainWindow window(*f.journal);
    window.resize(1280, 900);
    showActive(window);
    Mouse mouse;
    mouse.click(child<SegmentedScale>(window, "energyScale"), 4);
    mouse.click(child<SegmentedScale>(window, "moodScale"), 6);
    mouse.click(child<SegmentedScale>(window, "stressScale"), 7);
    mouse.click(child<SegmentedScale>(window, "loadScale"), 8);
    pickSleep(mouse, child<SleepTimeBox>(window, "sleepTimeBox"), 6 * 60 + 30); // any half hour: two clicks
    mouse.click(child<SegmentedScale>(window, "sleepQualityScale"), 3);
    mouse.click(child<SegmentedScale>(window, QStringLiteral("boundaryChoice%1").arg(stop.id)), 0);
    mouse.click(child<SegmentedScale>(window, QStringLiteral("boundaryChoice%1").arg(lunch.id)), 1);
    CHECK(mouse.clicks <= 10);
    QTest::mouseClick(child<QPushButton>(window, "saveButton"), Qt::LeftButton);

    const auto saved = require(f.journal->checkIn(f.today));
    REQUIRE(saved.has_value());
    CHECK(saved->energy == 4);
    CHECK(saved->mood == 6);
    CHECK(saved->stress == 7);
    CHECK(saved->load == 8);
    CHECK(saved->sleepMinutes == 6 * 60 + 30);
    CHECK(saved->sleepQuality == 3);
    CHECK(saved->boundaries ==
          std::vector<BoundaryAnswer>{{stop.id, BoundaryStatus::Held}, {lunch.id, BoundaryStatus::Slipped}});
}

TEST_CASE("a number a measure cannot hold is refused with a message, and nothing new is stored", "[gui][errors]")
{
    Fixture f;
    require(f.journal->saveCheckIn(sampleCheckIn(f.today, 6))); // mood 5, sleep 7.5 h
    MainWindow window(*f.journal);
    showActive(window);
    auto *mood = child<SegmentedScale>(window, "moodScale");
    mood->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(mood, QStringLiteral("11")); // was silently stored as 1
    CHECK(mood->optionalValue() == 5);
    auto *banner = child<QLabel>(window, "bannerLabel");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("“11” was not kept")));
    CHECK(banner->text().contains(QStringLiteral("0 to 10")));

    auto *sleep = child<SleepTimeBox>(window, "sleepTimeBox");
    for (const char *typed : {"30", "630", "seven"}) { // "630" was once kept as 630 hours, "30" as 3
        sleep->setFocus(Qt::TabFocusReason);
        sleep->lineEdit()->selectAll();
        QTest::keyClicks(sleep, QString::fromLatin1(typed));
        QTest::keyClick(sleep, Qt::Key_Tab);
        INFO(typed);
        CHECK(sleep->minutes() == 450);
        CHECK(banner->text().contains(QStringLiteral("“%1” was not kept").arg(QString::fromLatin1(typed))));
        CHECK(banner->text().contains(QStringLiteral("6:30")));
    }
    CHECK_FALSE(window.checkInPage()->hasUnsavedChanges());
    window.checkInPage()->save();
    const auto saved = require(f.journal->checkIn(f.today)).value();
    CHECK(saved.mood == 5);
    CHECK(saved.sleepMinutes == 450);
}

TEST_CASE("a past day is spoken of as that day, not as today", "[gui]")
{
    Fixture f;
    require(f.journal->addBoundary(QStringLiteral("Stopped work by 18:00")));
    MainWindow window(*f.journal);
    auto *box = child<QGroupBox>(window, "boundaryBox");
    auto *note = child<QPlainTextEdit>(window, "noteEdit");
    CHECK(box->title() == QStringLiteral("Your boundaries today"));
    window.checkInPage()->showDay(f.today.addDays(-3));
    const QString weekday = QLocale().dayName(f.today.addDays(-3).dayOfWeek());
    CHECK_FALSE(box->title().contains(QStringLiteral("today")));
    CHECK(box->title().contains(weekday));
    CHECK_FALSE(note->placeholderText().contains(QStringLiteral("today")));
    CHECK(note->placeholderText().contains(weekday));
}

TEST_CASE("a past day opened from History is edited and saved, today untouched", "[gui]")
{
    Fixture f;
    const QDate past = f.today.addDays(-3);
    require(f.journal->saveCheckIn(sampleCheckIn(past, 6)));
    MainWindow window(*f.journal);
    showActive(window);
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier); // History lists the days once it is seen
    QTableView *view = window.historyPage()->view();
    CHECK(window.historyPage()->model()->rowCount() == 4); // from the first check-in on, days without one too
    view->setFocus();
    view->setCurrentIndex(window.historyPage()->model()->index(3, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(window.checkInPage()->date() == past);
    CHECK(child<SegmentedScale>(window, "energyScale")->optionalValue() == 6);

    child<SegmentedScale>(window, "energyScale")->setOptionalValue(2);
    QTest::mouseClick(child<QPushButton>(window, "saveButton"), Qt::LeftButton);
    CHECK(require(f.journal->checkIn(past))->energy == 2);
    CHECK_FALSE(require(f.journal->checkIn(f.today)).has_value());
    QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier); // back to History, which reads the change
    const QModelIndex energy = window.historyPage()->model()->index(3, HistoryModel::EnergyColumn);
    CHECK(energy.data().toString() == QStringLiteral("2"));
}

TEST_CASE("a missed day can be filled in later, but a future day cannot be opened", "[gui]")
{
    Fixture f;
    MainWindow window(*f.journal);
    window.openDay(f.today.addDays(-10));
    CHECK(window.checkInPage()->date() == f.today.addDays(-10));
    child<SegmentedScale>(window, "energyScale")->setOptionalValue(3);
    REQUIRE(window.checkInPage()->save());
    CHECK(require(f.journal->checkIn(f.today.addDays(-10)))->energy == 3);
    window.openDay(f.today.addDays(1));
    CHECK(window.checkInPage()->date() == f.today.addDays(-10));
    window.openDay(f.today);
    CHECK_FALSE(child<QToolButton>(window, "nextDayButton")->isEnabled());
}

TEST_CASE("unsaved typing survives the window being killed and comes back with a notice", "[gui][drafts]")
{
    Fixture f;
    require(f.journal->saveCheckIn(sampleCheckIn(f.today, 6)));
    {
        MainWindow window(*f.journal);
        showActive(window);
        child<SegmentedScale>(window, "energyScale")->setOptionalValue(1);
        child<QPlainTextEdit>(window, "noteEdit")->setPlainText(QStringLiteral("Typed, never saved"));
        // The draft is written within a second, without any save and without closing the window.
        REQUIRE(waitUntil([&] { return require(f.journal->draft(f.today)).has_value(); }, 3000));
    } // destroyed without closeEvent: as close to a kill as a test gets in-process
    f.reopen();
    MainWindow again(*f.journal);
    CHECK(child<SegmentedScale>(again, "energyScale")->optionalValue() == 1);
    CHECK(child<QPlainTextEdit>(again, "noteEdit")->toPlainText() == QStringLiteral("Typed, never saved"));
    CHECK(child<QLabel>(again, "bannerLabel")->text().contains(QStringLiteral("not saved yet")));
    CHECK(again.checkInPage()->hasUnsavedChanges());
    CHECK(require(f.journal->checkIn(f.today))->energy == 6); // nothing was saved behind the person's back

    again.checkInPage()->discardChanges();
    CHECK(child<SegmentedScale>(again, "energyScale")->optionalValue() == 6);
    CHECK_FALSE(require(f.journal->draft(f.today)).has_value());
}

TEST_CASE("closing the window with unsaved changes keeps them as a draft", "[gui][drafts]")
{
    Fixture f;
    {
        MainWindow window(*f.journal);
        showActive(window);
        child<SegmentedScale>(window, "stressScale")->setOptionalValue(9);
        window.close();
    }
    const auto draft = require(f.journal->draft(f.today));
    REQUIRE(draft.has_value());
    CHECK(draft->checkIn.stress == 9);
}

TEST_CASE("when the journal is locked, saving says so and keeps what was typed", "[gui][errors]")
{
    Fixture f;
    JournalOpenOptions options;
    options.busyTimeoutMs = 20;
    f.journal.reset();
    f.journal = require(Journal::open(f.path, f.clock, options));
    auto other = require(openJournalFile(f.path));
    MainWindow window(*f.journal);
    child<SegmentedScale>(window, "energyScale")->setOptionalValue(4);
    requireOk(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    CHECK_FALSE(window.checkInPage()->save());
    const QLabel *banner = child<QLabel>(window, "bannerLabel");
    CHECK(banner->isVisibleTo(&window));
    CHECK(banner->text().contains(QStringLiteral("in use by another program")));
    CHECK(child<SegmentedScale>(window, "energyScale")->optionalValue() == 4);
    requireOk(other.exec(QStringLiteral("ROLLBACK")));
    CHECK(window.checkInPage()->save());
    CHECK_FALSE(banner->isVisibleTo(&window));
    CHECK(require(f.journal->checkIn(f.today))->energy == 4);
}

TEST_CASE("a full disk: saving says so, the form keeps everything, and closing asks first", "[gui][errors]")
{
    Fixture f;
    // SQLite's page limit stands in for a full disk: any write that needs a new page fails with SQLITE_FULL.
    const qint64 pages = require(ebb::test::databaseOf(*f.journal).queryInt(QStringLiteral("PRAGMA page_count")));
    requireOk(ebb::test::databaseOf(*f.journal).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    MainWindow window(*f.journal);
    window.show();
    const QString longNote = QString(QStringLiteral("A day I want to remember. ")).repeated(2000);
    child<SegmentedScale>(window, "energyScale")->setOptionalValue(4);
    child<QPlainTextEdit>(window, "noteEdit")->setPlainText(longNote);

    CHECK_FALSE(window.checkInPage()->save());
    const QLabel *banner = child<QLabel>(window, "bannerLabel");
    CHECK(banner->text().contains(QStringLiteral("disk is full")));
    CHECK(banner->text().contains(QStringLiteral("still in the form"))); // the app says it, not the core
    CHECK(child<SegmentedScale>(window, "energyScale")->optionalValue() == 4);
    CHECK(child<QPlainTextEdit>(window, "noteEdit")->toPlainText() == longNote);
    CHECK_FALSE(window.checkInPage()->keepDraft()); // the draft cannot be written either

    // Closing now would lose the typing: Ebb asks, and "Cancel" keeps the window open.
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        CHECK(box != nullptr);
        if (box == nullptr) {
            return;
        }
        CHECK(box->text().contains(QStringLiteral("disk is full")));
        box->button(QMessageBox::Cancel)->click();
    });
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());

    // Space comes back: the same form saves.
    requireOk(ebb::test::databaseOf(*f.journal).exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    CHECK(window.checkInPage()->save());
    CHECK(require(f.journal->checkIn(f.today))->note == longNote);
    CHECK(window.close());
}

TEST_CASE("what a logout or SIGTERM asks for keeps the typing as a draft, the bring-up mark included", "[gui][signals]")
{
    // The session connects commitDataRequest and the TerminationWatch to keepUnsavedNow()
    // (appsession.cpp); this is what they get: the form, kept without saving it.
    Fixture f;
    MainWindow window(*f.journal);
    window.show();
    child<SegmentedScale>(window, "energyScale")->setOptionalValue(3);
    child<QPlainTextEdit>(window, "noteEdit")->setPlainText(QStringLiteral("Typed just before the logout"));
    child<QCheckBox>(window, "bringUpCheck")->setChecked(true);
    window.keepUnsavedNow();
    CHECK_FALSE(require(f.journal->checkIn(f.today)).has_value()); // kept, not saved
    const auto draft = require(f.journal->draft(f.today));
    REQUIRE(draft.has_value());
    CHECK(draft->checkIn.energy == 3);
    CHECK(draft->checkIn.note == QStringLiteral("Typed just before the logout"));
    CHECK(draft->checkIn.noteBringUp);
}

TEST_CASE("a refusal is taken back by the next edit, and another day's kept changes are pointed to", "[gui][errors]")
{
    Fixture f;
    CheckIn yesterday = sampleCheckIn(f.today.addDays(-1), 4);
    require(f.journal->saveCheckIn(yesterday));
    yesterday.note = QStringLiteral("Written, never saved.");
    requireOk(f.journal->saveDraft(yesterday));
    MainWindow window(*f.journal);
    showActive(window);
    auto *banner = child<QLabel>(window, "bannerLabel");
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("waiting on")));
    CHECK(banner->text().contains(dayInWords(f.today.addDays(-1))));
    emit banner->linkActivated(f.today.addDays(-1).toString(Qt::ISODate)); // "Open that day"
    CHECK(window.checkInPage()->date() == f.today.addDays(-1));
    CHECK(child<QPlainTextEdit>(window, "noteEdit")->toPlainText() == QStringLiteral("Written, never saved."));

    window.checkInPage()->showDay(f.today);
    auto *mood = child<SegmentedScale>(window, "moodScale");
    mood->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(mood, QStringLiteral("11"));
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("was not kept")));
    auto *energy = child<SegmentedScale>(window, "energyScale");
    QTest::mouseClick(energy, Qt::LeftButton, {}, energy->segmentRect(5).center());
    CHECK_FALSE(banner->isVisible()); // the next edit takes the old refusal away
}

TEST_CASE("History begins at the first check-in, not with days before the journal began", "[gui]")
{
    Fixture f;
    require(f.journal->saveCheckIn(sampleCheckIn(f.today, 6)));
    HistoryModel model(*f.journal);
    requireOk(model.reload());
    CHECK(model.rowCount() == 1); // day one: today, and nothing before it
    require(f.journal->saveCheckIn(sampleCheckIn(f.today.addDays(-20), 5)));
    requireOk(model.reload());
    CHECK(model.rowCount() == 21); // the missed days between stay, to be filled in
}

TEST_CASE("a scale is one control: a slider with its value for a screen reader, segments for the mouse",
          "[gui][accessibility]")
{
    SegmentedScale scale;
    scale.setScale(0, 10, QStringLiteral("empty"), QStringLiteral("full"));
    scale.setAccessibleName(QStringLiteral("Energy"));
    scale.resize(scale.sizeHint());
    scale.show();
    QAccessibleInterface *reader = QAccessible::queryAccessibleInterface(&scale);
    REQUIRE(reader != nullptr);
    CHECK(reader->role() == QAccessible::Slider);
    CHECK(reader->text(QAccessible::Name) == QStringLiteral("Energy"));
    QAccessibleValueInterface *value = reader->valueInterface();
    REQUIRE(value != nullptr);
    CHECK_FALSE(value->currentValue().isValid());
    value->setCurrentValue(7);
    CHECK(scale.optionalValue() == 7);
    CHECK(reader->text(QAccessible::Value) == QStringLiteral("7"));
    CHECK(value->maximumValue().toInt() == 10);
    CHECK(scale.accessibleDescription().startsWith(QStringLiteral("Now 7.")));
    // Segments side by side, in order, none overlapping.
    for (int v = 0; v < 10; ++v) {
        CHECK(scale.segmentRect(v).right() < scale.segmentRect(v + 1).left());
    }
    // Pressed on one segment and let go over another: nothing chosen, as with a button.
    QTest::mousePress(&scale, Qt::LeftButton, {}, scale.segmentRect(3).center());
    QTest::mouseRelease(&scale, Qt::LeftButton, {}, scale.segmentRect(8).center());
    CHECK(scale.optionalValue() == 7);
    QTest::mouseClick(&scale, Qt::LeftButton, {}, scale.segmentRect(2).center());
    CHECK(scale.optionalValue() == 2);
}

TEST_CASE("sleep typed and saved at once is kept; the wheel over it changes nothing unless it has focus", "[gui]")
{
    Fixture f;
    MainWindow window(*f.journal);
    showActive(window);
    auto *sleep = child<SleepTimeBox>(window, "sleepTimeBox");
    sleep->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QTest::keyClicks(sleep, QStringLiteral("6:30"));
    QTest::keyClick(sleep, Qt::Key_S, Qt::ControlModifier); // no Tab: the field keeps focus
    const auto saved = require(f.journal->checkIn(f.today));
    REQUIRE(saved.has_value());
    CHECK(saved->sleepMinutes == 390);

    // A value between the choices steps to its neighbours, never to "not recorded".
    sleep->setMinutes(7 * 60 + 15);
    QTest::keyClick(sleep, Qt::Key_Down);
    CHECK(sleep->minutes() == 7 * 60 + 30);
    sleep->setMinutes(7 * 60 + 15);
    QTest::keyClick(sleep, Qt::Key_Up);
    CHECK(sleep->minutes() == 7 * 60);

    // The form scrolled with the wheel over the field, which has no focus: sleep stays.
    child<SegmentedScale>(window, "energyScale")->setFocus();
    const QPoint middle = sleep->rect().center();
    QWheelEvent wheel(middle, sleep->mapToGlobal(middle), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(sleep, &wheel);
    CHECK(sleep->minutes() == 7 * 60);
    CHECK_FALSE(sleep->hasFocus());
}
