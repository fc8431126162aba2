// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/reviewpage.h"
#include "review/weeksummary.h"
#include "review/weekwords.h"
#include "syntheticdiary.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::TempDir;
using ebb::test::waitUntil;

TEST_CASE("a review written on the page is there after a restart", "[gui][review]")
{
    TempDir tmp;
    FixedClock clock; // Saturday 14 March 2026, week 11
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(path, clock));
        ReviewPage page(*journal);
        page.show();
        auto *proud = child<QPlainTextEdit>(page, "answer_proud");
        proud->setFocus();
        QTest::keyClicks(proud, QStringLiteral("I rested without guilt on Sunday."));
        child<QPlainTextEdit>(page, "answer_change")->setPlainText(QStringLiteral("Lunch outside twice"));
        // Saved as it is typed, without pressing anything.
        REQUIRE(waitUntil(
            [&] {
                const auto review = require(journal->review(QStringLiteral("2026-W11")));
                return review.has_value() && review->answer(kChangeKey) == QStringLiteral("Lunch outside twice");
            },
            3000));
    }
    auto journal = require(Journal::open(path, clock));
    ReviewPage again(*journal);
    again.show(); // the week is read when the page is seen
    CHECK(child<QPlainTextEdit>(again, "answer_proud")->toPlainText() ==
          QStringLiteral("I rested without guilt on Sunday."));
    CHECK(child<QLabel>(again, "weekTitle")->text().startsWith(QStringLiteral("Week 11")));

    // The next week shows last week's "one small change" back.
    clock.advanceSeconds(7 * 24 * 3600);
    ReviewPage nextWeek(*journal);
    nextWeek.show();
    auto *lastChange = child<QLabel>(nextWeek, "lastChangeLabel");
    CHECK(lastChange->isVisibleTo(&nextWeek));
    CHECK(lastChange->text().contains(QStringLiteral("Lunch outside twice")));
    CHECK(child<QPlainTextEdit>(nextWeek, "answer_proud")->toPlainText().isEmpty());
}

TEST_CASE("closing the window saves a review typed a moment ago, before its save timer", "[gui][review]")
{
    FixedClock clock; // Saturday 14 March 2026, week 11
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // Weekly review
    auto *proud = child<QPlainTextEdit>(*window.reviewPage(), "answer_proud");
    proud->setFocus();
    QTest::keyClicks(proud, QStringLiteral("Asked for help"));
    CHECK_FALSE(require(journal->review(QStringLiteral("2026-W11"))).has_value()); // not saved yet
    CHECK(window.close());
    const auto review = require(journal->review(QStringLiteral("2026-W11")));
    REQUIRE(review.has_value());
    CHECK(review->answer(QStringLiteral("proud")) == QStringLiteral("Asked for help"));
}

TEST_CASE("opening a week without writing creates no review", "[gui][review]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    {
        ReviewPage page(*journal);
        page.showWeek(clock.today().addDays(-7));
        CHECK(page.saveNow());
    }
    CHECK(require(journal->reviewedWeeks()).isEmpty());
}

TEST_CASE("a review arriving from another computer is shown, and never overwritten by the untouched page",
          "[gui][review][sync]")
{
    FixedClock clock; // Saturday 14 March 2026, week 11
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier); // Weekly review, this week, blank
    auto *proud = child<QPlainTextEdit>(*window.reviewPage(), "answer_proud");
    REQUIRE(proud->toPlainText().isEmpty());

    // What the laptop wrote, brought in by sync (it tells the pages as an import does).
    WeeklyReview fromLaptop;
    fromLaptop.week = QStringLiteral("2026-W11");
    fromLaptop.answers = {{QStringLiteral("proud"), QStringLiteral("What am I proud of?"),
                           QStringLiteral("Asked for help on the laptop")}};
    require(journal->saveReview(fromLaptop));
    emit journal->imported();
    proud = child<QPlainTextEdit>(*window.reviewPage(), "answer_proud");
    CHECK(proud->toPlainText() == QStringLiteral("Asked for help on the laptop"));

    CHECK(window.reviewPage()->saveNow());
    CHECK(window.close());
    const auto kept = require(journal->review(QStringLiteral("2026-W11")));
    REQUIRE(kept.has_value());
    CHECK(kept->answer(QStringLiteral("proud")) == QStringLiteral("Asked for help on the laptop"));
}

