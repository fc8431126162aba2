// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace ebb::test {

Run runCli(const QStringList &args)
{
    return runCli(args, {});
}

namespace {

Run runProgram(const QString &program, const QStringList &args, const QStringList &environment,
               const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EBB_DATABASE"));
    for (const QString &name : {QStringLiteral("EBB_PASSPHRASE"), QStringLiteral("EBB_NEW_PASSPHRASE")}) {
        env.remove(name);
    }
    env.insert(QStringLiteral("EBB_TEST_KDF"), QStringLiteral("minimal"));
    for (const QString &pair : environment) {
        env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    }
    env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-ebb-home")); // never the real journal
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!input.isEmpty()) {
        REQUIRE(process.waitForStarted(10000));
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

Run runCli(const QStringList &args, const QStringList &environment)
{
    return runProgram(QStringLiteral(EBB_CLI_PATH), args, environment);
}

Run runCliWithInput(const QStringList &args, const QStringList &environment, const QByteArray &input)
{
    return runProgram(QStringLiteral(EBB_CLI_PATH), args, environment, input);
}

Run runShippedCli(const QStringList &args, const QStringList &environment)
{
    return runProgram(QStringLiteral(EBB_SHIPPED_CLI_PATH), args, environment);
}

} // namespace ebb::test
