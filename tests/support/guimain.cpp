// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the GUI tests. ctest's test discovery runs this binary without the test
// environment, so it must choose the offscreen platform itself or it would find no display.
#define CATCH_CONFIG_RUNNER
#ifdef EBB_CHARTS_MODULE
#include "charts/chartpages.h"
#else
#include "charts/qtchartpages.h"
#endif

#include "crypto/sealedfile.h"

#include <QApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // No test talks to the desktop's session bus (its notification service would show reminders):
    // those that need a bus start one of their own (privatebus.h).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/ebb-tests-use-a-private-bus");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
    // Journals the tests seal are kept at Argon2id's cheapest (the shipped cost is tested through ebb-cli).
    ebb::KdfParams::setCurrent(ebb::KdfParams::minimal());
#ifdef EBB_CHARTS_MODULE
    // The module from the build, loaded as the program loads it (the tests run from elsewhere).
    ebb::useChartPages(ebb::loadChartPages(QStringLiteral(EBB_CHARTS_MODULE)));
#else
    // The chart pages are linked into these tests.
    ebb::QtChartPages chartPages;
    ebb::useChartPages(&chartPages);
#endif
    return Catch::Session().run(argc, argv);
}
