// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/encryptiondialog.h"
#include "dialogs/exportdialog.h"
#include "startup/appsession.h"
#include "startup/journalopener.h"
#include "storage/backups.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "testsupport.h"
#include "waitfor.h"
#include "widgetlookup.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <sys/prctl.h>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;
using ebb::test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("slow mornings are fine");

/** Answers every message box while `poll` runs: Yes where it asks, else Ok; their texts go to `told`. */
void answerEveryMessage(QTimer &poll, QStringList &told)
{
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told << box->text();
            (box->button(QMessageBox::Yes) != nullptr ? box->button(QMessageBox::Yes) : box->button(QMessageBox::Ok))
                ->click();
        }
    });
    poll.start();
}

QString plainJournal(const TempDir &tmp, const FixedClock &clock)
{
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    auto journal = require(Journal::open(path, clock));
    require(journal->saveCheckIn(sampleCheckIn(QDate(2026, 3, 1), 4)));
    return path;
}

void fill(EncryptionDialog &dialog, const char *field, const QString &text)
{
    child<QLineEdit>(dialog, field)->setText(text);
}

} // namespace

TEST_CASE("encrypting from the dialog asks for understanding and the same passphrase twice", "[gui][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = require(Journal::open(plainJournal(tmp, clock), clock));
    EncryptionDialog dialog(*journal);
    CHECK_FALSE(child<QLineEdit>(dialog, "currentEdit")->isVisibleTo(&dialog));
    CHECK(child<QLabel>(dialog, "explanationLabel")->text().contains(QStringLiteral("no way to recover")));

    fill(dialog, "newEdit", kPassphrase);
    fill(dialog, "confirmEdit", kPassphrase);
    dialog.requestEncryption();
    CHECK_FALSE(dialog.request().has_value()); // not yet: the box is not ticked
    CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("no recovery")));

    child<QCheckBox>(dialog, "understandCheck")->setChecked(true);
    fill(dialog, "confirmEdit", kPassphrase + QStringLiteral("!"));
    dialog.requestEncryption();
    CHECK_FALSE(dialog.request().has_value());
    CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("not the same")));

    fill(dialog, "newEdit", QStringLiteral("short"));
    fill(dialog, "confirmEdit", QStringLiteral("short"));
    dialog.requestEncryption();
    CHECK_FALSE(dialog.request().has_value());

    fill(dialog, "newEdit", kPassphrase);
    fill(dialog, "confirmEdit", kPassphrase);
    dialog.requestEncryption();
    REQUIRE(dialog.request().has_value());
    CHECK(dialog.request()->kind == ReopenRequest::Kind::Encrypt);
    CHECK(dialog.request()->newPassphrase == kPassphrase);
}

TEST_CASE("the app encrypts, reopens with the passphrase, changes it and turns encryption off", "[gui][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = plainJournal(tmp, clock);

    auto encrypted = require(carryOut({ReopenRequest::Kind::Encrypt, {}, {}, kPassphrase}, path, clock));
    CHECK(isSealedJournal(path));
    CHECK(encrypted.passphrase == kPassphrase);
    {
        // Reopened as the app does after encrypting: no question asked.
        auto journal = openJournalForApp(path, clock, nullptr, encrypted.passphrase,
                                         [](const QString &) -> std::optional<QString> {
                                             FAIL("no passphrase should be asked");
                                             return std::nullopt;
                                         });
        REQUIRE(journal != nullptr);
        CHECK(journal->isEncrypted());

        // The dialog checks the current passphrase before asking for a change.
        EncryptionDialog dialog(*journal);
        fill(dialog, "currentEdit", QStringLiteral("not it at all"));
        fill(dialog, "newEdit", QStringLiteral("evenings belong to me"));
        fill(dialog, "confirmEdit", QStringLiteral("evenings belong to me"));
        dialog.requestPassphraseChange();
        CHECK_FALSE(dialog.request().has_value());
        CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("not the journal's current")));
        fill(dialog, "currentEdit", kPassphrase);
        dialog.requestPassphraseChange();
        REQUIRE(dialog.request().has_value());
        CHECK(dialog.request()->kind == ReopenRequest::Kind::ChangePassphrase);
    }
    auto changed = require(
        carryOut({ReopenRequest::Kind::ChangePassphrase, {}, kPassphrase, QStringLiteral("evenings belong to me")},
                 path, clock));
    CHECK(changed.passphrase == QStringLiteral("evenings belong to me"));
    CHECK_FALSE(verifyJournalPassphrase(path, kPassphrase).ok());

    require(carryOut({ReopenRequest::Kind::Decrypt, {}, QStringLiteral("evenings belong to me"), {}}, path, clock));
    CHECK_FALSE(isSealedJournal(path));
    auto plain = require(Journal::open(path, clock));
    CHECK(require(plain->checkIn(QDate(2026, 3, 1)))->energy == 4);
}

