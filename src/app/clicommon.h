// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every ebb-cli command shares: its streams, exit codes and argument handling.
#pragma once

#include "result.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

namespace ebb::cli {

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

QTextStream &out();
QTextStream &err();
/** Prints "ebb-cli: MESSAGE" as one line on stderr; returns kFailure. */
int fail(const QString &message);
/** Prints the usage problem and a pointer to --help; returns kUsage. */
int usage(const QString &message);

QCommandLineOption databaseOption();

/**
 * Parses a command's own arguments (with --database and --help); returns false (after printing)
 * on bad usage or --help. `positional` names the one positional argument the command takes, if any.
 */
bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description, int &exitCode,
                  const QString &positional = {});

/** The passphrase of an encrypted journal: the EBB_PASSPHRASE environment variable. */
QString passphrase();

/**
 * The chosen journal, opened read-only; a missing file is an error, never created. An encrypted
 * journal is opened with passphrase() into memory.
 */
Result<Database> openForReading(const QCommandLineParser &parser);

} // namespace ebb::cli
