// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the core tests, inside a QCoreApplication (QProcess and QStandardPaths want one).
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Storage warnings are expected in the error-path tests; keep the output readable.
    QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
    return Catch::Session().run(argc, argv);
}