TEST_CASE("opening an encrypted journal asks again after a wrong passphrase, and a cancel opens nothing",
          "[gui][crypto][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = plainJournal(tmp, clock);
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));

    QStringList asked;
    QStringList answers = {QStringLiteral("wrong guess"), QStringLiteral("wrong again"), QStringLiteral("and again"),
                           kPassphrase};
    auto journal = openJournalForApp(path, clock, nullptr, {}, [&](const QString &message) -> std::optional<QString> {
        asked << message;
        return answers.takeFirst();
    });
    REQUIRE(journal != nullptr);
    REQUIRE(asked.size() == 4);
    CHECK(asked[0].contains(QStringLiteral("encrypted")));
    CHECK(asked[1].contains(QStringLiteral("did not open")));
    CHECK(asked[1].contains(QStringLiteral("Caps Lock")));
    // A mistyped passphrase is not damage: no backups talk, until a few tries make a changed file likely.
    CHECK_FALSE(asked[1].contains(QStringLiteral("backup"), Qt::CaseInsensitive));
    CHECK_FALSE(asked[1].contains(QStringLiteral("damaged")));
    CHECK(asked[3].contains(QStringLiteral("Backups")));
    journal.reset();

    auto cancelled =
        openJournalForApp(path, clock, nullptr, {}, [](const QString &) { return std::optional<QString>(); });
    CHECK(cancelled == nullptr);
}

TEST_CASE("an encrypted journal damaged inside is offered its newest backup, opened with the same passphrase",
          "[gui][crypto][backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    {
        auto journal = require(Journal::open(path, clock));
        for (int i = 0; i < 300; ++i) {
            CheckIn c = sampleCheckIn(QDate(2026, 3, 1).addDays(-i), i % 11);
            c.note = QString(200, QLatin1Char('x'));
            require(journal->saveCheckIn(c));
        }
    }
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    require(require(Journal::open(path, clock, {}, kPassphrase))->backupNow(QStringLiteral("manual")));
    ebb::test::alterSealedImage(path, kPassphrase, [](QByteArray &image) {
        image.replace(8 * 4096, 3 * 4096, QByteArray(3 * 4096, '\x33')); // whole encryption, damaged pages
    });

    QStringList told;
    QTimer poll;
    answerEveryMessage(poll, told);
    int asked = 0;
    auto journal = openJournalForApp(path, clock, nullptr, {}, [&asked](const QString &) {
        ++asked;
        return std::optional<QString>(kPassphrase);
    });
    poll.stop();
    INFO(told.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(journal != nullptr);
    CHECK(asked == 1); // the passphrase is asked once, and opens the restored backup too
    CHECK(journal->isEncrypted());
    CHECK(require(journal->checkIns({}, {})).size() == 300);
    REQUIRE(told.size() == 2);
    CHECK(told[0].contains(QStringLiteral("damaged")));
    CHECK(told[1].contains(QStringLiteral("continues from the backup")));
}

TEST_CASE("an encrypted journal cut to nothing is offered its sealed backup, which asks for the passphrase",
          "[gui][crypto][backups][errors]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = plainJournal(tmp, clock);
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    require(require(Journal::open(path, clock, {}, kPassphrase))->backupNow(QStringLiteral("manual")));
    REQUIRE(QFile(path).open(QIODevice::WriteOnly | QIODevice::Truncate)); // cut short to 0 bytes

    QStringList told;
    QTimer poll;
    answerEveryMessage(poll, told);
    QStringList asked;
    auto journal = openJournalForApp(path, clock, nullptr, {}, [&asked](const QString &message) {
        asked << message;
        return std::optional<QString>(kPassphrase);
    });
    poll.stop();
    INFO(told.join(QStringLiteral(" | ")).toStdString());
    REQUIRE(journal != nullptr);
    CHECK(journal->isEncrypted()); // never a new, empty, plain journal in its place
    CHECK(require(journal->checkIn(QDate(2026, 3, 1)))->energy == 4);
    CHECK(asked.size() == 1);
    REQUIRE_FALSE(told.isEmpty());
    CHECK(told[0].contains(QStringLiteral("no journal in it")));
}

TEST_CASE("Ctrl+L locks an encrypted journal's window; a plain journal has nothing to lock", "[gui][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = plainJournal(tmp, clock);
    {
        auto plain = require(Journal::open(path, clock));
        MainWindow window(*plain);
        window.lock();
        CHECK_FALSE(window.reopenRequest().has_value());
    }
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    auto journal = require(Journal::open(path, clock, {}, kPassphrase));
    MainWindow window(*journal);
    window.show();
    window.lock();
    REQUIRE(window.reopenRequest().has_value());
    CHECK(window.reopenRequest()->kind == ReopenRequest::Kind::Lock);
    CHECK_FALSE(window.isVisible());
}

