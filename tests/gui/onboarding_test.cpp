// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/onboardingdialog.h"
#include "domain/boundary.h"
#include "settings/appsettings.h"
#include "settings/journalpath.h"
#include "startup/appsession.h"
#include "storage/backups.h"
#include "storage/demojournal.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeEdit>
#include <QTranslator>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

TEST_CASE("the first start offers boundaries to choose, your own, and a reminder time", "[gui][onboarding]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    REQUIRE(OnboardingDialog::isNeeded(*journal));

    OnboardingDialog dialog(*journal, &settings);
    auto *list = child<QListWidget>(dialog, "suggestionList");
    REQUIRE(list->count() == OnboardingDialog::suggestions().size());
    CHECK(list->item(0)->checkState() == Qt::Checked);
    list->item(1)->setCheckState(Qt::Unchecked);
    list->item(3)->setCheckState(Qt::Checked); // rest without guilt
    child<QLineEdit>(dialog, "ownEdit")->setText(QStringLiteral("  Phone off at 21:00 "));
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(21, 15));
    QSignalSpy demo(&dialog, &OnboardingDialog::demoRequested);
    dialog.start();

    QStringList texts;
    for (const Boundary &b : require(journal->boundaries())) {
        texts << b.text;
    }
    CHECK(texts == QStringList({QStringLiteral("Stopped work by 18:00"), QStringLiteral("Said no to one extra task"),
                                QStringLiteral("Rested without guilt"), QStringLiteral("Phone off at 21:00")}));
    CHECK(AppSettings(tmp.path(QStringLiteral("Ebb.conf"))).reminder() == ReminderSettings{true, QTime(21, 15)});
    CHECK_FALSE(OnboardingDialog::isNeeded(*journal));
    CHECK(demo.isEmpty());
}

TEST_CASE("starter tags are offered, not assumed: none unless ticked, then drains and restorers", "[gui][onboarding]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    {
        OnboardingDialog dialog(*journal, nullptr);
        auto *starters = child<QCheckBox>(dialog, "starterTagsCheck");
        CHECK_FALSE(starters->isChecked());
        CHECK(child<QLabel>(dialog, "starterTagsLabel")->text().contains(QStringLiteral("A walk outside")));
        dialog.start();
        CHECK(require(journal->tags()).empty());
    }
    auto other = ebb::test::memoryJournal(clock);
    OnboardingDialog dialog(*other, nullptr);
    child<QCheckBox>(dialog, "starterTagsCheck")->setChecked(true);
    dialog.start();
    const auto tags = require(other->tags());
    REQUIRE(tags.size() == OnboardingDialog::starterTags().size());
    const auto count = [&](TagKind kind) {
        return std::count_if(tags.begin(), tags.end(), [&](const Tag &t) { return t.kind == kind; });
    };
    CHECK(count(TagKind::Drained) >= 2);
    CHECK(count(TagKind::Restored) >= 2);
}

TEST_CASE("skipping the first start changes nothing and is not asked again", "[gui][onboarding]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    OnboardingDialog dialog(*journal, nullptr);
    dialog.skip();
    CHECK(require(journal->boundaries()).empty());
    CHECK_FALSE(OnboardingDialog::isNeeded(*journal));

    // A journal that already has entries (an older one, or imported) is never onboarded.
    auto used = ebb::test::memoryJournal(clock);
    require(used->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1))));
    CHECK_FALSE(OnboardingDialog::isNeeded(*used));
}

TEST_CASE("someone who keeps Ebb on another computer adds nothing here and is led to sync", "[gui][onboarding][sync]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    OnboardingDialog dialog(*journal, &settings);
    child<QTimeEdit>(dialog, "timeEdit")->setTime(QTime(19, 30));
    QSignalSpy sync(&dialog, &OnboardingDialog::syncRequested);
    child<QPushButton>(dialog, "joinButton")->click();

    CHECK(sync.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    // The boundaries ticked by default would come twice once the other computer's arrive.
    CHECK(require(journal->boundaries()).empty());
    CHECK(require(journal->tags()).empty());
    CHECK(AppSettings(tmp.path(QStringLiteral("Ebb.conf"))).reminder() == ReminderSettings{true, QTime(19, 30)});
    CHECK_FALSE(OnboardingDialog::isNeeded(*journal));
}

TEST_CASE("the demo journal is invented, the same each time, and a file of its own", "[gui][onboarding][demo]")
{
    TempDir tmp;
    FixedClock clock;
    auto first = ebb::test::memoryJournal(clock);
    requireOk(fillDemoJournal(*first, clock.today()));
    const auto days = require(first->checkIns({}, {}));
    CHECK(days.size() > 60);
    CHECK(days.size() < 84);
    CHECK(days.back().date < clock.today());
    CHECK(require(first->boundaries()).size() == 3);
    CHECK(require(first->reviewedWeeks()).size() == 1);
    // The last weeks slide: energy lower at the end than at the start.
    double early = 0;
    double late = 0;
    for (size_t i = 0; i < 10; ++i) {
        early += *days[i].energy;
        late += *days[days.size() - 1 - i].energy;
    }
    CHECK(late < early - 10);

    auto second = ebb::test::memoryJournal(clock);
    requireOk(fillDemoJournal(*second, clock.today()));
    const auto again = require(second->checkIns({}, {}));
    REQUIRE(again.size() == days.size());
    for (size_t i = 0; i < days.size(); ++i) {
        CHECK(again[i].sameContentAs(days[i]));
    }

    const QString path = tmp.path(QStringLiteral("demo.sqlite"));
    requireOk(ensureDemoJournal(path, clock));
    const qint64 size = QFileInfo(path).size();
    requireOk(ensureDemoJournal(path, clock)); // there already: left alone
    CHECK(QFileInfo(path).size() == size);
    CHECK(demoJournalPath().endsWith(QStringLiteral("/demo/demo.sqlite")));
    // Its backups go beside it, never into the real journal's backups folder.
    CHECK(Backups::directoryFor(demoJournalPath()) != Backups::directoryFor(resolveJournalPath({})));
}

TEST_CASE("on a German desktop the demo journal is German", "[gui][onboarding][demo][i18n]")
{
    FixedClock clock;
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/ebb_de.qm")));
    QCoreApplication::installTranslator(&german);
    auto journal = ebb::test::memoryJournal(clock);
    const auto filled = fillDemoJournal(*journal, clock.today());
    QCoreApplication::removeTranslator(&german);
    requireOk(filled);
    QStringList words;
    for (const Boundary &b : require(journal->boundaries())) {
        words << b.text;
    }
    for (const Tag &t : require(journal->tags())) {
        words << t.name;
    }
    for (const CheckIn &c : require(journal->checkIns({}, {}))) {
        words << c.note;
    }
    const QString all = words.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("Spaziergang draußen")));
    CHECK(all.contains(QStringLiteral("Um 18:00 Feierabend gemacht")));
    for (const char *english : {"meetings", "walk outside", "Stopped work", "lunch"}) {
        CHECK_FALSE(all.contains(QLatin1String(english), Qt::CaseInsensitive));
    }
}
