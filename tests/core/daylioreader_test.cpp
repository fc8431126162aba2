// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/daylioreader.h"
#include "io/importfile.h"
#include "testsupport.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::fixedToday;
using ebb::test::require;

namespace {

QString testData(const QString &name)
{
    QFile f(QStringLiteral(EBB_TEST_DATA "/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return require(decodeImportText(f.readAll()));
}

const ImportedDay &dayOf(const ImportFile &file, QDate date)
{
    const auto it =
        std::find_if(file.days.begin(), file.days.end(), [&](const ImportedDay &d) { return d.checkIn.date == date; });
    REQUIRE(it != file.days.end());
    return *it;
}

} // namespace

TEST_CASE("Daylio's current export: several entries a day become one check-in with every note", "[import][daylio]")
{
    const QString text = testData(QStringLiteral("daylio-with-title.csv"));
    REQUIRE(require(detectImportFormat(text)) == ImportFormat::Daylio);
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    CHECK(file.problems.empty());
    CHECK(file.unknownMoods.isEmpty());
    CHECK(file.entries == 4);
    REQUIRE(file.days.size() == 3);

    const ImportedDay &sunday = dayOf(file, QDate(2024, 3, 3));
    // rad 9 and meh 5: the day's mood is their mean.
    CHECK(sunday.checkIn.mood == 7);
    CHECK(sunday.tags == QStringList({QStringLiteral("work"), QStringLiteral("family"), QStringLiteral("walk"),
                                      QStringLiteral("reading")}));
    // In the order of the day (12:10 pm before 9:40 pm), with quotes, commas, newlines, emoji and
    // HTML line breaks kept as text.
    CHECK(sunday.checkIn.note == QStringLiteral("12:10 pm\nToo many emails,\nagain.\n\n"
                                                "9:40 pm · Good day\nWalked by the river with Sam, then read "
                                                "\"Rest\" 📚\nFelt \nlight."));
    CHECK(sunday.line == 2);

    const ImportedDay &saturday = dayOf(file, QDate(2024, 3, 2));
    CHECK(saturday.checkIn.mood == 1);
    CHECK(saturday.checkIn.note == QStringLiteral("Rough")); // a title alone is kept
    CHECK(saturday.tags == QStringList({QStringLiteral("work"), QStringLiteral("no sleep")}));
    const ImportedDay &friday = dayOf(file, QDate(2024, 3, 1));
    CHECK(friday.checkIn.mood == 7);
    CHECK(friday.checkIn.note.isEmpty());
    CHECK(friday.tags.isEmpty());
    // Only the mood is recorded: energy and the rest stay "not recorded".
    CHECK_FALSE(friday.checkIn.energy.has_value());
    CHECK_FALSE(friday.checkIn.sleepMinutes.has_value());
}

TEST_CASE("Daylio's older export without note_title is read", "[import][daylio]")
{
    const QString text = testData(QStringLiteral("daylio-old.csv"));
    REQUIRE(require(detectImportFormat(text)) == ImportFormat::Daylio);
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    REQUIRE(file.days.size() == 2);
    CHECK(dayOf(file, QDate(2023, 11, 20)).checkIn.mood == 3);
    CHECK(dayOf(file, QDate(2023, 11, 20)).checkIn.note == QStringLiteral("Said \"yes\" when I meant no"));
    CHECK(dayOf(file, QDate(2023, 11, 19)).checkIn.mood == 7);
}

TEST_CASE("a tab-separated Daylio export with scales and translated moods needs a mood map", "[import][daylio]")
{
    const QString text = testData(QStringLiteral("daylio-scales.tsv"));
    REQUIRE(require(detectImportFormat(text)) == ImportFormat::Daylio);
    const ImportFile unplaced = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    CHECK(unplaced.unknownMoods == QStringList({QStringLiteral("müde"), QStringLiteral("super")}));
    CHECK_FALSE(unplaced.canApply());
    CHECK(unplaced.days.empty());

    const MoodMap map = require(parseMoodMap(QStringLiteral("SUPER=9, müde = 4")));
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday(), map));
    CHECK(file.canApply());
    REQUIRE(file.days.size() == 2);
    CHECK(dayOf(file, QDate(2025, 1, 6)).checkIn.mood == 9);
    CHECK(dayOf(file, QDate(2025, 1, 6)).checkIn.note == QStringLiteral("Endlich ausgeruht ✨"));
    CHECK(dayOf(file, QDate(2025, 1, 5)).checkIn.mood == 4);
    CHECK(dayOf(file, QDate(2025, 1, 5)).checkIn.note == QStringLiteral("Abend\nRuhig,\nfrüh ins Bett"));
    CHECK(dayOf(file, QDate(2025, 1, 6)).tags == QStringList({QStringLiteral("Sport"), QStringLiteral("Lesen")}));
}

