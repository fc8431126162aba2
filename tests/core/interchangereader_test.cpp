// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/tag.h"
#include "io/csvreader.h"
#include "io/interchangecsv.h"
#include "io/interchangereader.h"
#include "testsupport.h"

using namespace ebb;
using ebb::test::fixedToday;
using ebb::test::require;
using ebb::test::sampleCheckIn;

namespace {

const QString kHeader = QStringLiteral(
    "date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note\r\n");

QString errorOf(const QString &csv)
{
    auto r = readInterchangeCsv(csv, fixedToday());
    REQUIRE_FALSE(r.ok());
    return r.errorString();
}

} // namespace

TEST_CASE("CSV records keep quoted commas, quotes and line breaks, and know their line", "[csv][reader]")
{
    const auto records = require(parseCsv(QStringLiteral("\xFEFF"
                                                         "a,\"b, c\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\n\nlast,")));
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b, c")});
    CHECK(records[1].fields == QStringList{QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")});
    CHECK(records[2].line == 5);
    CHECK(records[2].fields == QStringList{QStringLiteral("last"), QString()});
}

TEST_CASE("broken CSV quoting is an error naming the line", "[csv][reader][errors]")
{
    CHECK(parseCsv(QStringLiteral("a,b\nc\"d,e\n")).errorString().startsWith(QStringLiteral("Line 2:")));
    CHECK(parseCsv(QStringLiteral("a,b\n\"open,e\n")).errorString().contains(QStringLiteral("never closed")));
    CHECK(parseCsv(QStringLiteral("\"a\"b\n")).errorString().contains(QStringLiteral("after the closing quote")));
}

TEST_CASE("what Ebb exports, Ebb reads back the same", "[csv][reader]")
{
    CheckIn c = sampleCheckIn(QDate(2026, 3, 14));
    c.note = QStringLiteral("Tired, \"okay\"\nsecond line");
    c.tagIds = {1};
    c.boundaries = {{1, BoundaryStatus::Held}, {2, BoundaryStatus::Slipped}};
    CheckIn sparse;
    sparse.date = QDate(2026, 3, 15);
    const QString csv = interchangeCsv({c, sparse}, {{1, QStringLiteral("walk"), TagKind::Restored, {}}});
    const auto rows = require(readInterchangeCsv(csv, fixedToday()));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].line == 2);
    CHECK(rows[0].checkIn.energy == c.energy);
    CHECK(rows[0].checkIn.sleepMinutes == c.sleepMinutes);
    CHECK(rows[0].checkIn.note == c.note);
    CHECK(rows[0].held == 1);
    CHECK(rows[0].slipped == 1);
    CHECK(rows[0].tags == QStringList{QStringLiteral("walk")});
    CHECK(rows[1].line == 4); // the note's line break moves the next row down
    CHECK(rows[1].checkIn.energy == std::nullopt);
    CHECK(rows[1].held == std::nullopt);
}

TEST_CASE("each bad interchange row is refused with its line and the reason", "[csv][reader][errors]")
{
    CHECK(errorOf(QStringLiteral("date,energy\n")).contains(QStringLiteral("header must be exactly")));
    CHECK(errorOf(QString()).contains(QStringLiteral("header")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,11,,,,,,,,,\r\n")) ==
          QStringLiteral("Line 2: energy must be a whole number from 0 to 10 (it was \"11\")."));
    CHECK(errorOf(kHeader + QStringLiteral("2026-02-30,5,,,,,,,,,\r\n")).contains(QStringLiteral("real day")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,seven,,,,,\r\n")).contains(QStringLiteral("sleep_hours")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,6,,,,\r\n")).contains(QStringLiteral("sleep_quality")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,,-1,,,\r\n")).contains(QStringLiteral("boundaries_held")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5\r\n")).contains(QStringLiteral("expected 11 fields")));
    CHECK(errorOf(kHeader +
                  QStringLiteral("2026-03-14,5,,,,,,,,,\r\n2026-03-15,5,,,,,,,,,\r\n2026-03-14,6,,,,,,,,,\r\n")) ==
          QStringLiteral("Line 4: 2026-03-14 appears twice; a day has at most one check-in."));
}

TEST_CASE("sleep hours from a CSV are read in quarter hours", "[csv][reader]")
{
    const auto rows =
        require(readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,,,,,7.3,,,,,\r\n"), fixedToday()));
    CHECK(rows[0].checkIn.sleepMinutes == 435);
}

TEST_CASE("the quote Ebb puts before a formula-like note or tag is taken off again on import",
          "[csv][reader][security]")
{
    const auto rows = require(
        readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,,,,,,,,,'@home;walk,\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                                                    "2026-03-15,,,,,,,,,,''-2\r\n"
                                                    "2026-03-16,,,,,,,,,,'tis the season\r\n"),
                           fixedToday()));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].tags == QStringList{QStringLiteral("@home"), QStringLiteral("walk")});
    CHECK(rows[0].checkIn.note == QStringLiteral("=HYPERLINK(\"x\")"));
    CHECK(rows[1].checkIn.note == QStringLiteral("'-2"));
    CHECK(rows[2].checkIn.note == QStringLiteral("'tis the season")); // a quote Ebb did not add stays
}

