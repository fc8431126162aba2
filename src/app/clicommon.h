// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every ebb-cli command shares: its streams, exit codes, argument handling and the way into
// the journal; and the commands themselves.
#pragma once

#include "result.h"
#include "storage/journal.h"
#include "storage/journallock.h"
#include "storage/sealedjournal.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <memory>

namespace ebb::cli {

/** A text of ebb-cli in the person's language (resources/translations; context "ebb::cli"). */
inline QString tr(const char *text)
{
    return QCoreApplication::translate("ebb::cli", text);
}

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
                  const QString &positional = {}, const QString &positionalHelp = {});

/** --passphrase-fd, and --new-passphrase-fd when `newOne` (clipassphrase.cpp). */
QList<QCommandLineOption> passphraseOptions(bool newOne = false);
/** Takes the passphrase options' file descriptors; false (with `problem`) when one is not open. */
bool readPassphraseOptions(const QCommandLineParser &parser, QString &problem);
/**
 * The passphrase of an encrypted journal, asked for once: from --passphrase-fd, else the
 * EBB_PASSPHRASE environment variable, else a prompt on the terminal (no echo); else empty.
 */
QString passphrase();
/**
 * The sync folder's passphrase (ebb-cli sync setup): from --passphrase-fd, which then no longer
 * counts for the journal's own (that comes from EBB_PASSPHRASE or a prompt), else
 * EBB_SYNC_PASSPHRASE, else a prompt on the terminal; else empty.
 */
QString syncPassphrase();
/** passphrase() for an encrypted journal; empty for a plain one (nothing is asked). */
QString passphraseIfSealed(const QString &journalPath);
/** A new passphrase: --new-passphrase-fd, else EBB_NEW_PASSPHRASE, else asked twice on the terminal. */
QString newPassphrase();

/** The chosen journal's path: --database, else $EBB_DATABASE, else the app's journal. */
QString journalPath(const QCommandLineParser &parser);

/**
 * The chosen journal, opened only to read (Journal::openForReading); a missing file is an error,
 * never created. An encrypted journal is opened with passphrase() into memory.
 */
Result<std::unique_ptr<Journal>> openForReading(const QCommandLineParser &parser);
/**
 * The journal at `path` opened to write (created and migrated when needed), for a command that
 * holds its lock. When opening an encrypted journal deleted or encrypted plain copies left beside
 * it, says so on stdout first (see PlaintextSweep).
 */
Result<std::unique_ptr<Journal>> openForWriting(const QString &path);

/**
 * The journal's lock, for a command that writes: taken (waiting while another ebb-cli command
 * finishes), or the error to print — Ebb itself has the journal open.
 */
Result<std::unique_ptr<JournalLock>> lockJournal(const QString &path);

/** An optional ISO date option: true when absent or valid (then `date` holds it). */
bool readDate(const QCommandLineParser &parser, const QString &name, QDate &date);

/** ebb-cli's commands, one file each (cli<command>.cpp). */
int runAnalyze(const QStringList &args);
int runBackup(const QStringList &args);
int runCheck(const QStringList &args);
int runExport(const QStringList &args);
/** ebb-cli import FILE [--format ebb|daylio] [--mood-map MAP] [--dry-run] [--database PATH] */
int runImport(const QStringList &args);
int runReview(const QStringList &args);
/** ebb-cli selfcheck add --date D --answers A,B,C,D,E,F | selfcheck list [--format text|json] */
int runSelfCheck(const QStringList &args);
/** ebb-cli sync setup --folder DIR | sync | sync status | sync stop */
int runSync(const QStringList &args);
/** ebb-cli encrypt: the passphrase comes from EBB_NEW_PASSPHRASE. */
int runEncrypt(const QStringList &args);
/** ebb-cli decrypt: the passphrase comes from EBB_PASSPHRASE. */
int runDecrypt(const QStringList &args);
/** ebb-cli passphrase: from EBB_PASSPHRASE to EBB_NEW_PASSPHRASE. */
int runPassphrase(const QStringList &args);

} // namespace ebb::cli