TEST_CASE("an encrypted journal locks itself after the chosen idle minutes", "[gui][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = plainJournal(tmp, clock);
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    auto journal = require(Journal::open(path, clock, {}, kPassphrase));
    {
        MainWindow window(*journal);
        CHECK_FALSE(window.findChild<QTimer *>(QStringLiteral("idleLockTimer"))->isActive()); // never, by default
    }
    {
        EncryptionDialog dialog(*journal);
        child<QSpinBox>(dialog, "lockSpin")->setValue(5);
        dialog.saveLockTime();
    }
    MainWindow window(*journal);
    window.show();
    auto *timer = window.findChild<QTimer *>(QStringLiteral("idleLockTimer"));
    REQUIRE(timer != nullptr);
    CHECK(timer->isActive());
    CHECK(timer->interval() == 5 * 60 * 1000);
    timer->start(10); // the five minutes pass
    REQUIRE(waitUntil([&] { return window.reopenRequest().has_value(); }, 5000));
    CHECK(window.reopenRequest()->kind == ReopenRequest::Kind::Lock);
}

TEST_CASE("exporting from an encrypted journal warns that the file will not be encrypted", "[gui][crypto][export]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = plainJournal(tmp, clock);
    {
        auto plain = require(Journal::open(path, clock));
        ExportDialog dialog(*plain);
        CHECK_FALSE(child<QLabel>(dialog, "sensitiveLabel")->text().contains(QStringLiteral("will not be")));
    }
    require(encryptJournal(path, kPassphrase, KdfParams::minimal()));
    auto journal = require(Journal::open(path, clock, {}, kPassphrase));
    ExportDialog dialog(*journal);
    CHECK(child<QLabel>(dialog, "sensitiveLabel")->text().contains(QStringLiteral("this file will not be")));
}

TEST_CASE("with an encrypted journal open, the process writes no core dump and cannot be attached to", "[gui][crypto]")
{
    REQUIRE(keepMemoryPrivate());
    CHECK(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
}

TEST_CASE("a plain journal locks behind a PIN, which is asked again after a wrong one", "[gui][crypto]")
{
    TempDir tmp;
    FixedClock clock;
    auto journal = require(Journal::open(plainJournal(tmp, clock), clock));
    {
        MainWindow window(*journal);
        window.lock();
        CHECK_FALSE(window.reopenRequest().has_value()); // no PIN yet: nothing to lock behind
    }
    {
        EncryptionDialog dialog(*journal);
        child<QSpinBox>(dialog, "lockSpin")->setValue(10);
        dialog.saveLockTime();
        CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("PIN")));
        child<QCheckBox>(dialog, "pinCheck")->setChecked(true);
        child<QLineEdit>(dialog, "pinEdit")->setText(QStringLiteral("12"));
        dialog.saveLockTime();
        CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(QStringLiteral("at least 4")));
        child<QLineEdit>(dialog, "pinEdit")->setText(QStringLiteral("2468"));
        dialog.saveLockTime();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    MainWindow window(*journal);
    CHECK(window.findChild<QTimer *>(QStringLiteral("idleLockTimer"))->isActive());
    window.lock();
    REQUIRE(window.reopenRequest().has_value());

    QStringList answers = {QStringLiteral("1357"), QStringLiteral("2468")};
    QStringList asked;
    CHECK(unlockWithPin(*journal, [&](const QString &message) -> std::optional<QString> {
        asked << message;
        return answers.takeFirst();
    }));
    REQUIRE(asked.size() == 2);
    CHECK(asked[1].contains(QStringLiteral("not right")));
    CHECK_FALSE(unlockWithPin(*journal, [](const QString &) { return std::optional<QString>(); }));
}

TEST_CASE("the encryption dialog says backups are encrypted, and keeps the passphrase and the PIN apart",
          "[gui][encryption]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    EncryptionDialog dialog(*journal);
    const QString said = child<QLabel>(dialog, "explanationLabel")->text();
    CHECK_FALSE(said.contains(QStringLiteral("deleted")));
    CHECK(said.contains(QStringLiteral("backups are encrypted too")));
    auto *encryption = child<QGroupBox>(dialog, "encryptionBox");
    auto *lock = child<QGroupBox>(dialog, "lockBox");
    CHECK(encryption->isAncestorOf(child<QLineEdit>(dialog, "newEdit")));
    CHECK(lock->isAncestorOf(child<QLineEdit>(dialog, "pinEdit")));
    CHECK_FALSE(encryption->isAncestorOf(child<QLineEdit>(dialog, "pinEdit")));
    CHECK(child<QLabel>(dialog, "lockExplanationLabel")->text().contains(QStringLiteral("PIN only hides")));
}
