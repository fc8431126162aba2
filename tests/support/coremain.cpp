// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the core tests, inside a QCoreApplication (QProcess and QStandardPaths want one).
#define CATCH_CONFIG_RUNNER
#include "crypto/sealedfile.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Storage warnings are expected in the error-path tests; keep the output readable.
    QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
    // Journals the tests seal are kept at Argon2id's cheapest (the shipped cost is tested through ebb-cli).
    ebb::KdfParams::setCurrent(ebb::KdfParams::minimal());
    return Catch::Session().run(argc, argv);
}
