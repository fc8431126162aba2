// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "waitfor.h"

#include <QElapsedTimer>
#include <QTimer>

#include <catch2/catch.hpp>

using ebb::test::staysTrue;
using ebb::test::waitUntil;

TEST_CASE("a wait for something that never comes true fails once its time is up", "[support][wait]")
{
    QElapsedTimer clock;
    clock.start();
    int asked = 0;
    CHECK_FALSE(waitUntil(
        [&] {
            ++asked;
            return false;
        },
        100));
    CHECK(clock.elapsed() >= 100); // it waited the whole time
    CHECK(clock.elapsed() < 2000); // and then gave up
    CHECK(asked > 1);              // asking again and again, not once
}

// Catch2 counts this test as passed only when the REQUIRE in it fails: what a former QTRY site
// now does when its condition never comes true.
TEST_CASE("a REQUIRE on a wait that never comes true fails the test", "[support][wait][!shouldfail]")
{
    REQUIRE(waitUntil([] { return false; }, 100));
}

TEST_CASE("a wait succeeds when the event loop makes its condition come true", "[support][wait]")
{
    bool flipped = false;
    const QObject context; // ends the timer with the test, so it never writes a flag that is gone
    QTimer::singleShot(50, &context, [&] { flipped = true; }); // runs only if the wait turns the event loop
    QElapsedTimer clock;
    clock.start();
    CHECK(waitUntil([&] { return flipped; }, 3000));
    CHECK(clock.elapsed() >= 40);
    CHECK(clock.elapsed() < 2000); // seen soon after, not at the timeout
}

TEST_CASE("a wait for something already true returns at once", "[support][wait]")
{
    QElapsedTimer clock;
    clock.start();
    CHECK(waitUntil([] { return true; }, 3000));
    CHECK(clock.elapsed() < 100);
}

TEST_CASE("a check that something stays true waits its whole time, and stops when it turns false", "[support][wait]")
{
    QElapsedTimer clock;
    clock.start();
    CHECK(staysTrue([] { return true; }, 100));
    CHECK(clock.elapsed() >= 100); // the whole time

    bool flipped = false;
    const QObject context;
    QTimer::singleShot(30, &context, [&] { flipped = true; }); // the event loop turns, and it happens
    clock.restart();
    CHECK_FALSE(staysTrue([&] { return !flipped; }, 3000));
    CHECK(clock.elapsed() < 2000); // seen when it happened, not at the end

    CHECK_FALSE(staysTrue([] { return false; }, 3000)); // false from the start
}