TEST_CASE("a mood map can also move a default mood", "[import][daylio]")
{
    const QString text = testData(QStringLiteral("daylio-old.csv"));
    const ImportFile file =
        require(readImportFile(text, ImportFormat::Daylio, fixedToday(), {{QStringLiteral("bad"), 2}}));
    CHECK(dayOf(file, QDate(2023, 11, 20)).checkIn.mood == 2);
}

TEST_CASE("a bad mood map is refused with the entry that is wrong", "[import][daylio][errors]")
{
    for (const char *bad : {"super", "super=11", "=5", "ok=five", "ok=-1"}) {
        auto map = parseMoodMap(QString::fromUtf8(bad));
        INFO(bad);
        REQUIRE_FALSE(map.ok());
        CHECK(map.errorString().contains(QStringLiteral("name=value")));
    }
    CHECK(require(parseMoodMap(QStringLiteral("a=0,b=10"))).value(QStringLiteral("b")) == 10);
}

TEST_CASE("bad Daylio rows are each reported with their line, the good ones still read", "[import][daylio][errors]")
{
    const QString text = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                        "2024-02-30,Feb 30,?,10:00,good,,\n"
                                        "2024-03-01,March 1,Friday,10:00,,walk,\n"
                                        "2024-03-02,March 2,Saturday,10:00,good,a;b,\n"
                                        "2024-03-03,March 3,Sunday,10:00,good\n"
                                        "2024-03-04,March 4,Monday,10:00,good,walk,\"fine\"\n");
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    REQUIRE(file.problems.size() == 4);
    CHECK(file.problems[0].line == 2);
    CHECK(file.problems[0].message.contains(QStringLiteral("2024-02-30")));
    CHECK(file.problems[1].line == 3);
    CHECK(file.problems[1].message.contains(QStringLiteral("mood is empty")));
    CHECK(file.problems[2].line == 4);
    CHECK(file.problems[2].message.contains(QStringLiteral("';'")));
    CHECK(file.problems[3].line == 5);
    CHECK(file.problems[3].message.contains(QStringLiteral("fields")));
    CHECK(file.days.size() == 1);
    CHECK_FALSE(file.canApply());
}

TEST_CASE("a file that is neither format, or not UTF-8, or broken CSV, is refused whole", "[import][errors]")
{
    auto unknown = detectImportFormat(QStringLiteral("day,feeling\n2024-01-01,ok\n"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorString().contains(QStringLiteral("neither an Ebb CSV")));

    auto latin1 = decodeImportText(QByteArray("full_date,mood\n2024-01-01,m\xfc"
                                              "de\n"));
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.errorString().contains(QStringLiteral("UTF-8")));

    auto broken = readImportFile(QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                                "2024-03-04,March 4,Monday,10:00,good,walk,\"never closed\n"),
                                 ImportFormat::Daylio, fixedToday());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.errorString().startsWith(QStringLiteral("Line 2:")));

    auto wrongHeader = readImportFile(QStringLiteral("date,mood\n"), ImportFormat::Daylio, fixedToday());
    REQUIRE_FALSE(wrongHeader.ok());
    CHECK(wrongHeader.errorString().contains(QStringLiteral("not a Daylio export")));
    auto notEbb = readImportFile(QStringLiteral("date,mood\n"), ImportFormat::Ebb, fixedToday());
    REQUIRE_FALSE(notEbb.ok());
    CHECK(notEbb.errorString().contains(QStringLiteral("header must be exactly")));
}

TEST_CASE("the import format names", "[import][errors]")
{
    CHECK(require(importFormatFromName(QStringLiteral("daylio"))) == ImportFormat::Daylio);
    CHECK(require(importFormatFromName(QStringLiteral("ebb"))) == ImportFormat::Ebb);
    CHECK_FALSE(importFormatFromName(QStringLiteral("csv")).ok());
    CHECK(importFormatName(ImportFormat::Daylio) == QStringLiteral("daylio"));
}

TEST_CASE("activity names are tidied as tag names are, so a re-import finds its tags", "[import][daylio]")
{
    const QString text = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                        "2023-11-20,November 20,Monday,22:15,bad,wor|k  coffee | K COFFEE,\n");
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    REQUIRE(file.days.size() == 1);
    CHECK(file.days[0].tags == QStringList({QStringLiteral("wor"), QStringLiteral("k coffee")}));
}

TEST_CASE("a tag name with a control character is a row problem, not a database error", "[import][errors]")
{
    const QString daylio = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                          "2023-11-20,x,x,22:15,bad,a") +
                           QChar(0) + QStringLiteral("b,\n");
    const ImportFile d = require(readImportFile(daylio, ImportFormat::Daylio, fixedToday()));
    REQUIRE(d.problems.size() == 1);
    CHECK(d.problems[0].message.contains(QStringLiteral("control character (U+0000)")));
    const QString ebbCsv = QStringLiteral("date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                                          "boundaries_slipped,tags,note\n2026-03-01,5,,,,,,,,walk;x") +
                           QChar(7) + QStringLiteral(",\n");
    const ImportFile e = require(readImportFile(ebbCsv, ImportFormat::Ebb, fixedToday()));
    REQUIRE(e.problems.size() == 1);
    CHECK(e.problems[0].line == 2);
    CHECK(e.problems[0].message.contains(QStringLiteral("U+0007")));
}

