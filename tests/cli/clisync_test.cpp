// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli sync: setting up two computers' journals on one folder, exchanging, the status line, and
// what a wrong passphrase or a missing folder says.
#include "clirun.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace ebb;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::runCliWithInput;
using ebb::test::TempDir;

namespace {

const QString kData = QStringLiteral(EBB_TEST_DATA "/");
const QStringList kSyncKey = {QStringLiteral("EBB_SYNC_PASSPHRASE=kettle on the windowsill")};

QStringList on(const QString &db, QStringList args)
{
    return QStringList{QStringLiteral("sync")} << args << QStringLiteral("--database") << db;
}

QStringList folderEntries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("ebb-cli sync sets up two computers on one folder and brings one's check-ins to the other", "[cli][sync]")
{
    TempDir tmp;
    const QString folder = tmp.path(QStringLiteral("Sync/Ebb"));
    const QString laptop = tmp.path(QStringLiteral("laptop.sqlite"));
    const QString desktop = tmp.path(QStringLiteral("desktop.sqlite"));
    REQUIRE(runCli({QStringLiteral("import"), kData + QStringLiteral("daylio-old.csv"), QStringLiteral("--database"),
                    laptop})
                .exitCode == 0);

    // The first computer reads the passphrase from a descriptor, as a password manager would give it.
    const Run made = runCliWithInput(on(laptop, {QStringLiteral("setup"), QStringLiteral("--folder"), folder,
                                                 QStringLiteral("--passphrase-fd"), QStringLiteral("0")}),
                                     {}, "kettle on the windowsill\n");
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("Made %1 a sync folder").arg(QDir::toNativeSeparators(folder))));
    CHECK(made.out.contains(QStringLiteral("Sent what changed on this computer.")));
    CHECK_FALSE(made.out.contains(QRegularExpression(QStringLiteral("Sent \\d+ change"))));

    const Run joined = runCli(on(desktop, {QStringLiteral("setup"), QStringLiteral("--folder"), folder}), kSyncKey);
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);
    CHECK(joined.out.contains(QStringLiteral("Joined the sync folder")));
    CHECK(joined.out.contains(QStringLiteral("2 days changed here")));
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--database"), desktop})
              .out.contains(QStringLiteral("Check-ins: 2")));

    const Run status = runCli(on(desktop, {QStringLiteral("status")}));
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(QStringLiteral("Syncs through %1").arg(QDir::toNativeSeparators(folder))));
    CHECK(status.out.contains(QStringLiteral("Last synced just now · 2 computers")));
    CHECK(status.out.contains(QStringLiteral("(this computer)")));
    CHECK(status.out.count(
              QRegularExpression(QStringLiteral("^  [0-9a-f]{16}  "), QRegularExpression::MultilineOption)) == 2);

    REQUIRE(runCli(on(laptop, {})).exitCode == 0); // takes in the desktop's name for itself
    const Run again = runCli(on(laptop, {}));
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(QStringLiteral("Up to date")));

    SECTION("a third computer with a wrong passphrase is refused and the folder is left as it was")
    {
        const QStringList before = folderEntries(folder);
        const QString third = tmp.path(QStringLiteral("third.sqlite"));
        const Run wrong = runCli(on(third, {QStringLiteral("setup"), QStringLiteral("--folder"), folder}),
                                 {QStringLiteral("EBB_SYNC_PASSPHRASE=kettle on the window")});
        CHECK(wrong.exitCode == 1);
        CHECK(wrong.err.contains(QStringLiteral("That passphrase does not open this sync folder")));
        CHECK(folderEntries(folder) == before);
        CHECK(runCli(on(third, {QStringLiteral("status")})).out.contains(QStringLiteral("does not sync")));
    }
    SECTION("forget drops a computer given up for good; this one and unknown ids are refused")
    {
        const QString laptopId = QRegularExpression(QStringLiteral("^  ([0-9a-f]{16})  .*\\(this computer\\)$"),
                                                    QRegularExpression::MultilineOption)
                                     .match(runCli(on(laptop, {QStringLiteral("status")})).out)
                                     .captured(1);
        REQUIRE(laptopId.size() == 16);
        const Run self = runCli(on(laptop, {QStringLiteral("forget"), laptopId}));
        CHECK(self.exitCode == 1);
        CHECK(self.err.contains(QStringLiteral("is this computer")));
        const Run none = runCli(on(laptop, {QStringLiteral("forget")}));
        CHECK(none.exitCode == 2);
        CHECK(none.err.contains(QStringLiteral("say which computer")));
        const Run forgot = runCli(on(desktop, {QStringLiteral("forget"), laptopId}));
        CHECK(forgot.exitCode == 0);
        CHECK(forgot.out.contains(QStringLiteral("Forgot the computer %1").arg(laptopId)));
        CHECK(runCli(on(desktop, {QStringLiteral("status")})).out.contains(QStringLiteral("1 computer")));
    }
    SECTION("passphrase gives the folder a new key; the other computer joins again with it and goes on")
    {
        const QStringList newKey{QStringLiteral("EBB_NEW_PASSPHRASE=a heron over the canal")};
        const Run tooShort =
            runCli(on(laptop, {QStringLiteral("passphrase")}), {QStringLiteral("EBB_NEW_PASSPHRASE=short")});
        CHECK(tooShort.exitCode == 2);
        CHECK(tooShort.err.contains(QStringLiteral("at least 8 characters")));
        const Run changed = runCli(on(laptop, {QStringLiteral("passphrase")}), newKey);
        CHECK(changed.exitCode == 0);
        CHECK(changed.out.contains(QStringLiteral("The sync passphrase is changed")));
        const Run told = runCli(on(desktop, {}));
        CHECK(told.exitCode == 1);
        CHECK(told.err.contains(QStringLiteral("The sync passphrase was changed on another computer")));
        const Run oldOne = runCli(on(desktop, {QStringLiteral("setup"), QStringLiteral("--folder"), folder}), kSyncKey);
        CHECK(oldOne.exitCode == 1);
        const Run joined = runCli(on(desktop, {QStringLiteral("setup"), QStringLiteral("--folder"), folder}),
                                  {QStringLiteral("EBB_SYNC_PASSPHRASE=a heron over the canal")});
        CHECK(joined.exitCode == 0);
        CHECK(runCli(on(desktop, {QStringLiteral("status")})).out.contains(QStringLiteral("2 computers")));
    }
    SECTION("stop forgets the folder and leaves the journal")
    {
        const Run stopped = runCli(on(desktop, {QStringLiteral("stop")}));
        CHECK(stopped.exitCode == 0);
        CHECK(runCli(on(desktop, {QStringLiteral("status")})).out.contains(QStringLiteral("does not sync")));
        const Run notNow = runCli(on(desktop, {}));
        CHECK(notNow.exitCode == 1);
        CHECK(notNow.err.contains(QStringLiteral("does not sync yet")));
        CHECK(runCli({QStringLiteral("check"), QStringLiteral("--database"), desktop})
                  .out.contains(QStringLiteral("Check-ins: 2")));
    }
}

