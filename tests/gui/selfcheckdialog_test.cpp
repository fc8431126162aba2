// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly burnout self-check in the app: the dialog, its score, change and delete, the trend.
#include "dialogs/selfcheckdialog.h"
#include "domain/selfcheck.h"
#include "pages/reviewpage.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "widgets/segmentedscale.h"
#include "widgets/selfcheckpanel.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace ebb;
using ebb::test::answerNextMessage;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;

namespace {

/** The answer worth `value` (100 always … 0 never) on question `item`'s scale, as a person meets it. */
struct Answer
{
    SegmentedScale *scale;
    int index;

    void click() const { QTest::mouseClick(scale, Qt::LeftButton, {}, scale->segmentRect(index).center()); }
    QString text() const { return scale->segmentText(index); }
    bool isChecked() const { return scale->optionalValue() == index; }
};

Answer answer(SelfCheckDialog &dialog, int item, int value)
{
    return {child<SegmentedScale>(dialog, QStringLiteral("question%1").arg(item)), (100 - value) / 25};
}

} // namespace

TEST_CASE("the self-check dialog scores as the person answers and saves only with three answers", "[gui][selfcheck]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    SelfCheckDialog dialog(*journal, clock.today());
    auto *save = child<QPushButton>(dialog, "saveSelfCheckButton");
    auto *score = child<QLabel>(dialog, "selfCheckScore");
    CHECK_FALSE(child<QPushButton>(dialog, "deleteSelfCheckButton")->isVisibleTo(&dialog)); // nothing to delete
    CHECK_FALSE(save->isEnabled());
    answer(dialog, 0, 100).click();
    answer(dialog, 1, 75).click();
    CHECK_FALSE(save->isEnabled()); // two answers give no score
    CHECK(score->text().contains(QStringLiteral("at least 3")));
    answer(dialog, 2, 50).click();
    CHECK(save->isEnabled());
    CHECK(score->text().contains(QStringLiteral("75 of 100")));
    // One answer per question: choosing another replaces it; choosing it again skips the question.
    CHECK(child<SegmentedScale>(dialog, "question0")->accessibleName() == selfCheckQuestion(0));
    answer(dialog, 2, 25).click();
    CHECK_FALSE(answer(dialog, 2, 50).isChecked());
    answer(dialog, 3, 0).click();
    answer(dialog, 3, 0).click();
    CHECK_FALSE(dialog.current().answers[3].has_value());
    CHECK(dialog.current().answered() == 3);
    save->click();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = require(journal->selfChecks());
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].date == clock.today());
    CHECK(stored[0].answers[0] == 100);
    CHECK(stored[0].answers[2] == 25);
    CHECK_FALSE(stored[0].answers[3].has_value());
}