TEST_CASE("a Daylio time that is not a time of day is refused with its line", "[import][daylio][errors]")
{
    const QString text = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                        "2024-03-01,March 1,Friday,99:99,good,,\n"
                                        "2024-03-02,March 2,Saturday,23:59,good,,\n"
                                        "2024-03-03,March 3,Sunday,8:15 pm,good,,\n"
                                        "2024-03-04,March 4,Monday,,good,,\n"
                                        "2024-03-05,March 5,Tuesday,24:00,good,,\n");
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    REQUIRE(file.problems.size() == 2);
    CHECK(file.problems[0].line == 2);
    CHECK(file.problems[0].message ==
          QStringLiteral("time must be a time of day like 20:15 or 8:15 pm (it was \"99:99\")."));
    CHECK(file.problems[1].line == 6);
    CHECK(file.days.size() == 3);
}

TEST_CASE("a NUL in a Daylio note or title is refused with its line", "[import][daylio][errors][security]")
{
    const QString text = QStringLiteral("full_date,date,weekday,time,mood,activities,note_title,note\n"
                                        "2024-03-01,March 1,Friday,10:00,good,,,\"fine\n") +
                         QChar(0) + QStringLiteral("\"\n") +
                         QStringLiteral("2024-03-02,March 2,Saturday,10:00,good,,ti") + QChar(0) +
                         QStringLiteral("tle,\n2024-03-03,March 3,Sunday,10:00,good,,,\"tab\there\"\n");
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, fixedToday()));
    REQUIRE(file.problems.size() == 2);
    CHECK(file.problems[0].line == 2);
    CHECK(file.problems[0].message == QStringLiteral("the note cell holds an invisible control character (U+0000), "
                                                     "the NUL character, at position 6. Remove it and try again."));
    CHECK(file.problems[1].line == 4);
    CHECK(file.problems[1].message.contains(QStringLiteral("the note_title cell")));
    REQUIRE(file.days.size() == 1);
    CHECK(file.days[0].checkIn.note == QStringLiteral("tab\there"));
}

TEST_CASE("a Daylio note of 100,000 characters is read; a longer one, or a longer day, is refused",
          "[import][daylio][errors][limits]")
{
    const QString header = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n");
    const QString longest(kNoteMaxLength, QLatin1Char('n'));
    const ImportFile fits = require(readImportFile(
        header + QStringLiteral("2024-03-01,x,x,10:00,good,,%1\n").arg(longest), ImportFormat::Daylio, fixedToday()));
    CHECK(fits.problems.empty());
    REQUIRE(fits.days.size() == 1);
    CHECK(fits.days[0].checkIn.note.size() == kNoteMaxLength);

    const ImportFile tooLong = require(
        readImportFile(header + QStringLiteral("2024-03-01,x,x,10:00,good,,%1\n").arg(longest + QLatin1Char('n')),
                       ImportFormat::Daylio, fixedToday()));
    REQUIRE(tooLong.problems.size() == 1);
    CHECK(tooLong.problems[0].message ==
          QStringLiteral("the note is 100001 characters long; Ebb keeps notes of up to 100000 characters. "
                         "Shorten it or split it over other days, and try again."));

    // Two entries that fit alone make a day's note (both, labelled with their times) that does not.
    const QString half(kNoteMaxLength / 2, QLatin1Char('h'));
    const ImportFile day = require(readImportFile(header + QStringLiteral("2024-03-01,x,x,10:00,good,,%1\n"
                                                                          "2024-03-01,x,x,11:00,good,,%1\n")
                                                               .arg(half),
                                                  ImportFormat::Daylio, fixedToday()));
    REQUIRE(day.problems.size() == 1);
    CHECK(day.problems[0].line == 2);
    CHECK(day.problems[0].message.startsWith(QStringLiteral("the notes of 2024-03-01 together are 100")));
    CHECK_FALSE(day.canApply());
}

TEST_CASE("Daylio days from 1900-01-01 to a year after today are read; others are refused with the window",
          "[import][daylio][errors][limits]")
{
    const QString text = QStringLiteral("full_date,date,weekday,time,mood,activities,note\n"
                                        "1900-01-01,x,x,10:00,good,,\n"
                                        "2027-03-14,x,x,10:00,good,,\n"
                                        "1899-12-31,x,x,10:00,good,,\n"
                                        "2027-03-15,x,x,10:00,good,,\n");
    const ImportFile file = require(readImportFile(text, ImportFormat::Daylio, QDate(2026, 3, 14)));
    CHECK(file.days.size() == 2);
    REQUIRE(file.problems.size() == 2);
    CHECK(file.problems[0].line == 4);
    CHECK(file.problems[0].message == QStringLiteral("full_date must be a day from 1900-01-01 to 2027-03-14, a year "
                                                     "after today (it was \"1899-12-31\")."));
    CHECK(file.problems[1].line == 5);
}
