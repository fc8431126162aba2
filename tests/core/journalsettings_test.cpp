// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// JournalSettings: typed, with one defaults table, kept in the journal under keys that are part
// of its file format.
#include "review/reviewsettings.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "testsupport.h"

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

qint64 storedCount(Journal &journal)
{
    return require(ebb::test::databaseOf(journal).queryInt(QStringLiteral("SELECT count(*) FROM settings")));
}

void storeRaw(Journal &journal, const QString &key, const QString &value)
{
    requireOk(ebb::test::databaseOf(journal).exec(
        QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('%1', '%2')").arg(key, value)));
}

} // namespace

TEST_CASE("a new journal's settings are the defaults, and nothing is stored for them", "[settings][journal]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    const JournalSettings settings = require(journal->settings());
    CHECK(settings == JournalSettings());
    CHECK_FALSE(settings.onboardingDone);
    CHECK_FALSE(settings.hasPin());
    CHECK(settings.lockIdleMinutes == 0);
    CHECK(settings.review.weekday == 7);
    requireOk(journal->saveSettings(settings));
    CHECK(storedCount(*journal) == 0);
}

TEST_CASE("journal settings are kept in the journal file and read back typed", "[settings][journal]")
{
    TempDir tmp;
    FixedClock clock;
    const QString path = tmp.path(QStringLiteral("ebb.sqlite"));
    JournalSettings changed;
    changed.onboardingDone = true;
    changed.pinHash = QStringLiteral("$argon2id$stand-in");
    changed.lockIdleMinutes = 15;
    changed.review.weekday = 5;
    changed.review.prompts = {{QStringLiteral("mine"), QStringLiteral("What helped?")}};
    {
        auto journal = require(Journal::open(path, clock));
        int told = 0;
        QObject::connect(journal.get(), &Journal::settingsChanged, [&] { ++told; });
        requireOk(journal->saveSettings(changed));
        CHECK(told == 1);
        requireOk(journal->saveSettings(changed)); // the same again: nothing to write, nothing to tell
        CHECK(told == 1);
    }
    auto reopened = require(Journal::open(path, clock));
    CHECK(require(reopened->settings()) == changed);
    CHECK(require(reopened->reviewSettings()) == changed.review);

    // Back to a default removes the stored value, so later defaults apply again.
    JournalSettings back = changed;
    back.lockIdleMinutes = 0;
    back.pinHash.clear();
    requireOk(reopened->saveSettings(back));
    CHECK(storedCount(*reopened) == 3);
    CHECK(require(reopened->settings()) == back);
}

TEST_CASE("settings written by an earlier Ebb under the old keys read as the same settings", "[settings][journal]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    storeRaw(*journal, QStringLiteral("onboarding/done"), QStringLiteral("1"));
    storeRaw(*journal, QStringLiteral("lock.pin_hash"), QStringLiteral("hash"));
    storeRaw(*journal, QStringLiteral("lock.idle_minutes"), QStringLiteral("5"));
    storeRaw(*journal, QStringLiteral("review/weekday"), QStringLiteral("3"));
    storeRaw(*journal, QStringLiteral("review/prompts"), QStringLiteral(R"([{"key":"k","text":"How was the week?"}])"));
    const JournalSettings settings = require(journal->settings());
    CHECK(settings.onboardingDone);
    CHECK(settings.pinHash == QStringLiteral("hash"));
    CHECK(settings.lockIdleMinutes == 5);
    CHECK(settings.review.weekday == 3);
    REQUIRE(settings.review.prompts.size() == 1);
    CHECK(settings.review.prompts.front().text == QStringLiteral("How was the week?"));
}

TEST_CASE("an unreadable stored setting keeps its default", "[settings][journal][errors]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    storeRaw(*journal, QStringLiteral("lock.idle_minutes"), QStringLiteral("-30"));
    storeRaw(*journal, QStringLiteral("review/weekday"), QStringLiteral("9"));
    storeRaw(*journal, QStringLiteral("review/prompts"), QStringLiteral("not json"));
    const JournalSettings settings = require(journal->settings());
    CHECK(settings.lockIdleMinutes == 0);
    CHECK(settings.review == ReviewSettings());
}

TEST_CASE("saving one setting leaves the others' stored values as they were", "[settings][journal]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    // What a newer Ebb might have written, and this one cannot read: kept, never "corrected".
    storeRaw(*journal, QStringLiteral("review/weekday"), QStringLiteral("9"));
    storeRaw(*journal, QStringLiteral("review/prompts"),
             QStringLiteral(R"([{"key":"k","text":"  Spaced  ","mood":1}])"));
    JournalSettings settings = require(journal->settings());
    settings.onboardingDone = true;
    requireOk(journal->saveSettings(settings));
    auto &db = ebb::test::databaseOf(*journal);
    CHECK(require(db.queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'review/weekday'"))) ==
          QStringLiteral("9"));
    CHECK(require(db.queryText(QStringLiteral("SELECT value FROM settings WHERE key = 'review/prompts'"))) ==
          QStringLiteral(R"([{"key":"k","text":"  Spaced  ","mood":1}])"));
    CHECK(require(journal->settings()).onboardingDone);
}