TEST_CASE("a day with a check opens it to change or delete, like a check-in", "[gui][selfcheck]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    SelfCheck earlier;
    earlier.date = clock.today().addDays(-30);
    earlier.answers = {50, 50, std::nullopt, 75, 25, 50};
    require(journal->saveSelfCheck(earlier));

    SelfCheckDialog dialog(*journal, clock.today());
    CHECK(dialog.current().answered() == 0); // today has none
    dialog.dateEdit()->setDate(earlier.date);
    CHECK(dialog.current().answers == earlier.answers);
    auto *remove = child<QPushButton>(dialog, "deleteSelfCheckButton");
    REQUIRE(remove->isVisibleTo(&dialog));
    // A future day cannot be chosen.
    dialog.dateEdit()->setDate(clock.today().addDays(3));
    CHECK(dialog.dateEdit()->date() == clock.today());
    dialog.dateEdit()->setDate(earlier.date);

    QString asked;
    answerNextMessage(&dialog, QMessageBox::Cancel, &asked);
    remove->click();
    CHECK(asked.contains(QStringLiteral("Delete")));
    CHECK(require(journal->selfChecks()).size() == 1); // cancelled: kept
    answerNextMessage(&dialog, QMessageBox::Yes, &asked);
    remove->click();
    CHECK(require(journal->selfChecks()).empty());
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("the review page shows the self-check's trend in words and follows every change", "[gui][selfcheck]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ReviewPage page(*journal);
    SelfCheckPanel *panel = page.selfCheckPanel();
    REQUIRE(panel != nullptr);
    auto *text = child<QLabel>(*panel, "selfCheckText");
    auto *open = child<QPushButton>(*panel, "openSelfCheckButton");
    CHECK(text->text().contains(QStringLiteral("Once a month")));
    CHECK(open->text().contains(QStringLiteral("this month")));
    CHECK_FALSE(child<SelfCheckTrend>(*panel, "selfCheckTrend")->isVisibleTo(panel));
    auto *note = child<QLabel>(*panel, "selfCheckNote");
    CHECK_FALSE(note->text().contains(QStringLiteral("dashed"))); // no line drawn yet to point at
    CHECK(note->text().contains(QStringLiteral("50 or more")));

    SelfCheck first;
    first.date = clock.today().addDays(-35);
    first.answers = {75, 75, 75, 50, 75, 50};
    require(journal->saveSelfCheck(first));
    CHECK(text->text().contains(QStringLiteral("first check: 67 of 100")));
    CHECK(note->text().contains(QStringLiteral("the dashed line")));
    SelfCheck second;
    second.date = clock.today().addDays(-2);
    second.answers = {50, 50, 50, 25, 50, 25};
    require(journal->saveSelfCheck(second));
    CHECK(text->text().contains(QStringLiteral("42 of 100")));
    CHECK(text->text().contains(QStringLiteral("down from 67")));
    CHECK(open->text().contains(QStringLiteral("Change or delete")));
    CHECK(child<SelfCheckTrend>(*panel, "selfCheckTrend")->isVisibleTo(panel));
    CHECK(child<SelfCheckTrend>(*panel, "selfCheckTrend")->accessibleDescription().contains(QStringLiteral("42")));

    // The button opens this month's check to change it.
    QDate opened;
    QTimer::singleShot(0, panel, [&] {
        if (auto *dialog = qobject_cast<SelfCheckDialog *>(QApplication::activeModalWidget())) {
            opened = dialog->dateEdit()->date();
            dialog->reject();
        }
    });
    CHECK_FALSE(panel->openCheck());
    CHECK(opened == second.date);
}

TEST_CASE("in German the questions and answers are German, and the dialog says they are a translation",
          "[gui][selfcheck][i18n]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    {
        SelfCheckDialog english(*journal, clock.today());
        CHECK(english.findChild<QLabel *>(QStringLiteral("translatedItemsNote")) == nullptr);
        CHECK(answer(english, 0, 100).text() == QStringLiteral("Always"));
    }
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/ebb_de.qm")));
    QCoreApplication::installTranslator(&german);
    SelfCheckDialog deutsch(*journal, clock.today());
    const QString citation = selfCheckCitation();
    QCoreApplication::removeTranslator(&german);
    CHECK(deutsch.windowTitle() != QStringLiteral("Monthly burnout self-check"));
    CHECK(child<QLabel>(deutsch, "translatedItemsNote")->text().contains(QStringLiteral("Übersetzung")));
    CHECK(citation.contains(QStringLiteral("Übersetzung")));
    CHECK(answer(deutsch, 0, 100).text() == QStringLiteral("Immer"));
    CHECK(answer(deutsch, 5, 0).text() == QStringLiteral("Nie oder fast nie"));
    QStringList texts;
    for (const QLabel *label : deutsch.findChildren<QLabel *>()) {
        texts << label->text();
    }
    const QString all = texts.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Wie oft fühlst du dich müde?")));
    CHECK(all.contains(QStringLiteral("„Ich kann nicht mehr“")));
    CHECK_FALSE(all.contains(QStringLiteral("How often")));
}

