// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/statuspanel.h"
#include "syntheticdiary.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "widgets/concerncard.h"
#include "widgets/sparkline.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::waitUntil;

namespace {

/**
 * A journal whose last 14 days hold a sudden 1-SD drop, opened before today's check-in (a day
 * checked in is thanked, and what Ebb noticed waits folded).
 */
std::unique_ptr<Journal> slidingJournal(const FixedClock &clock)
{
    auto journal = ebb::test::memoryJournal(clock);
    const QDate today = clock.today();
    requireOk(ebb::test::saveDiary(
        *journal, ebb::test::syntheticDiary(ebb::test::Scenario::SuddenDrop, 90, 76, 2, today.addDays(-89))));
    require(journal->removeCheckIn(today));
    return journal;
}

/** A journal in which every measure has slid for two weeks (seven or more flags), before today's check-in. */
std::unique_ptr<Journal> strainedJournal(const FixedClock &clock)
{
    auto journal = ebb::test::memoryJournal(clock);
    requireOk(ebb::test::saveDiary(*journal, ebb::test::strainedDiary(clock.today())));
    require(journal->removeCheckIn(clock.today()));
    return journal;
}

int visibleCount(const QList<ConcernCard *> &cards)
{
    return int(std::count_if(cards.begin(), cards.end(), [](ConcernCard *c) { return c->isVisible(); }));
}

int expandedCount(const QList<ConcernCard *> &cards)
{
    return int(
        std::count_if(cards.begin(), cards.end(), [](ConcernCard *c) { return c->isVisible() && c->isExpanded(); }));
}

/** Suggestions a person can see right now. */
int visibleSuggestions(QWidget &panel)
{
    int n = 0;
    for (const QLabel *l : panel.findChildren<QLabel *>(QStringLiteral("suggestionLabel"))) {
        n += l->isVisible() ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("a new journal's status says Ebb is still learning, how far, and that it is not a medical tool",
          "[gui][status]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    require(journal->saveCheckIn(ebb::test::sampleCheckIn(clock.today().addDays(-1))));
    StatusPanel panel(*journal);
    CHECK(child<QLabel>(panel, "statusTitle")->text() != QStringLiteral("Steady"));
    CHECK(child<QLabel>(panel, "statusSummary")->text().contains(QStringLiteral("still learning")));
    CHECK(child<QLabel>(panel, "statusSummary")->text().contains(QStringLiteral("1 of about 14")));
    CHECK(child<QLabel>(panel, "safetyNotice")->text().contains(QStringLiteral("not a medical tool")));
    CHECK(panel.findChildren<ConcernCard *>().isEmpty());
}

TEST_CASE("with seven flags at once, one card is open, one suggestion is in sight, the rest behind one line",
          "[gui][status]")
{
    FixedClock clock;
    auto journal = strainedJournal(clock);
    StatusPanel panel(*journal);
    panel.resize(320, 900);
    panel.show();
    REQUIRE(panel.report().flags.size() >= 7);
    const auto cards = panel.findChildren<ConcernCard *>();
    REQUIRE(cards.size() >= 2);
    CHECK(visibleCount(cards) == 1);
    CHECK(expandedCount(cards) == 1);
    CHECK(visibleSuggestions(panel) == 1);
    auto *more = child<QToolButton>(panel, "moreButton");
    REQUIRE(more->isVisible());
    CHECK(more->text() == QStringLiteral("%1 more things Ebb noticed").arg(cards.size() - 1));
    CHECK(more->focusPolicy() & Qt::TabFocus); // reachable by keyboard

    // Opened by keyboard, the others show folded; opening one folds the first: still one suggestion.
    more->setFocus();
    QTest::keyClick(more, Qt::Key_Space);
    CHECK(visibleCount(cards) == cards.size());
    CHECK(expandedCount(cards) == 1);
    CHECK(visibleSuggestions(panel) == 1);
    QTest::mouseClick(child<QToolButton>(*cards.last(), "concernHeader"), Qt::LeftButton);
    CHECK(cards.last()->isExpanded());
    CHECK_FALSE(cards.first()->isExpanded());
    CHECK(expandedCount(cards) == 1);
    CHECK(visibleSuggestions(panel) == 1);
}

TEST_CASE("why am I seeing this: plain words with the person's numbers and a picture of the last weeks",
          "[gui][status]")
{
    FixedClock clock;
    auto journal = slidingJournal(clock);
    StatusPanel panel(*journal);
    panel.show();
    const auto cards = panel.findChildren<ConcernCard *>();
    REQUIRE_FALSE(cards.isEmpty());
    ConcernCard *card = cards.first();
    REQUIRE(card->isExpanded());
    auto *evidence = child<QLabel>(*card, "evidenceLabel");
    CHECK_FALSE(evidence->isVisible());
    QTest::mouseClick(child<QToolButton>(*card, "whyButton"), Qt::LeftButton);
    CHECK(evidence->isVisible());
    CHECK(evidence->text().contains(QStringLiteral("check-ins")));
    CHECK(evidence->text().contains(QStringLiteral("first noticed")));
    for (const char *statistic : {"Build-up", "spread", "cusum", "median", "metric"}) {
        CHECK_FALSE(evidence->text().contains(QLatin1String(statistic), Qt::CaseInsensitive));
    }
    auto *picture = child<Sparkline>(*card, "sparkline");
    CHECK(picture->isVisible());
    REQUIRE(picture->values().size() == 28);
    CHECK(std::any_of(picture->values().begin(), picture->values().end(), [](const auto &v) { return v.has_value(); }));
}

TEST_CASE("after today's check-in is saved the panel says thank you and opens nothing", "[gui][status]")
{
    FixedClock clock;
    auto journal = strainedJournal(clock);
    StatusPanel panel(*journal);
    panel.show();
    CHECK(expandedCount(panel.findChildren<ConcernCard *>()) == 1);
    CheckIn today = ebb::test::sampleCheckIn(clock.today(), 2);
    require(journal->saveCheckIn(today));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(child<QLabel>(panel, "statusTitle")->text() == QStringLiteral("Thank you for checking in"));
    const auto cards = panel.findChildren<ConcernCard *>();
    REQUIRE_FALSE(cards.isEmpty());
    CHECK(visibleCount(cards) == 0);
    CHECK(visibleSuggestions(panel) == 0);
    auto *more = child<QToolButton>(panel, "moreButton");
    CHECK(more->isVisible());
    CHECK(more->text().startsWith(QStringLiteral("What Ebb noticed")));
    // A later change (here a boundary edit) refreshes quietly: still no card opens by itself.
    require(journal->addBoundary(QStringLiteral("Phone off at nine")));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(visibleCount(panel.findChildren<ConcernCard *>()) == 0);
    QTest::mouseClick(more, Qt::LeftButton);
    CHECK(expandedCount(panel.findChildren<ConcernCard *>()) == 1);
}

TEST_CASE("a restart on a day already checked in still says thank you, and opens nothing", "[gui][status]")
{
    FixedClock clock;
    auto journal = strainedJournal(clock);
    require(journal->saveCheckIn(ebb::test::sampleCheckIn(clock.today(), 2)));
    StatusPanel panel(*journal); // a new panel: Ebb started again the same day
    panel.show();
    CHECK(child<QLabel>(panel, "statusTitle")->text() == QStringLiteral("Thank you for checking in"));
    const auto cards = panel.findChildren<ConcernCard *>();
    REQUIRE_FALSE(cards.isEmpty());
    CHECK(visibleCount(cards) == 0);
    CHECK(visibleSuggestions(panel) == 0);
    CHECK(child<QToolButton>(panel, "moreButton")->text().startsWith(QStringLiteral("What Ebb noticed")));

    // The next day nothing is checked in yet: what Ebb noticed opens again.
    clock.advanceSeconds(24 * 3600);
    StatusPanel tomorrow(*journal);
    tomorrow.show();
    CHECK(child<QLabel>(tomorrow, "statusTitle")->text() != QStringLiteral("Thank you for checking in"));
    CHECK(expandedCount(tomorrow.findChildren<ConcernCard *>()) == 1);

    // Today's check-in removed: no thank-you for a day with nothing in it.
    clock.advanceSeconds(-24 * 3600);
    require(journal->removeCheckIn(clock.today()));
    StatusPanel removed(*journal);
    removed.show();
    CHECK(child<QLabel>(removed, "statusTitle")->text() != QStringLiteral("Thank you for checking in"));
}

TEST_CASE("a dismissed concern stays hidden, also after a restart", "[gui][status]")
{
    FixedClock clock;
    auto journal = slidingJournal(clock);
    int before = 0;
    QString dismissedKey;
    {
        StatusPanel panel(*journal);
        const auto cards = panel.findChildren<ConcernCard *>();
        REQUIRE_FALSE(cards.isEmpty());
        before = int(panel.summary().concerns.size());
        dismissedKey = cards.first()->concern().key;
        QTest::mouseClick(child<QPushButton>(*cards.first(), "dismissButton"), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(int(panel.findChildren<ConcernCard *>().size()) == before - 1);
    }
    StatusPanel again(*journal);
    for (const ConcernCard *card : again.findChildren<ConcernCard *>()) {
        CHECK(card->concern().key != dismissedKey);
    }
    CHECK(int(again.summary().concerns.size()) == before - 1);
}

TEST_CASE("in the main window the status is worked out just after the first frame, then shown", "[gui][status]")
{
    FixedClock clock;
    auto journal = slidingJournal(clock);
    MainWindow window(*journal);
    auto *title = child<QLabel>(window, "statusTitle");
    CHECK(title->text().contains(QStringLiteral("Looking"))); // nothing analysed before the window is up
    window.show();
    // The first frame, then the analysis it let go first.
    REQUIRE(waitUntil([&] { return !title->text().contains(QStringLiteral("Looking")); }, 5000));
    CHECK(title->text() != QStringLiteral("Steady")); // the slide is seen
    CHECK_FALSE(window.findChildren<ConcernCard *>().isEmpty());
}

TEST_CASE("a change the usual has absorbed is told in one quiet line, and follows the stretch the person names",
          "[gui][status][longer]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    // Stress climbed over eight weeks from day 150 and has stayed up for four months since.
    constexpr int kDays = 150 + ebb::test::kRampDays + 120;
    requireOk(ebb::test::saveDiary(*journal, ebb::test::syntheticDiary(ebb::test::Scenario::StressRampStays, kDays, 150,
                                                                       4, clock.today().addDays(1 - kDays))));
    StatusPanel panel(*journal);
    panel.show();
    REQUIRE_FALSE(panel.summary().longerView.isEmpty());
    const QString line = panel.summary().longerView.front();
    CHECK(line.contains(QStringLiteral("stress has been higher")));
    auto *underHeadline = child<QLabel>(panel, "longerViewLine");
    if (panel.summary().concerns.empty()) {
        // Nothing else to say: the line sits under the headline, in sight.
        CHECK(underHeadline->isVisible());
        CHECK(underHeadline->text() == line);
    } else {
        // A card is open: the line waits in the fold with the others, one calm thing at a time.
        CHECK_FALSE(underHeadline->isVisible());
        auto *more = child<QToolButton>(panel, "moreButton");
        REQUIRE(more->isVisible());
        more->click();
        const auto folded = panel.findChildren<QLabel *>(QStringLiteral("longerViewFolded"));
        REQUIRE_FALSE(folded.isEmpty());
        CHECK(folded.front()->isVisible());
    }

    // The person names a time they felt more like themselves: the line is read against it at once.
    auto settings = journal->settings();
    REQUIRE(settings);
    settings->steadierFrom = clock.today().addDays(1 - kDays + 60);
    settings->steadierTo = clock.today().addDays(1 - kDays + 101);
    requireOk(journal->saveSettings(*settings));
    REQUIRE_FALSE(panel.report().longerView.empty());
    CHECK(panel.report().longerView.front().anchorFrom == settings->steadierFrom);
}