TEST_CASE("typing one answer while another computer's review arrives keeps both, answer by answer",
          "[gui][review][sync]")
{
    FixedClock clock; // Saturday 14 March 2026, week 11
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    auto *proud = child<QPlainTextEdit>(*window.reviewPage(), "answer_proud");
    proud->setFocus();
    QTest::keyClicks(proud, QStringLiteral("Said no twice"));

    WeeklyReview fromLaptop;
    fromLaptop.week = QStringLiteral("2026-W11");
    fromLaptop.answers = {{kChangeKey, QStringLiteral("One small change:"), QStringLiteral("Lunch away from the desk")},
                          {QStringLiteral("proud"), QStringLiteral("Proud:"), QStringLiteral("(the laptop's)")}};
    require(journal->saveReview(fromLaptop));
    emit journal->imported();
    // The editor being typed in is left alone: the same widget, its text and cursor as they were.
    CHECK(child<QPlainTextEdit>(*window.reviewPage(), "answer_proud") == proud);
    CHECK(proud->textCursor().position() == QStringLiteral("Said no twice").size());
    CHECK(proud->toPlainText() == QStringLiteral("Said no twice"));

    REQUIRE(window.reviewPage()->saveNow());
    const auto saved = require(journal->review(QStringLiteral("2026-W11")));
    REQUIRE(saved.has_value());
    CHECK(saved->answer(QStringLiteral("proud")) == QStringLiteral("Said no twice")); // typed here
    CHECK(saved->answer(kChangeKey) == QStringLiteral("Lunch away from the desk"));   // kept from there
    CHECK(child<QPlainTextEdit>(*window.reviewPage(), "answer_change")->toPlainText() ==
          QStringLiteral("Lunch away from the desk"));
}

TEST_CASE("an answer typed and then cleared leaves another computer's review alone", "[gui][review][sync]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ReviewPage page(*journal);
    page.show();
    page.showWeek(clock.today());
    auto *proud = child<QPlainTextEdit>(page, "answer_proud");
    proud->setPlainText(QStringLiteral("x"));
    proud->clear();
    REQUIRE(page.saveNow()); // blank, nothing stored: nothing written

    WeeklyReview fromLaptop;
    fromLaptop.week = QStringLiteral("2026-W11");
    fromLaptop.answers = {{QStringLiteral("proud"), QStringLiteral("Proud:"), QStringLiteral("Rested on Sunday")}};
    require(journal->saveReview(fromLaptop));
    emit journal->imported();
    CHECK(proud->toPlainText() == QStringLiteral("Rested on Sunday"));
    REQUIRE(page.saveNow());
    CHECK(require(journal->review(QStringLiteral("2026-W11")))->answer(QStringLiteral("proud")) ==
          QStringLiteral("Rested on Sunday"));
}

