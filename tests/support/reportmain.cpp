// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the report tests: a QGuiApplication (painting needs one, widgets do not),
// on the offscreen platform unless told otherwise — also when ctest's discovery runs it bare.
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
    return Catch::Session().run(argc, argv);
}
