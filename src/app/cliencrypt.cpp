// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "settings/journalpath.h"
#include "storage/plaintextsweep.h"
#include "storage/sealedjournal.h"

#include <QDir>
#include <QThread>

namespace ebb::cli {
namespace {

/** Made when needed: the translations are installed only once main() runs. */
QString newPassphraseNeeded()
{
    return tr("give a new passphrase of at least 8 characters: with --new-passphrase-fd N, in EBB_NEW_PASSPHRASE, "
              "or on a terminal when asked");
}

/** A refused passphrase costs a moment more, on top of Argon2id's own cost. */
int refused(const Error &error)
{
    if (journalErrorKind(error) == JournalErrorKind::WrongPassphrase) {
        QThread::sleep(1);
    }
    return fail(error.message);
}

} // namespace

int runEncrypt(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(passphraseOptions(true).constLast());
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Encrypts the journal with a new passphrase (--new-passphrase-fd N, EBB_NEW_PASSPHRASE, "
                         "or asked on the terminal). There is no way back into the journal without it. Copies "
                         "beside it are encrypted too, or deleted when unfinished."),
                      exitCode)) {
        return exitCode;
    }
    if (newPassphrase().size() < 8) {
        return usage(newPassphraseNeeded());
    }
    const QString path = resolveJournalPath(parser.value(QStringLiteral("database")));
    auto lock = lockJournal(path);
    if (!lock) {
        return fail(lock.errorString());
    }
    auto swept = encryptJournal(path, newPassphrase(), KdfParams::current());
    if (!swept) {
        return fail(swept.errorString());
    }
    out() << tr("Encrypted %1. Keep the passphrase safe: without it the journal cannot be opened, by you or anyone.")
                 .arg(QDir::toNativeSeparators(path))
          << Qt::endl;
    if (!swept->isEmpty()) {
        out() << swept->summary() << Qt::endl;
    }
    return swept->failed.isEmpty() ? kOk : kFailure;
}

int runDecrypt(const QStringList &args)
{
    QCommandLineParser parser;
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Turns the encrypted journal back into a plain one (passphrase in EBB_PASSPHRASE)."),
                      exitCode)) {
        return exitCode;
    }
    const QString path = resolveJournalPath(parser.value(QStringLiteral("database")));
    if (!isSealedJournal(path)) {
        return fail(tr("The journal %1 is not encrypted.").arg(QDir::toNativeSeparators(path)));
    }
    auto lock = lockJournal(path);
    if (!lock) {
        return fail(lock.errorString());
    }
    if (auto r = decryptJournal(path, passphrase()); !r) {
        return refused(r.error());
    }
    out() << tr("Decrypted %1; it is a plain file again.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return kOk;
}

int runPassphrase(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(passphraseOptions(true).constLast());
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("Changes the passphrase (the current one as for every command, the new one with "
                         "--new-passphrase-fd N, EBB_NEW_PASSPHRASE or asked on the terminal). The journal "
                         "and its backups are re-sealed, each replaced in one step."),
                      exitCode)) {
        return exitCode;
    }
    const QString current = passphrase(); // asked first, on a terminal
    if (newPassphrase().size() < 8) {
        return usage(newPassphraseNeeded());
    }
    const QString path = resolveJournalPath(parser.value(QStringLiteral("database")));
    auto lock = lockJournal(path);
    if (!lock) {
        return fail(lock.errorString());
    }
    auto copies = changeJournalPassphrase(path, current, newPassphrase(), KdfParams::current());
    if (!copies) {
        return refused(copies.error());
    }
    out() << tr("The passphrase of %1 is changed").arg(QDir::toNativeSeparators(path));
    if (copies->resealed > 0) {
        out() << tr(", and that of its %1 backup(s) and copies beside it").arg(copies->resealed);
    }
    out() << "." << Qt::endl;
    if (!copies->olderPassphrase.isEmpty()) {
        out() << tr("These older copies were made before an earlier change and still open with that passphrase; "
                    "delete them if you no longer want them:")
              << Qt::endl;
        for (const QString &older : copies->olderPassphrase) {
            out() << "  " << QDir::toNativeSeparators(older) << Qt::endl;
        }
    }
    return kOk;
}

} // namespace ebb::cli
