// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"
#include "io/importlimits.h"
#include "pages/checkinpage.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "widgets/segmentedscale.h"
#include "window/mainwindow.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::TempDir;
using ebb::test::writeFile;

namespace {

const QByteArray kDaylio = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                           "2026-03-10,March 10,Tuesday,21:00,super,walk | friends,,\"Long walk, \"\"finally\"\"\"\n"
                           "2026-03-10,March 10,Tuesday,08:00,bad,work,,Tired\n"
                           "2026-03-09,March 9,Monday,20:00,good,work,,\n";

QPushButton *importButton(ImportDialog &dialog)
{
    return child<QPushButton>(dialog, "importButton");
}

} // namespace

TEST_CASE("the import dialog previews, asks for unknown moods, then imports everything at once", "[gui][import]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ImportDialog dialog(*journal);
    REQUIRE(dialog.loadFile(writeFile(tmp, QStringLiteral("daylio.csv"), kDaylio)));

    // "super" is not one of Daylio's own moods: the person places it first.
    auto *moods = child<QTableWidget>(dialog, "moodTable");
    REQUIRE(moods->rowCount() == 1);
    CHECK(moods->item(0, 0)->text() == QStringLiteral("super"));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    CHECK(child<QLabel>(dialog, "summaryLabel")->text().contains(QStringLiteral("Place every mood")));

    auto *box = qobject_cast<QSpinBox *>(moods->cellWidget(0, 1));
    REQUIRE(box != nullptr);
    box->setValue(9);
    REQUIRE(dialog.plan().has_value());
    CHECK(dialog.plan()->canApply());
    CHECK(dialog.plan()->count(ImportChange::New) == 2);
    CHECK(importButton(dialog)->isEnabled());
    auto *preview = child<QTableWidget>(dialog, "previewTable");
    REQUIRE(preview->rowCount() == 2);
    CHECK(preview->item(0, 1)->text() == QStringLiteral("new day"));
    CHECK(preview->item(0, 2)->text() == QStringLiteral("6")); // mean of super 9 and bad 3
    CHECK(require(journal->checkIns({}, {})).empty());         // nothing written by the preview

    importButton(dialog)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.resultMessage().contains(QStringLiteral("Imported 2 day(s)")));
    const CheckIn day = *require(journal->checkIn(QDate(2026, 3, 10)));
    CHECK(day.mood == 6);
    CHECK(day.note == QStringLiteral("08:00\nTired\n\n21:00\nLong walk, \"finally\""));
}

TEST_CASE("the import dialog lists bad rows with their lines and will not import", "[gui][import][errors]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ImportDialog dialog(*journal);
    const QString path = writeFile(tmp, QStringLiteral("bad.csv"),
                                   "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                   "boundaries_slipped,tags,note\n"
                                   "2026-03-01,4,,,,,,,,,\n"
                                   "2026-03-02,40,,,,,,,,,\n");
    REQUIRE(dialog.loadFile(path));
    auto *problems = child<QListWidget>(dialog, "problemList");
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("Line 3: energy")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
    dialog.accept();
    CHECK(require(journal->checkIns({}, {})).empty());

    // A file that is no import at all is explained, and nothing can be imported from it.
    CHECK_FALSE(dialog.loadFile(writeFile(tmp, QStringLiteral("other.csv"), "a,b\n1,2\n")));
    CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("neither an Ebb CSV")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
}

TEST_CASE("an import over the day on screen keeps what was typed as a draft", "[gui][import]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    MainWindow window(*journal);
    CheckInPage *page = window.checkInPage();
    auto *energy = child<SegmentedScale>(*page, "energyScale");
    energy->setOptionalValue(3);
    REQUIRE(page->hasUnsavedChanges());

    const QString today = clock.today().toString(Qt::ISODate);
    ImportDialog dialog(*journal);
    REQUIRE(dialog.loadFile(writeFile(tmp, QStringLiteral("today.csv"),
                                      "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                      "boundaries_slipped,tags,note\n" +
                                          today.toUtf8() + ",8,8,,,,,,,imported,\n")));
    importButton(dialog)->click();
    // The imported day is saved; the typed energy is still on screen, offered as unsaved changes.
    CHECK(require(journal->checkIn(clock.today()))->energy == 8);
    CHECK(energy->optionalValue() == 3);
    CHECK(page->hasUnsavedChanges());
}

TEST_CASE("the import dialog refuses a file over 20 MB before reading it", "[gui][import][errors][limits]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    ImportDialog dialog(*journal);
    const QString path = tmp.path(QStringLiteral("huge.csv"));
    {
        QFile big(path);
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.write("date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                          "boundaries_slipped,tags,note\n") > 0);
        REQUIRE(big.resize(kImportMaxFileBytes + 1)); // sparse: the test writes no 20 MB
    }
    CHECK_FALSE(dialog.loadFile(path));
    CHECK(child<QLabel>(dialog, "errorLabel")->text().startsWith(QStringLiteral("Nothing was imported: the file is")));
    CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("up to 20 MB")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
}

TEST_CASE("the import dialog takes today from the journal's clock for the window of days it accepts",
          "[gui][import][errors][limits]")
{
    TempDir tmp;
    FixedClock clock;
    clock.set(QDateTime(QDate(2020, 6, 1), QTime(12, 0)));
    auto journal = ebb::test::memoryJournal(clock);
    ImportDialog dialog(*journal);
    REQUIRE(dialog.loadFile(writeFile(tmp, QStringLiteral("future.csv"),
                                      "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                      "boundaries_slipped,tags,note\n"
                                      "2021-06-01,4,,,,,,,,,\n"
                                      "2021-06-02,4,,,,,,,,,\n")));
    auto *problems = child<QListWidget>(dialog, "problemList");
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().startsWith(
        QStringLiteral("Line 3: date must be a day from 1900-01-01 to 2021-06-01")));
    CHECK_FALSE(importButton(dialog)->isEnabled());
}
