// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace ebb::test {

/** What a run of the real ebb-cli printed and returned. */
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs ebb-cli with `args`, never against the real journal (HOME and EBB_DATABASE are cleared). */
Run runCli(const QStringList &args);
/** The same with extra environment variables (e.g. EBB_PASSPHRASE). */
Run runCli(const QStringList &args, const QStringList &environment);
/**
 * runCli runs ebb-cli-test, the test build with EBB_TEST_KDF; this runs the ebb-cli that is
 * shipped, the same way (EBB_TEST_KDF=minimal is set for it too: it must have no effect).
 */
Run runShippedCli(const QStringList &args, const QStringList &environment);
/** runCli with `input` written to its standard input (then closed). */
Run runCliWithInput(const QStringList &args, const QStringList &environment, const QByteArray &input);

} // namespace ebb::test