TEST_CASE("the search box finds a check-in note and opens its day", "[gui][review][search]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    CheckIn c;
    c.date = clock.today().addDays(-20);
    c.note = QStringLiteral("Long walk by the river with Sam.");
    require(journal->saveCheckIn(c));
    ReviewPage page(*journal);
    QSignalSpy opened(&page, &ReviewPage::dayActivated);
    auto *search = child<QLineEdit>(page, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("riv"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *results = child<QListWidget>(page, "searchResults");
    REQUIRE(results->count() == 1);
    CHECK(results->item(0)->text().contains(QStringLiteral("«river»")));
    emit results->itemActivated(results->item(0));
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toDate() == c.date);

    QTest::keyClicks(search, QStringLiteral("zzz"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(results->item(0)->text().contains(QStringLiteral("Nothing found")));
}

TEST_CASE("the review reminder shows from the chosen weekday until the week has a review", "[gui][review]")
{
    FixedClock clock; // a Saturday
    auto journal = ebb::test::memoryJournal(clock);
    ReviewSettings settings;
    settings.weekday = 7; // Sunday
    requireOk(journal->setReviewSettings(settings));
    JournalSettings noSelfCheck = require(journal->settings());
    noSelfCheck.selfCheckReminder = false; // this test is about the review alone
    requireOk(journal->saveSettings(noSelfCheck));
    MainWindow window(*journal);
    auto *banner = child<QLabel>(window, "reviewReminder");
    CHECK_FALSE(banner->isVisibleTo(&window));
    settings.weekday = 6; // Saturday: today
    requireOk(journal->setReviewSettings(settings));
    CHECK(banner->isVisibleTo(&window));
    CHECK_FALSE(banner->text().contains(QStringLiteral("self-check")));
    require(journal->saveReview({isoWeekKey(clock.today()),
                                 {{QStringLiteral("proud"), QStringLiteral("Proud:"), QStringLiteral("Slept")}},
                                 {},
                                 {}}));
    CHECK_FALSE(banner->isVisibleTo(&window));
}

TEST_CASE("the monthly self-check is offered with the review's reminder until it is taken or put off four weeks",
          "[gui][review][selfcheck]")
{
    FixedClock clock; // a Saturday
    auto journal = ebb::test::memoryJournal(clock);
    ReviewSettings settings;
    settings.weekday = 7; // Sunday: not yet
    requireOk(journal->setReviewSettings(settings));
    require(journal->saveReview({isoWeekKey(clock.today()),
                                 {{QStringLiteral("proud"), QStringLiteral("Proud:"), QStringLiteral("Slept")}},
                                 {},
                                 {}}));
    MainWindow window(*journal);
    auto *banner = child<QLabel>(window, "reviewReminder");
    CHECK_FALSE(banner->isVisibleTo(&window)); // before the review day, nothing
    settings.weekday = 6;
    requireOk(journal->setReviewSettings(settings));
    // The week has its review: only the self-check is offered, with a way to put it off.
    REQUIRE(banner->isVisibleTo(&window));
    CHECK(banner->text().contains(QStringLiteral("href=\"selfcheck\"")));
    CHECK(banner->text().contains(QStringLiteral("href=\"skip-selfcheck\"")));
    CHECK_FALSE(banner->text().contains(QStringLiteral("weekly review day")));

    // "Not this month" puts it off for four weeks, and says nothing more.
    emit banner->linkActivated(QStringLiteral("skip-selfcheck"));
    CHECK_FALSE(banner->isVisibleTo(&window));
    const QDate skipped = clock.today();
    CHECK(require(journal->settings()).selfCheckSkippedOn == skipped);

    // Three weeks on, in a new month, it is still quiet: only the new week's review is offered.
    const QString offer = QStringLiteral("href=\"selfcheck\"");
    const auto reviewDayIn = [&](int days) {
        clock.set(QDateTime(skipped.addDays(days), QTime(9, 0), Qt::UTC)); // Saturdays
        emit journal->settingsChanged();
    };
    reviewDayIn(21);
    CHECK(banner->isVisibleTo(&window));
    CHECK_FALSE(banner->text().contains(offer));
    // Four weeks on it is offered again; a check taken in the last four weeks keeps it quiet.
    reviewDayIn(28);
    CHECK(banner->text().contains(offer));
    SelfCheck taken;
    taken.date = clock.today().addDays(-27);
    taken.answers = {50, 50, 50, 50, 50, 50};
    require(journal->saveSelfCheck(taken));
    CHECK_FALSE(banner->text().contains(offer));
    CHECK(require(journal->removeSelfCheck(taken.date)));
    CHECK(banner->text().contains(offer));
    // Turned off in the review's settings: never offered.
    JournalSettings stored = require(journal->settings());
    stored.selfCheckReminder = false;
    requireOk(journal->saveSettings(stored));
    CHECK_FALSE(banner->text().contains(offer));
}

TEST_CASE("reworded questions are asked from then on; old answers keep their question", "[gui][review]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    require(journal->saveReview(
        {QStringLiteral("2026-W10"),
         {{QStringLiteral("drained"), QStringLiteral("What drained me this week?"), QStringLiteral("Commuting")}},
         {},
         {}}));
    ReviewSettings settings = require(journal->reviewSettings());
    settings.prompts[0].text = QStringLiteral("What took the most out of me?");
    requireOk(journal->setReviewSettings(settings));
    ReviewPage page(*journal);
    page.show();
    CHECK(child<QPlainTextEdit>(page, "answer_drained")->accessibleName() ==
          QStringLiteral("What took the most out of me?"));
    CHECK(require(journal->review(QStringLiteral("2026-W10")))->answers[0].prompt ==
          QStringLiteral("What drained me this week?"));
}

TEST_CASE("the weekly review opens on last week until this week has four check-ins", "[gui][review]")
{
    FixedClock clock;
    clock.set(QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC)); // Tuesday of week 11
    auto journal = ebb::test::memoryJournal(clock);
    for (QDate d(2026, 3, 2); d <= clock.today(); d = d.addDays(1)) {
        require(journal->saveCheckIn(ebb::test::sampleCheckIn(d)));
    }
    ReviewPage page(*journal);
    page.show();
    CHECK(page.monday() == QDate(2026, 3, 2));
    CHECK(child<QLabel>(page, "weekTitle")->text().startsWith(QStringLiteral("Week 10")));
    CHECK(child<QLabel>(page, "weekSummary")->text().contains(QStringLiteral("7 of 7 days with a check-in")));
    child<QPushButton>(page, "thisWeekButton")->click(); // this week is still a click away
    CHECK(page.monday() == QDate(2026, 3, 9));

    MainWindow window(*journal);
    window.openReview();
    CHECK(window.reviewPage()->monday() == QDate(2026, 3, 2));
    clock.set(QDateTime(QDate(2026, 3, 12), QTime(9, 0), Qt::UTC)); // Thursday
    for (QDate d(2026, 3, 11); d <= clock.today(); d = d.addDays(1)) {
        require(journal->saveCheckIn(ebb::test::sampleCheckIn(d)));
    }
    window.openReview(); // four check-ins: this week is worth reading
    CHECK(window.reviewPage()->monday() == QDate(2026, 3, 9));
}

