// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinpage.h"
#include "historymodel.h"
#include "historypage.h"
#include "mainwindow.h"
#include "optionalspinbox.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWindow>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

namespace {

void showActive(QWidget &w)
{
    w.show();
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
}

/** Types into whatever has focus, then moves on with Tab, as a person would. */
void typeThenTab(QWidget &window, const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    Q_UNUSED(window);
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
        REQUIRE(QApplication::focusWidget() == child<QSpinBox>(window, "energySpin")); // typing can start at once
        QCoreApplication::processEvents(); // as between the window appearing and the first key
        for (const char *value : {"6", "5", "3", "8", "7.5", "2"}) { // energy … sleep quality
            typeThenTab(window, QString::fromLatin1(value));
        }
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s")); // the boundary: Slipped
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // past the "Drained me" heading
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeThenTab(window, QStringLiteral("Long day, three meetings."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // share with my therapist
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);

        const auto saved = require(f.journal->checkIn(f.today));
        REQUIRE(saved.has_value());
        CHECK(saved->energy == 6);
        CHECK(saved->mood == 5);
        CHECK(saved->stress == 3);
        CHECK(saved->load == 8);
        CHECK(saved->sleepMinutes == 450);
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
    CHECK(child<OptionalSpinBox>(again, "energySpin")->optionalValue() == 6);
    CHECK(child<OptionalDoubleSpinBox>(again, "sleepHoursSpin")->optionalValue() == 7.5);
    CHECK(child<QComboBox>(again, QStringLiteral("boundaryCombo%1").arg(stop.id))->currentText() ==
          QStringLiteral("Slipped"));
    CHECK(child<QPlainTextEdit>(again, "noteEdit")->toPlainText() == QStringLiteral("Long day, three meetings."));
    CHECK(child<QLabel>(again, "statusLabel")->text().startsWith(QStringLiteral("Saved")));
}

TEST_CASE("the window carries Ebb's icon", "[gui]")
{
    Fixture f;
    MainWindow window(*f.journal);
    window.show();
    // Given just after the first frame, which it would only delay.
    QTRY_VERIFY_WITH_TIMEOUT(!window.windowIcon().pixmap(32, 32).isNull(), 3000);
    CHECK_FALSE(window.windowHandle()->icon().isNull()); // what the window manager is given
}

TEST_CASE("fields left alone are saved as not recorded", "[gui]")
{
    Fixture f;
    MainWindow window(*f.journal);
    showActive(window);
    child<QSpinBox>(window, "moodSpin")->setFocus(Qt::TabFocusReason);
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

TEST_CASE("clearing a field means not recorded, and sleep snaps to quarter hours", "[gui]")
{
    OptionalSpinBox score;
    score.setOptionalValue(4);
    score.show();
    score.setFocus(Qt::TabFocusReason);
    QTest::keyClick(&score, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(&score, Qt::Key_Delete);
    score.interpretText();
    CHECK(score.optionalValue() == std::nullopt);
    CHECK(score.text() == QStringLiteral("not recorded"));

    OptionalDoubleSpinBox sleep;
    showActive(sleep);
    sleep.setFocus(Qt::MouseFocusReason); // a click, too, lets typing replace "not recorded"
    QCoreApplication::processEvents();
    QTest::keyClicks(&sleep, QStringLiteral("7.3"));
    QTest::keyClick(&sleep, Qt::Key_Enter);
    CHECK(sleep.optionalValue() == 7.25);
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
    CHECK(window.historyPage()->model()->rowCount() == 14); // two weeks, including days without a check-in
    view->setFocus();
    view->setCurrentIndex(window.historyPage()->model()->index(3, 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(window.checkInPage()->date() == past);
    CHECK(child<OptionalSpinBox>(window, "energySpin")->optionalValue() == 6);

    child<OptionalSpinBox>(window, "energySpin")->setOptionalValue(2);
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
    child<OptionalSpinBox>(window, "energySpin")->setOptionalValue(3);
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
        child<OptionalSpinBox>(window, "energySpin")->setOptionalValue(1);
        child<QPlainTextEdit>(window, "noteEdit")->setPlainText(QStringLiteral("Typed, never saved"));
        // The draft is written within a second, without any save and without closing the window.
        QTRY_VERIFY_WITH_TIMEOUT(require(f.journal->draft(f.today)).has_value(), 3000);
    } // destroyed without closeEvent: as close to a kill as a test gets in-process
    f.reopen();
    MainWindow again(*f.journal);
    CHECK(child<OptionalSpinBox>(again, "energySpin")->optionalValue() == 1);
    CHECK(child<QPlainTextEdit>(again, "noteEdit")->toPlainText() == QStringLiteral("Typed, never saved"));
    CHECK(child<QLabel>(again, "bannerLabel")->text().contains(QStringLiteral("not saved yet")));
    CHECK(again.checkInPage()->hasUnsavedChanges());
    CHECK(require(f.journal->checkIn(f.today))->energy == 6); // nothing was saved behind the person's back

    again.checkInPage()->discardChanges();
    CHECK(child<OptionalSpinBox>(again, "energySpin")->optionalValue() == 6);
    CHECK_FALSE(require(f.journal->draft(f.today)).has_value());
}

TEST_CASE("closing the window with unsaved changes keeps them as a draft", "[gui][drafts]")
{
    Fixture f;
    {
        MainWindow window(*f.journal);
        showActive(window);
        child<OptionalSpinBox>(window, "stressSpin")->setOptionalValue(9);
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
    child<OptionalSpinBox>(window, "energySpin")->setOptionalValue(4);
    requireOk(other.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    CHECK_FALSE(window.checkInPage()->save());
    const QLabel *banner = child<QLabel>(window, "bannerLabel");
    CHECK(banner->isVisibleTo(&window));
    CHECK(banner->text().contains(QStringLiteral("in use by another program")));
    CHECK(child<OptionalSpinBox>(window, "energySpin")->optionalValue() == 4);
    requireOk(other.exec(QStringLiteral("ROLLBACK")));
    CHECK(window.checkInPage()->save());
    CHECK_FALSE(banner->isVisibleTo(&window));
    CHECK(require(f.journal->checkIn(f.today))->energy == 4);
}

TEST_CASE("a full disk: saving says so, the form keeps everything, and closing asks first", "[gui][errors]")
{
    Fixture f;
    // SQLite's page limit stands in for a full disk: any write that needs a new page fails with SQLITE_FULL.
    const qint64 pages = require(f.journal->database().queryInt(QStringLiteral("PRAGMA page_count")));
    requireOk(f.journal->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    MainWindow window(*f.journal);
    window.show();
    const QString longNote = QString(QStringLiteral("A day I want to remember. ")).repeated(2000);
    child<OptionalSpinBox>(window, "energySpin")->setOptionalValue(4);
    child<QPlainTextEdit>(window, "noteEdit")->setPlainText(longNote);

    CHECK_FALSE(window.checkInPage()->save());
    const QLabel *banner = child<QLabel>(window, "bannerLabel");
    CHECK(banner->text().contains(QStringLiteral("disk is full")));
    CHECK(child<OptionalSpinBox>(window, "energySpin")->optionalValue() == 4);
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
    requireOk(f.journal->database().exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    CHECK(window.checkInPage()->save());
    CHECK(require(f.journal->checkIn(f.today))->note == longNote);
    CHECK(window.close());
}