TEST_CASE("answers not saved are never replaced by another day's check without asking", "[gui][selfcheck]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    SelfCheck earlier;
    earlier.date = clock.today().addDays(-30);
    earlier.answers = {0, 0, 0, 0, 0, 0};
    require(journal->saveSelfCheck(earlier));
    SelfCheckDialog dialog(*journal, clock.today());
    answer(dialog, 0, 100).click();
    answer(dialog, 1, 100).click();
    answer(dialog, 2, 75).click();
    const auto given = dialog.current().answers;

    QString asked;
    answerNextMessage(&dialog, QMessageBox::No, &asked);
    dialog.dateEdit()->setDate(earlier.date);
    CHECK(asked.contains(QStringLiteral("already has a self-check")));
    CHECK(dialog.current().answers == given); // kept: saving would replace that day's check
    CHECK(child<QPushButton>(dialog, "deleteSelfCheckButton")->isVisibleTo(&dialog));

    dialog.dateEdit()->setDate(clock.today()); // back: the answers go with it, nothing asked
    CHECK(dialog.current().answers == given);
    answerNextMessage(&dialog, QMessageBox::Yes, &asked);
    dialog.dateEdit()->setDate(earlier.date);
    CHECK(dialog.current().answers == earlier.answers);
}

TEST_CASE("self-checks that cannot be read or saved are said so, and nothing is replaced unseen",
          "[gui][selfcheck][errors]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    SECTION("the earlier checks cannot be read: no save that could replace one of them")
    {
        requireOk(ebb::test::databaseOf(*journal).exec(QStringLiteral("DROP TABLE self_checks")));
        SelfCheckDialog dialog(*journal, clock.today());
        CHECK(child<QLabel>(dialog, "selfCheckError")->isVisibleTo(&dialog));
        for (int item = 0; item < 3; ++item) {
            answer(dialog, item, 50).click();
        }
        CHECK_FALSE(child<QPushButton>(dialog, "saveSelfCheckButton")->isEnabled());
    }
    SECTION("the save fails: the dialog stays open with the answers, and says why")
    {
        SelfCheckDialog dialog(*journal, clock.today());
        for (int item = 0; item < 4; ++item) {
            answer(dialog, item, 25).click();
        }
        requireOk(ebb::test::databaseOf(*journal).exec(QStringLiteral("DROP TABLE self_checks")));
        child<QPushButton>(dialog, "saveSelfCheckButton")->click();
        CHECK(dialog.result() != QDialog::Accepted);
        auto *error = child<QLabel>(dialog, "selfCheckError");
        CHECK(error->isVisibleTo(&dialog));
        CHECK(error->text().contains(QStringLiteral("Your answers are still here.")));
        CHECK(dialog.current().answered() == 4);
    }
}

TEST_CASE("the self-check dialog holds still when the score appears", "[gui][selfcheck][size]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    SelfCheckDialog dialog(*journal, clock.today());
    dialog.show();
    QCoreApplication::processEvents();
    const auto rows = [&dialog] {
        std::vector<QRect> at;
        at.reserve(kSelfCheckItems);
        for (int item = 0; item < kSelfCheckItems; ++item) {
            at.push_back(child<SegmentedScale>(dialog, QStringLiteral("question%1").arg(item))->geometry());
        }
        return at;
    };
    const std::vector<QRect> before = rows();
    for (int item = 0; item < kSelfCheckItems; ++item) {
        answer(dialog, item, 75).click();
        QCoreApplication::processEvents();
        CHECK(rows() == before); // nothing moves under the pointer, also as the score line appears
    }
    CHECK(child<QLabel>(dialog, "selfCheckScore")->text().contains(QStringLiteral("75 of 100")));
    for (const QRect &row : before) {
        CHECK(row.height() >= child<SegmentedScale>(dialog, "question0")->minimumSizeHint().height());
    }
}
