// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/sleeptime.h"

#include <catch2/catch.hpp>

using namespace ebb;

TEST_CASE("a night's sleep is read the ways people write it", "[sleep]")
{
    const auto minutes = [](const char *typed) {
        return parseSleepTime(QString::fromUtf8(typed));
    };
    CHECK(minutes("6:30") == 390);
    CHECK(minutes("6h30") == 390);
    CHECK(minutes("6 h 30 min") == 390);
    CHECK(minutes("6 Std. 30 Min.") == 390);
    CHECK(minutes("6,5") == 390);
    CHECK(minutes("6.5") == 390);
    CHECK(minutes(" 7 ") == 420);
    CHECK(minutes("7h") == 420);
    CHECK(minutes("7.5 h") == 450);
    CHECK(minutes("0:45") == 45);
    CHECK(minutes("45 min") == 45);
    CHECK(minutes("7:05") == 420); // the journal keeps quarter hours
    CHECK(minutes("7:10") == 435);
    CHECK(minutes("7.3") == 435);
    CHECK(minutes("26") == 26 * 60); // read; the form refuses it, saying why
}

TEST_CASE("what is not a duration is not guessed at", "[sleep][errors]")
{
    for (const char *typed : {"630", "6:75", "seven", "", "6:30:00", "-1", "6..5", "h", "6,5,5"}) {
        INFO(typed);
        CHECK_FALSE(parseSleepTime(QString::fromUtf8(typed)).has_value());
    }
}

TEST_CASE("sleep is shown in hours and minutes, never as a decimal", "[sleep]")
{
    CHECK(sleepTimeText(405) == QStringLiteral("6 h 45 min"));
    CHECK(sleepTimeText(420) == QStringLiteral("7 h"));
    CHECK(sleepTimeText(45) == QStringLiteral("45 min"));
    for (int m = 0; m <= 24 * 60; m += 15) {
        CHECK(parseSleepTime(sleepTimeText(m)) == m); // what is shown reads back as itself
    }
}
