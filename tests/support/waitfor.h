// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QTest>

#include <algorithm>

namespace ebb::test {

/**
 * Runs the event loop in short steps until `done()` is true or `timeoutMs` have passed, and says
 * which. The caller asserts the answer: REQUIRE(waitUntil([&] { return …; }, 3000)).
 *
 * Not QTRY_VERIFY: QTest's macros report to a QTest result that Catch2 never reads and `return`
 * from the test, so under Catch2 a wait that never came true passed silently and skipped every
 * check after it. scripts/test refuses QTest assertion macros in tests/.
 */
template <typename Predicate>
[[nodiscard]] bool waitUntil(Predicate &&done, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired()) {
            return false;
        }
        // Small steps, so a condition that comes true is seen within 10 ms.
        QTest::qWait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 10)));
    }
    return true;
}

/**
 * For what must not happen: runs the event loop in short steps for `forMs`, and says whether
 * `holds()` stayed true all along; it stops at the first moment it is false, so a failure shows
 * at once. CHECK(staysTrue([&] { return !window.isVisible(); }, 100)) instead of a bare qWait.
 */
template <typename Predicate>
[[nodiscard]] bool staysTrue(Predicate &&holds, int forMs)
{
    const QDeadlineTimer deadline(forMs);
    while (holds()) {
        if (deadline.hasExpired()) {
            return true;
        }
        QTest::qWait(int(std::clamp<qint64>(deadline.remainingTime(), 1, 10)));
    }
    return false;
}

} // namespace ebb::test