TEST_CASE("sleep hours that are not a finite number from 0 to 24 are refused with the line", "[csv][reader][errors]")
{
    for (const char *bad : {"nan", "NaN", "inf", "-inf", "infinity", "1e400", "-0.25", "24.25"}) {
        INFO(bad);
        CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,,,,,%1,,,,,\r\n").arg(QString::fromLatin1(bad))) ==
              QStringLiteral("Line 2: sleep_hours must be a number of hours from 0 to 24, like 7.5 (it was \"%1\").")
                  .arg(QString::fromLatin1(bad)));
    }
    const auto rows = require(readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,,,,,0,,,,,\r\n"
                                                                          "2026-03-15,,,,,24,,,,,\r\n"),
                                                 fixedToday()));
    CHECK(rows[0].checkIn.sleepMinutes == 0);
    CHECK(rows[1].checkIn.sleepMinutes == 24 * 60);
}

TEST_CASE("a NUL or another invisible control character in any cell is refused, naming the line and the cell",
          "[csv][reader][errors][security]")
{
    const QString nulNote =
        kHeader + QStringLiteral("2026-03-14,5,,,,,,,,,before") + QChar(0) + QStringLiteral("after\r\n");
    CHECK(errorOf(nulNote) == QStringLiteral("Line 2: the note cell holds an invisible control character (U+0000), "
                                             "the NUL character, at position 7. Remove it and try again."));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,,\"one\nline\",\r\n") + QStringLiteral("x") +
                  QChar(0x1B) + QStringLiteral(",,,,,,,,,,\r\n"))
              .startsWith(QStringLiteral("Line 2:")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5") + QChar(0) + QStringLiteral(",,,,,,,,,\r\n"))
              .contains(QStringLiteral("the energy cell holds an invisible control character (U+0000)")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,,a") + QChar(0x7F) + QStringLiteral("\r\n"))
              .contains(QStringLiteral("(U+007F)")));
    // Tabs, line breaks and carriage returns are text a person writes: they stay.
    const auto rows =
        require(readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,,\"a\tb\r\nc\"\r\n"), fixedToday()));
    CHECK(rows[0].checkIn.note == QStringLiteral("a\tb\r\nc"));
}

TEST_CASE("a tag of 60 characters is read; one of 61 is refused and quoted short", "[csv][reader][errors][limits]")
{
    const QString longest(kTagMaxLength, QLatin1Char('t'));
    CHECK(require(
              readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,%1,\r\n").arg(longest), fixedToday()))[0]
              .tags == QStringList{longest});
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,%1,\r\n").arg(longest + QLatin1Char('t'))) ==
          QStringLiteral("Line 2: the tag \"tttttttttttttttttttttttttttttttttttttttt…\" (61 characters) is longer "
                         "than 60 characters."));
    const QString huge = errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,%1,\r\n").arg(QString(100000, 'x')));
    CHECK(huge.size() < 160);
    CHECK(huge.contains(QStringLiteral("…\" (100000 characters)")));
}

TEST_CASE("a note of 100,000 characters is read; a longer one is refused without echoing it",
          "[csv][reader][errors][limits]")
{
    const QString longest(kNoteMaxLength, QLatin1Char('n'));
    CHECK(require(
              readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,,%1\r\n").arg(longest), fixedToday()))[0]
              .checkIn.note.size() == kNoteMaxLength);
    const QString tooLong =
        errorOf(kHeader + QStringLiteral("2026-03-14,5,,,,,,,,,%1\r\n").arg(longest + QLatin1Char('n')));
    CHECK(tooLong == QStringLiteral("Line 2: the note is 100001 characters long; Ebb keeps notes of up to 100000 "
                                    "characters. Shorten it or split it over other days, and try again."));
}

TEST_CASE("boundary counts are at most 20 a day, held and slipped together", "[csv][reader][errors][limits]")
{
    const auto rows = require(readInterchangeCsv(kHeader + QStringLiteral("2026-03-14,,,,,,,20,0,,\r\n"
                                                                          "2026-03-15,,,,,,,0,20,,\r\n"
                                                                          "2026-03-16,,,,,,,12,8,,\r\n"),
                                                 fixedToday()));
    CHECK(rows[0].held == 20);
    CHECK(rows[2].slipped == 8);
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,,,,,,,21,,,\r\n")) ==
          QStringLiteral("Line 2: boundaries_held must be a whole number from 0 to 20 (it was \"21\")."));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,,,,,,,1000,1000,,\r\n")).startsWith(QStringLiteral("Line 2:")));
    CHECK(errorOf(kHeader + QStringLiteral("2026-03-14,,,,,,,12,9,,\r\n")) ==
          QStringLiteral("Line 2: boundaries_held and boundaries_slipped together must be at most 20, the most "
                         "boundaries Ebb counts on one day (they were 12 and 9)."));
}

TEST_CASE("days from 1900-01-01 to a year after today are read; others are refused with the window",
          "[csv][reader][errors][limits]")
{
    const QDate today(2026, 3, 14);
    const auto rows = require(readInterchangeCsv(kHeader + QStringLiteral("1900-01-01,5,,,,,,,,,\r\n"
                                                                          "2027-03-14,5,,,,,,,,,\r\n"),
                                                 today));
    CHECK(rows.size() == 2);
    for (const char *bad : {"0001-01-01", "1899-12-31", "2027-03-15", "9999-12-31"}) {
        INFO(bad);
        auto read =
            readInterchangeCsv(kHeader + QStringLiteral("%1,5,,,,,,,,,\r\n").arg(QString::fromLatin1(bad)), today);
        REQUIRE_FALSE(read.ok());
        CHECK(read.errorString() ==
              QStringLiteral("Line 2: date must be a day from 1900-01-01 to 2027-03-14, a year after today "
                             "(it was \"%1\").")
                  .arg(QString::fromLatin1(bad)));
    }
}
