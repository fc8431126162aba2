// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli: headless commands over a journal, one file each (cli<command>.cpp). Exit codes: 0 ok,
// 1 failure with a one-line reason on stderr, 2 bad usage.
#include "clicommon.h"
#include "crypto/nocoredumps.h"
#include "crypto/sealedfile.h"
#include "settings/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

namespace ebb::cli {
namespace {

/** The help of ebb-cli itself, in the person's language (so made only after translations are installed). */
QString generalHelp()
{
    return tr("Usage: ebb-cli COMMAND [OPTIONS]\n"
              "Headless commands for Ebb, a calm journal for burnout recovery.\n"
              "\n"
              "Commands:\n"
              "  analyze  Show the pacing flags as of a day, or for every day (--history).\n"
              "  backup   Take a backup of the journal now (--list shows the backups).\n"
              "  check    Check a journal's integrity and schema version (writes nothing).\n"
              "  decrypt  Turn an encrypted journal back into a plain one.\n"
              "  encrypt  Encrypt the journal with a passphrase (there is no recovery without it).\n"
              "  export   Export: interchange CSV, a report (Markdown or PDF), or a full JSON backup.\n"
              "  import   Import an Ebb CSV or a Daylio export, all or nothing (--dry-run previews).\n"
              "  passphrase  Change an encrypted journal's passphrase.\n"
              "  review   Print a week's summary and saved reflection (--week YYYY-Www).\n"
              "  selfcheck  Add a monthly burnout self-check (add) or list them (list).\n"
              "  sync     Sync with your other computers through a folder (setup, status, stop).\n"
              "\n"
              "Every command takes --database PATH (default: $EBB_DATABASE, else the app's journal).\n"
              "An encrypted journal's passphrase is read from $EBB_PASSPHRASE (a new one from\n"
              "$EBB_NEW_PASSPHRASE).\n"
              "'ebb-cli COMMAND --help' describes one command.\n"
              "Exit codes: 0 ok, 1 failure (reason on stderr), 2 bad usage.\n");
}

} // namespace
} // namespace ebb::cli

namespace {

using namespace ebb;
using namespace ebb::cli;

} // namespace

int main(int argc, char *argv[])
{
    // First of all: an encrypted journal is read into memory in plain, and a crash must not write it out.
    const auto noDumps = disableCoreDumps();
    // A PDF is painted with Qt Gui: give it the offscreen platform so no display is needed.
    bool pdf = false;
    for (int i = 1; i + 1 < argc; ++i) {
        pdf = pdf || (qstrcmp(argv[i], "--format") == 0 && qstrcmp(argv[i + 1], "pdf") == 0);
    }
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app =
        pdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Ebb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EBB_VERSION));
    // Reports, reviews and analyses in the person's language, as the app writes them.
    installTranslations(*app);
    // The one-line reason on stderr is the interface; storage log lines would only repeat it.
    if (qEnvironmentVariableIsEmpty("EBB_DEBUG")) {
        QLoggingCategory::setFilterRules(QStringLiteral("ebb.*=false"));
    }

    if (!noDumps) {
        err() << "ebb-cli: " << QCoreApplication::translate("ebb::cli", "warning: %1").arg(noDumps.errorString())
              << Qt::endl;
    }
#ifdef EBB_CLI_TEST_HOOKS
    // Only in ebb-cli-test, the test suite's build of this tool (never installed): Argon2id at its
    // cheapest, so hundreds of encrypted runs take seconds.
    if (qEnvironmentVariable("EBB_TEST_KDF") == QLatin1String("minimal")) {
        KdfParams::setCurrent(KdfParams::minimal());
    }
#endif

    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out() << generalHelp();
        return command.isEmpty() ? kUsage : kOk;
    }
    if (command == QLatin1String("--version")) {
        out() << "ebb-cli " << EBB_VERSION << Qt::endl;
        return kOk;
    }
    args.removeAt(1); // the parser sees "ebb-cli [options]"
    if (command == QLatin1String("analyze")) {
        return runAnalyze(args);
    }
    if (command == QLatin1String("backup")) {
        return runBackup(args);
    }
    if (command == QLatin1String("check")) {
        return runCheck(args);
    }
    if (command == QLatin1String("export")) {
        return runExport(args);
    }
    if (command == QLatin1String("encrypt")) {
        return runEncrypt(args);
    }
    if (command == QLatin1String("decrypt")) {
        return runDecrypt(args);
    }
    if (command == QLatin1String("passphrase")) {
        return runPassphrase(args);
    }
    if (command == QLatin1String("import")) {
        return runImport(args);
    }
    if (command == QLatin1String("review")) {
        return runReview(args);
    }
    if (command == QLatin1String("selfcheck")) {
        return runSelfCheck(args);
    }
    if (command == QLatin1String("sync")) {
        return runSync(args);
    }
    return usage(QCoreApplication::translate("ebb::cli", "unknown command '%1'").arg(command));
}