TEST_CASE("ebb-cli sync explains what is missing or wrong", "[cli][sync][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString folder = tmp.path(QStringLiteral("Sync"));
    const Run noFolder = runCli(on(db, {QStringLiteral("setup")}), kSyncKey);
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(QStringLiteral("--folder is missing")));
    const Run shortSecret = runCli(on(db, {QStringLiteral("setup"), QStringLiteral("--folder"), folder}),
                                   {QStringLiteral("EBB_SYNC_PASSPHRASE=short")});
    CHECK(shortSecret.exitCode == 2);
    CHECK(shortSecret.err.contains(QStringLiteral("at least 8 characters")));
    CHECK_FALSE(QDir(folder).exists()); // nothing was made
    CHECK(runCli(on(db, {QStringLiteral("status"), QStringLiteral("--folder"), folder})).exitCode == 2);
    CHECK(runCli(on(db, {QStringLiteral("sideways")})).exitCode == 2);
    const Run notSetUp = runCli(on(db, {}));
    CHECK(notSetUp.exitCode == 1);
    CHECK(notSetUp.err.contains(QStringLiteral("does not sync yet")));

    SECTION("a folder that went away is said plainly")
    {
        REQUIRE(runCli(on(db, {QStringLiteral("setup"), QStringLiteral("--folder"), folder}), kSyncKey).exitCode == 0);
        REQUIRE(QDir(folder).removeRecursively());
        const Run gone = runCli(on(db, {}));
        CHECK(gone.exitCode == 1);
        CHECK(gone.err.contains(QStringLiteral("cannot be found")));
    }
}
