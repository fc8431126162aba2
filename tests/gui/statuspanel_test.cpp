// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagcard.h"
#include "mainwindow.h"
#include "statuspanel.h"
#include "syntheticdiary.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;

namespace {

/** A journal whose last 14 days (ending on the clock's today) hold a sudden 1-SD drop. */
std::unique_ptr<Journal> slidingJournal(const FixedClock &clock)
{
    auto journal = ebb::test::memoryJournal(clock);
    const QDate today = clock.today();
    requireOk(ebb::test::saveDiary(
        *journal, ebb::test::syntheticDiary(ebb::test::Scenario::SuddenDrop, 90, 76, 2, today.addDays(-89))));
    return journal;
}

} // namespace

TEST_CASE("a new journal's status says Ebb is still learning, and that it is not a medical tool", "[gui][status]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    StatusPanel panel(*journal);
    CHECK(child<QLabel>(panel, "statusTitle")->text() == QStringLiteral("Steady"));
    CHECK(child<QLabel>(panel, "statusSummary")->text().contains(QStringLiteral("still learning")));
    CHECK(child<QLabel>(panel, "safetyNotice")->text().contains(QStringLiteral("not a medical tool")));
    CHECK(panel.findChildren<FlagCard *>().isEmpty());
}

TEST_CASE("a slide shows as cards whose evidence opens on demand", "[gui][status]")
{
    FixedClock clock;
    auto journal = slidingJournal(clock);
    StatusPanel panel(*journal);
    panel.show();
    const auto cards = panel.findChildren<FlagCard *>();
    REQUIRE_FALSE(cards.isEmpty());
    CHECK(child<QLabel>(panel, "statusTitle")->text() != QStringLiteral("Steady"));
    FlagCard *card = cards.first();
    auto *evidence = child<QLabel>(*card, "evidenceLabel");
    CHECK_FALSE(evidence->isVisible());
    QTest::mouseClick(child<QToolButton>(*card, "whyButton"), Qt::LeftButton);
    CHECK(evidence->isVisible());
    CHECK(evidence->text().contains(QStringLiteral("Seen since")));
}

TEST_CASE("a dismissed flag stays hidden, also after a restart", "[gui][status]")
{
    FixedClock clock;
    auto journal = slidingJournal(clock);
    int before = 0;
    QString dismissedId;
    {
        StatusPanel panel(*journal);
        const auto cards = panel.findChildren<FlagCard *>();
        REQUIRE_FALSE(cards.isEmpty());
        before = int(cards.size());
        dismissedId = cards.first()->flag().id;
        QTest::mouseClick(child<QPushButton>(*cards.first(), "dismissButton"), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(int(panel.findChildren<FlagCard *>().size()) == before - 1);
    }
    StatusPanel again(*journal);
    for (const FlagCard *card : again.findChildren<FlagCard *>()) {
        CHECK(card->flag().id != dismissedId);
    }
    CHECK(int(again.report().flags.size()) == before - 1);
}

TEST_CASE("in the main window the status is worked out just after the first frame, then shown", "[gui][status]")
{
    FixedClock clock;
    auto journal = slidingJournal(clock);
    MainWindow window(*journal);
    auto *title = child<QLabel>(window, "statusTitle");
    CHECK(title->text().contains(QStringLiteral("Looking"))); // nothing analysed before the window is up
    window.show();
    for (int i = 0; i < 200 && title->text().contains(QStringLiteral("Looking")); ++i) {
        QTest::qWait(10); // the first frame, then the analysis it let go first
    }
    CHECK(title->text() != QStringLiteral("Steady")); // the slide is seen
    CHECK_FALSE(window.findChildren<FlagCard *>().isEmpty());
}
