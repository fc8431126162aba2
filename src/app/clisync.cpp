// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli sync: the journal synced with the person's other computers through a folder a file-sync
// engine carries (Syncthing, Nextcloud…), end-to-end encrypted with a sync passphrase.
#include "clicommon.h"
#include "settings/clock.h"
#include "sync/syncfolder.h"
#include "sync/syncstatustext.h"

#include <QDir>
#include <QLocale>

namespace ebb::cli {
namespace {

/** The journal to sync, opened to write under its lock (the app, when open, syncs by itself). */
struct OpenJournal
{
    std::unique_ptr<JournalLock> lock;
    std::unique_ptr<Journal> journal;
};

Result<OpenJournal> openToSync(const QCommandLineParser &parser)
{
    const QString path = journalPath(parser);
    auto lock = lockJournal(path);
    if (!lock) {
        return lock.error();
    }
    auto journal = openForWriting(path);
    if (!journal) {
        return journal.error();
    }
    return OpenJournal{std::move(*lock), std::move(*journal)};
}

/** Prints what an exchange did; kFailure when something could not be merged (said in plain words). */
int printReport(const SyncReport &report)
{
    out() << syncReportText(report) << Qt::endl;
    for (const QString &note : report.notes) {
        out() << note << Qt::endl;
    }
    return kOk;
}

int exchangeNow(const QCommandLineParser &parser)
{
    auto opened = openToSync(parser);
    if (!opened) {
        return fail(opened.errorString());
    }
    auto report = opened->journal->sync();
    if (!report) {
        return fail(report.errorString());
    }
    return printReport(*report);
}

int setUp(const QCommandLineParser &parser, const QCommandLineOption &folderOption)
{
    if (!parser.isSet(folderOption) || parser.value(folderOption).isEmpty()) {
        return usage(tr("--folder is missing: the folder your sync program (Syncthing, Nextcloud…) "
                        "keeps the same on every computer"));
    }
    const QString folder = QDir(parser.value(folderOption)).absolutePath();
    const QString secret = syncPassphrase();
    if (characterCount(secret) < kMinimumSyncPassphraseLength) {
        return usage(tr("give the sync passphrase (at least %1 characters, the same on every computer): "
                        "with --passphrase-fd N, in EBB_SYNC_PASSPHRASE, or on a terminal when asked")
                         .arg(kMinimumSyncPassphraseLength));
    }
    auto opened = openToSync(parser);
    if (!opened) {
        return fail(opened.errorString());
    }
    auto first = opened->journal->setUpSync(folder, secret);
    if (!first) {
        return fail(first.errorString());
    }
    out() << (*first ? tr("Made %1 a sync folder. On your other computer, run 'ebb-cli sync setup "
                          "--folder' with its copy of this folder and the same passphrase.")
                     : tr("Joined the sync folder %1."))
                 .arg(QDir::toNativeSeparators(folder))
          << Qt::endl;
    auto report = opened->journal->sync();
    if (!report) {
        return fail(report.errorString());
    }
    return printReport(*report);
}

int status(const QCommandLineParser &parser)
{
    auto journal = openForReading(parser);
    if (!journal) {
        return fail(journal.errorString());
    }
    auto status = (*journal)->syncStatus();
    if (!status) {
        return fail(status.errorString());
    }
    if (!*status) {
        out() << tr("This journal does not sync. Set it up with: ebb-cli sync setup --folder DIR") << Qt::endl;
        return kOk;
    }
    const SystemClock clock;
    out() << tr("Syncs through %1").arg(QDir::toNativeSeparators((*status)->folder)) << Qt::endl
          << syncStatusLine(**status, clock.now()) << Qt::endl;
    auto computers = (*journal)->syncComputers();
    if (!computers) {
        out() << tr("This computer's id in the folder: %1").arg((*status)->device) << Qt::endl;
        return fail(computers.errorString());
    }
    out() << tr("Computers in the folder (id, last wrote there):") << Qt::endl;
    for (const FolderComputer &computer : *computers) {
        const QString when = computer.lastWrote.isValid() ? QLocale::c().toString(computer.lastWrote.toLocalTime(),
                                                                                  QStringLiteral("yyyy-MM-dd HH:mm"))
                                                          : tr("nothing yet");
        const QString name = computer.name.isEmpty() ? QString() : tr("  “%1”").arg(computer.name);
        out() << QStringLiteral("  %1  %2%3%4")
                     .arg(computer.device, when, name, computer.thisOne ? tr("  (this computer)") : QString())
              << Qt::endl;
    }
    return kOk;
}

int changePassphrase(const QCommandLineParser &parser)
{
    const QString secret = newPassphrase();
    if (characterCount(secret) < kMinimumSyncPassphraseLength) {
        return usage(tr("give the new sync passphrase (at least %1 characters): with --new-passphrase-fd "
                        "N, in EBB_NEW_PASSPHRASE, or twice on a terminal when asked")
                         .arg(kMinimumSyncPassphraseLength));
    }
    auto opened = openToSync(parser);
    if (!opened) {
        return fail(opened.errorString());
    }
    if (auto changed = opened->journal->changeSyncPassphrase(secret); !changed) {
        return fail(changed.errorString());
    }
    out() << tr("The sync passphrase is changed, and the folder has a new key: the old passphrase opens nothing "
                "written from now on. Your other computers ask for the new passphrase once (ebb-cli sync setup "
                "--folder with the same folder), and go on where they were.")
          << Qt::endl;
    return kOk;
}

int forget(const QCommandLineParser &parser, const QString &device)
{
    if (device.isEmpty()) {
        return usage(tr("say which computer to forget: ebb-cli sync forget ID (sync status lists the ids)"));
    }
    auto opened = openToSync(parser);
    if (!opened) {
        return fail(opened.errorString());
    }
    if (auto forgotten = opened->journal->forgetSyncComputer(device); !forgotten) {
        return fail(forgotten.errorString());
    }
    out() << tr("Forgot the computer %1: the folder no longer waits for it. Your other computers "
                "forget it too at their next sync. If it ever syncs again, it catches up.")
                 .arg(device)
          << Qt::endl;
    auto report = opened->journal->sync();
    if (!report) {
        return fail(report.errorString());
    }
    return printReport(*report);
}

int stop(const QCommandLineParser &parser)
{
    auto opened = openToSync(parser);
    if (!opened) {
        return fail(opened.errorString());
    }
    if (auto stopped = opened->journal->stopSync(); !stopped) {
        return fail(stopped.errorString());
    }
    out() << tr("This journal no longer syncs. The folder and everything in the journal stay as they are.") << Qt::endl;
    return kOk;
}

} // namespace

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    tr("setup: the folder a sync program keeps the same on every computer."),
                                    QStringLiteral("DIR"));
    parser.addOption(folder);
    int exitCode = kOk;
    // The one positional argument is optional here: no action means one exchange.
    QStringList withAction = args;
    const bool hasAction = args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-'));
    if (!hasAction) {
        withAction.insert(1, QStringLiteral("now"));
    }
    // 'forget' names a computer: its one argument of its own.
    QString device;
    if (hasAction && args.at(1) == QLatin1String("forget") && args.size() > 2 &&
        !args.at(2).startsWith(QLatin1Char('-'))) {
        device = withAction.takeAt(2);
    }
    if (!parseCommand(parser, withAction,
                      tr("Syncs the journal with your other computers through a folder that a sync "
                         "program (Syncthing, Nextcloud, any synced folder) keeps the same on each. "
                         "Everything in it is encrypted with the sync passphrase.\n"
                         "  sync setup --folder DIR [--passphrase-fd N]   first computer: make the "
                         "folder's key; others: join with the same passphrase\n"
                         "  sync                                         one exchange: send this "
                         "computer's changes, take in the others'\n"
                         "  sync status                                  where, when last, how many "
                         "computers\n"
                         "  sync stop                                    stop syncing this journal\n"
                         "  sync forget ID                               forget a computer given up for "
                         "good, so the folder stops waiting for it\n"
                         "  sync passphrase [--new-passphrase-fd N]      change the sync passphrase: "
                         "the folder gets a new key"),
                      exitCode, QStringLiteral("setup|status|stop|forget|passphrase"),
                      tr("What to do (nothing: sync now)."))) {
        return exitCode;
    }
    const QString action = parser.positionalArguments().constFirst();
    if (action != QLatin1String("setup") && parser.isSet(folder)) {
        return usage(tr("--folder belongs to 'sync setup'"));
    }
    if (action == QLatin1String("now")) {
        return exchangeNow(parser);
    }
    if (action == QLatin1String("setup")) {
        return setUp(parser, folder);
    }
    if (action == QLatin1String("status")) {
        return status(parser);
    }
    if (action == QLatin1String("stop")) {
        return stop(parser);
    }
    if (action == QLatin1String("forget")) {
        return forget(parser, device);
    }
    if (action == QLatin1String("passphrase")) {
        return changePassphrase(parser);
    }
    return usage(tr("unknown action '%1' (setup, status, stop, forget or passphrase)").arg(action.left(40)));
}

} // namespace ebb::cli
