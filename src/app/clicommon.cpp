// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"

#include "settings/clock.h"
#include "settings/journalpath.h"

#include <QDir>

namespace ebb::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "ebb-cli: " << QString(message).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    return kFailure;
}

int usage(const QString &message)
{
    err() << "ebb-cli: " << message << Qt::endl << tr("Try 'ebb-cli --help'.") << Qt::endl;
    return kUsage;
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"), tr("The journal file."), QStringLiteral("PATH")};
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description, int &exitCode,
                  const QString &positional, const QString &positionalHelp)
{
    parser.setApplicationDescription(description);
    if (!positional.isEmpty()) {
        parser.addPositionalArgument(positional, positionalHelp.isEmpty() ? tr("The file to read.") : positionalHelp);
    }
    parser.addOption(databaseOption());
    parser.addOptions(passphraseOptions());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        exitCode = kOk;
        return false;
    }
    const qsizetype wanted = positional.isEmpty() ? 0 : 1;
    if (parser.positionalArguments().size() > wanted) {
        exitCode = usage(tr("unexpected argument '%1'").arg(parser.positionalArguments().at(wanted)));
        return false;
    }
    if (parser.positionalArguments().size() < wanted) {
        exitCode = usage(tr("%1 is missing").arg(positional));
        return false;
    }
    if (QString problem; !readPassphraseOptions(parser, problem)) {
        exitCode = usage(problem);
        return false;
    }
    return true;
}

QString journalPath(const QCommandLineParser &parser)
{
    return resolveJournalPath(parser.value(QStringLiteral("database")));
}

namespace {

const SystemClock &cliClock()
{
    static const SystemClock clock; // a Journal keeps a reference to its clock
    return clock;
}

/** An encrypted journal opened without its passphrase says where to give it. */
Result<std::unique_ptr<Journal>> explained(Result<std::unique_ptr<Journal>> journal, const QString &path)
{
    if (!journal && journalErrorKind(journal.error()) == JournalErrorKind::NeedsPassphrase) {
        return Error{tr("The journal %1 is encrypted: give its passphrase with --passphrase-fd N, in "
                        "the EBB_PASSPHRASE environment variable, or on a terminal when asked.")
                         .arg(QDir::toNativeSeparators(path)),
                     journal.error().code, journal.error().detail};
    }
    return journal;
}

} // namespace

Result<std::unique_ptr<Journal>> openForReading(const QCommandLineParser &parser)
{
    const QString path = journalPath(parser);
    return explained(Journal::openForReading(path, cliClock(), passphraseIfSealed(path)), path);
}

Result<std::unique_ptr<Journal>> openForWriting(const QString &path)
{
    auto journal = explained(Journal::open(path, cliClock(), {}, passphraseIfSealed(path)), path);
    if (journal && !(*journal)->plaintextSweep().isEmpty()) {
        out() << (*journal)->plaintextSweep().summary() << Qt::endl;
    }
    return journal;
}

Result<std::unique_ptr<JournalLock>> lockJournal(const QString &path)
{
    constexpr int kWaitForOtherCommandMs = 60000;
    auto lock = std::make_unique<JournalLock>(path);
    if (auto r = lock->lockForWriting(kWaitForOtherCommandMs); !r) {
        return r.error();
    }
    return lock;
}

bool readDate(const QCommandLineParser &parser, const QString &name, QDate &date)
{
    if (!parser.isSet(name)) {
        return true;
    }
    date = QDate::fromString(parser.value(name), Qt::ISODate);
    return date.isValid();
}

} // namespace ebb::cli