TEST_CASE("the weekly review leads with words; the numbers wait behind a fold", "[gui][review]")
{
    FixedClock clock; // Saturday 14 March 2026
    auto journal = ebb::test::memoryJournal(clock);
    requireOk(ebb::test::saveDiary(*journal, ebb::test::strainedDiary(clock.today())));
    ReviewPage page(*journal);
    page.resize(1100, 650);
    page.show();
    page.showWeek(clock.today());
    auto *words = child<QLabel>(page, "weekWords");
    CHECK(words->isVisible());
    CHECK_FALSE(words->text().isEmpty());
    auto *noticed = child<QLabel>(page, "weekNoticed");
    CHECK(noticed->isVisible());
    CHECK(noticed->text().count(QStringLiteral("<br>")) <= kMaxNoticedLines);
    CHECK_FALSE(noticed->text().contains(QStringLiteral("flag"), Qt::CaseInsensitive));
    // The table and the chart are folded away until asked for.
    auto *numbers = child<QWidget>(page, "weekNumbers");
    CHECK_FALSE(numbers->isVisible());
    auto *fold = child<QToolButton>(page, "numbersButton");
    CHECK(fold->text() == QStringLiteral("Show the numbers"));
    QTest::mouseClick(fold, Qt::LeftButton);
    CHECK(numbers->isVisible());
    CHECK(child<QLabel>(page, "weekSummary")->text().contains(QStringLiteral("your usual")));
    CHECK(words->y() < fold->y()); // words first
}

TEST_CASE("a gentle question is offered beside the prompts, can stay empty, and can be turned off", "[gui][review]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    {
        ReviewPage page(*journal);
        page.show();
        auto *gentle = child<QPlainTextEdit>(page, "answer_gentle");
        CHECK(gentle->accessibleName() == gentleQuestionFor(clock.today()).text);
        gentle->setFocus();
        QTest::keyClicks(gentle, QStringLiteral("Not answering every email at once."));
        REQUIRE(page.saveNow());
        const auto saved = require(journal->review(isoWeekKey(clock.today())));
        REQUIRE(saved.has_value());
        CHECK(saved->answer(kGentleKey) == QStringLiteral("Not answering every email at once."));
        CHECK(saved->prompt(kGentleKey) == gentleQuestionFor(clock.today()).text);
        // Next week asks another question.
        page.showWeek(clock.today().addDays(7));
        CHECK(child<QPlainTextEdit>(page, "answer_gentle")->accessibleName() != gentleQuestionFor(clock.today()).text);
    }
    auto settings = require(journal->reviewSettings());
    settings.gentleQuestion = false;
    requireOk(journal->setReviewSettings(settings));
    CHECK_FALSE(require(journal->reviewSettings()).gentleQuestion); // kept in the journal
    ReviewPage off(*journal);
    off.show();
    off.showWeek(clock.today().addDays(-7)); // a week with nothing written: no question
    CHECK(off.findChild<QPlainTextEdit *>(QStringLiteral("answer_gentle")) == nullptr);
    off.showWeek(clock.today()); // an answer already written stays in sight
    CHECK(child<QPlainTextEdit>(off, "answer_gentle")->toPlainText() ==
          QStringLiteral("Not answering every email at once."));
}

TEST_CASE("in German the week's words read as German sentences", "[gui][review][i18n]")
{
    const QDate monday(2026, 3, 23);
    const std::vector<Boundary> boundaries = {{1, QStringLiteral("Feierabend um 18 Uhr"), 1, {}}};
    std::vector<CheckIn> checkIns;
    for (int i = 0; i < 3; ++i) {
        CheckIn c;
        c.date = monday.addDays(i);
        c.energy = 5 - i;
        c.boundaries = {{1, BoundaryStatus::Held}};
        checkIns.push_back(c);
    }
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/ebb_de.qm")));
    QCoreApplication::installTranslator(&german);
    const WeekWords words = weekInWords(summarizeWeek(checkIns, boundaries, {}, monday, monday.addDays(6)));
    QCoreApplication::removeTranslator(&german);
    REQUIRE(words.lead.size() == 2);
    INFO(words.lead.join(QLatin1Char(' ')).toStdString());
    CHECK(words.lead[0].startsWith(QStringLiteral("Der ")));
    // After the colon a whole sentence follows, so German writes it with a capital.
    CHECK(words.lead[1] == QStringLiteral("Etwas, das gut lief: Du hast „Feierabend um 18 Uhr“ 3-mal gehalten."));
}
