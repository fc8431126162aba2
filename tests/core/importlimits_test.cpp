// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importlimits.h"

#include <catch2/catch.hpp>

using namespace ebb;

TEST_CASE("a value quoted in a message keeps 40 characters at most and says how long it was", "[import][limits]")
{
    const QString forty(40, QLatin1Char('a'));
    CHECK(quotedForMessage(forty) == QLatin1Char('"') + forty + QLatin1Char('"'));
    CHECK(quotedForMessage(forty + QLatin1Char('b')) ==
          QLatin1Char('"') + forty + QStringLiteral("…\" (41 characters)"));
    CHECK(quotedForMessage(QString()) == QStringLiteral("\"\""));
}

TEST_CASE("a value quoted in a message stays on one line and never cuts a character in two", "[import][limits]")
{
    CHECK(quotedForMessage(QStringLiteral("5\n6\t7")) == QStringLiteral("\"5 6 7\""));
    CHECK(quotedForMessage(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) == QStringLiteral("\"a\uFFFDb\""));
    // 39 letters, then an emoji (two UTF-16 units) across the 40th position: it is left out whole.
    const QString emoji = QString(39, QLatin1Char('a')) + QStringLiteral("📚") + QStringLiteral("zz");
    CHECK(quotedForMessage(emoji) ==
          QLatin1Char('"') + QString(39, QLatin1Char('a')) + QStringLiteral("…\" (43 characters)"));
}
