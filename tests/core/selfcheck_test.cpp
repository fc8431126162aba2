// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly burnout self-check: its scoring, storage, migration and ebb-cli selfcheck.
#include "clirun.h"
#include "domain/note.h"
#include "domain/selfcheck.h"
#include "storage/database.h"
#include "storage/journal.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::Run;
using ebb::test::runCli;
using ebb::test::TempDir;

namespace {

SelfCheck checkOf(QDate day, std::array<std::optional<int>, kSelfCheckItems> answers)
{
    SelfCheck c;
    c.date = day;
    c.answers = answers;
    return c;
}

int selfCheckRows(const QString &path)
{
    FixedClock clock;
    auto journal = require(Journal::openForReading(path, clock));
    return int(require(journal->selfChecks()).size());
}

} // namespace

TEST_CASE("a self-check's score is the mean of the answered questions", "[selfcheck]")
{
    const QDate day(2026, 3, 1);
    CHECK(checkOf(day, {100, 100, 100, 100, 100, 100}).score() == 100.0);
    CHECK(checkOf(day, {0, 0, 0, 0, 0, 0}).score() == 0.0);
    CHECK(checkOf(day, {100, 75, 50, 25, 0, 50}).score() == 50.0);
    // Skipped questions are left out of the mean, not counted as 0.
    const SelfCheck four = checkOf(day, {75, std::nullopt, 75, 50, std::nullopt, 100});
    CHECK(four.answered() == 4);
    CHECK(four.score() == 75.0);
    const SelfCheck three = checkOf(day, {100, 50, std::nullopt, 25, std::nullopt, std::nullopt});
    REQUIRE(three.score().has_value());
    CHECK(*three.score() == Approx(175.0 / 3));
}

TEST_CASE("a self-check needs at least half the questions answered for a score", "[selfcheck]")
{
    const QDate day(2026, 3, 1);
    const SelfCheck two = checkOf(day, {100, std::nullopt, std::nullopt, 25, std::nullopt, std::nullopt});
    CHECK(two.answered() == 2);
    CHECK_FALSE(two.score().has_value());
    CHECK_FALSE(validationProblems(two).isEmpty());
    CHECK(validationProblems(checkOf(day, {100, 0, 25, std::nullopt, std::nullopt, std::nullopt})).isEmpty());
    CHECK_FALSE(validationProblems(checkOf(day, {60, 0, 25, 50, 50, 50})).isEmpty()); // 60 is no answer
}

TEST_CASE("self-check answers are read from six comma-separated scores", "[selfcheck]")
{
    QString problem;
    auto ok = parseSelfCheckAnswers(QStringLiteral("50,75,,25, 100 ,0"), &problem);
    REQUIRE(ok.has_value());
    CHECK((*ok)[0] == 50);
    CHECK_FALSE((*ok)[2].has_value());
    CHECK((*ok)[4] == 100);
    for (const char *bad : {"50,75,25,100,0", "50,75,25,100,0,0,0", "50,75,x,100,0,0", "50,75,30,100,0,0",
                            "50,75,-25,100,0,0", "50,75,125,100,0,0", "50;75;25;100;0;0"}) {
        INFO(bad);
        problem.clear();
        CHECK_FALSE(parseSelfCheckAnswers(QString::fromLatin1(bad), &problem).has_value());
        CHECK_FALSE(problem.isEmpty());
    }
}

TEST_CASE("self-checks are kept, replaced on the same day, listed oldest first and removed", "[selfcheck][storage]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    require(journal->saveSelfCheck(checkOf(QDate(2026, 3, 1), {50, 50, 50, 50, 50, 50})));
    require(journal->saveSelfCheck(checkOf(QDate(2026, 1, 31), {100, 75, 75, 50, 75, std::nullopt})));
    require(journal->saveSelfCheck(checkOf(QDate(2026, 3, 1), {25, 25, 25, 25, std::nullopt, std::nullopt})));
    auto all = require(journal->selfChecks());
    REQUIRE(all.size() == 2);
    CHECK(all[0].date == QDate(2026, 1, 31));
    CHECK(all[0].answered() == 5);
    CHECK(all[1].score() == 25.0);
    CHECK_FALSE(all[1].answers[4].has_value());
    CHECK(require(journal->removeSelfCheck(QDate(2026, 3, 1))));
    CHECK_FALSE(require(journal->removeSelfCheck(QDate(2026, 3, 1))));
    CHECK(require(journal->selfChecks()).size() == 1);
    // A check with too few answers is refused by the journal, and nothing changes.
    auto refused = journal->saveSelfCheck(
        checkOf(QDate(2026, 2, 1), {50, std::nullopt, std::nullopt, std::nullopt, std::nullopt, 50}));
    CHECK_FALSE(refused);
    CHECK(require(journal->selfChecks()).size() == 1);
    // The full JSON backup carries them.
    const QJsonObject dump = require(journal->dumpTables());
    CHECK(dump[QStringLiteral("tables")][QStringLiteral("self_checks")].toArray().size() == 1);
}

TEST_CASE("a schema 4 journal gains self-checks and the 'bring up' mark, keeping its check-ins", "[selfcheck]"
                                                                                                 "[migrations]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("v4.sqlite"));
    ebb::test::writeOlderJournal(path, 4,
                                 QStringLiteral("INSERT INTO checkins (day, energy, note, note_shared, created_at, "
                                                "updated_at) VALUES ('2026-03-10', 6, 'talk about work', 1, 'x', "
                                                "'x')"));
    FixedClock clock;
    // Read as it is first: an older journal has no self-checks and its notes no mark, and is not migrated.
    {
        auto old = require(Journal::openForReading(path, clock));
        CHECK(require(old->selfChecks()).empty());
        CHECK_FALSE(require(old->checkIn(QDate(2026, 3, 10)))->noteBringUp);
        CHECK(require(old->schemaVersion()) == 4);
    }
    auto journal = require(Journal::open(path, clock));
    CHECK(require(journal->schemaVersion()) == latestSchemaVersion());
    auto day = require(journal->checkIn(QDate(2026, 3, 10)));
    REQUIRE(day.has_value());
    CHECK(day->energy == 6);
    CHECK(day->noteShared);
    CHECK_FALSE(day->noteBringUp);
    day->noteBringUp = true;
    require(journal->saveCheckIn(*day));
    CHECK(require(journal->checkIn(QDate(2026, 3, 10)))->noteBringUp);
    require(journal->saveSelfCheck(checkOf(QDate(2026, 3, 12), {75, 75, 50, 25, 75, 50})));
    CHECK(require(journal->selfChecks()).size() == 1);
}

TEST_CASE("ebb-cli selfcheck add keeps a check and list prints it, as text and JSON", "[selfcheck][cli]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString dbArg = QStringLiteral("--database=") + db;
    Run r = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg, QStringLiteral("--date"),
                    QStringLiteral("2026-02-01"), QStringLiteral("--answers"), QStringLiteral("100,75,75,50,75,25")});
    CHECK(r.exitCode == 0);
    CHECK(r.err.isEmpty());
    CHECK(r.out.contains(QStringLiteral("67 of 100")));
    r = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg, QStringLiteral("--date=2026-01-03"),
                QStringLiteral("--answers=50,,25,,50,")});
    CHECK(r.exitCode == 0);

    r = runCli({QStringLiteral("selfcheck"), QStringLiteral("list"), dbArg, QStringLiteral("--format=json")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(list.size() == 2);
    CHECK(list[0][QStringLiteral("date")].toString() == QStringLiteral("2026-01-03"));
    CHECK(list[0][QStringLiteral("answered")].toInt() == 3);
    CHECK(list[0][QStringLiteral("score")].toDouble() == Approx(125.0 / 3));
    CHECK(list[1][QStringLiteral("date")].toString() == QStringLiteral("2026-02-01"));
    CHECK(list[1][QStringLiteral("score")].toDouble() == Approx(400.0 / 6));
    CHECK(list[1][QStringLiteral("answered")].toInt() == 6);

    r = runCli({QStringLiteral("selfcheck"), QStringLiteral("list"), dbArg});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("2026-01-03")));
    CHECK(r.out.indexOf(QStringLiteral("2026-01-03")) < r.out.indexOf(QStringLiteral("2026-02-01")));
}

TEST_CASE("ebb-cli selfcheck add refuses bad answers with a clear line and stores nothing", "[selfcheck][cli][errors]")
{
    TempDir tmp;
    const QString db = tmp.path(QStringLiteral("ebb.sqlite"));
    const QString dbArg = QStringLiteral("--database=") + db;
    REQUIRE(runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg, QStringLiteral("--date=2026-02-01"),
                    QStringLiteral("--answers=50,50,50,50,50,50")})
                .exitCode == 0);
    for (const char *bad :
         {"50,50,50,50,50", "50,50,50,50,50,51", "often,50,50,50,50,50", "50,,,,,50", "50,50,50,50,50,50,50", ""}) {
        INFO(bad);
        const Run r = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg,
                              QStringLiteral("--date=2026-03-01"), QStringLiteral("--answers=") + QLatin1String(bad)});
        CHECK(r.exitCode == 1);
        CHECK(r.err.startsWith(QStringLiteral("ebb-cli: Nothing was stored")));
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(selfCheckRows(db) == 1);
    }
    // A day that cannot be looked back from, and a date that is no date.
    Run r = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg, QStringLiteral("--date=2999-01-01"),
                    QStringLiteral("--answers=50,50,50,50,50,50")});
    CHECK(r.exitCode == 1);
    r = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg, QStringLiteral("--date=2026-02-30"),
                QStringLiteral("--answers=50,50,50,50,50,50")});
    CHECK(r.exitCode == 2);
    CHECK(runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg}).exitCode == 2);
    CHECK(runCli({QStringLiteral("selfcheck"), QStringLiteral("remove"), dbArg}).exitCode == 2);
    CHECK(
        runCli({QStringLiteral("selfcheck"), QStringLiteral("list"), dbArg, QStringLiteral("--format=xml")}).exitCode ==
        2);
    CHECK(selfCheckRows(db) == 1);
    // Nothing is created for a refused check.
    const QString none = tmp.path(QStringLiteral("none.sqlite"));
    r = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), QStringLiteral("--database=") + none,
                QStringLiteral("--answers=1,2,3,4,5,6")});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(none));
}

TEST_CASE("the self-check is offered four weeks after the last one, or after the person put it off", "[selfcheck]")
{
    const QDate today(2026, 4, 11);
    CHECK(selfCheckDue({}, today));
    const SelfCheck recent = checkOf(today.addDays(-27), {50, 50, 50, 50, 50, 50});
    const SelfCheck old = checkOf(today.addDays(-28), {50, 50, 50, 50, 50, 50});
    CHECK_FALSE(selfCheckDue({recent}, today));
    CHECK(selfCheckDue({old}, today));
    CHECK_FALSE(selfCheckDue({old, recent}, today));
    // "Not this month" keeps it quiet for four weeks, across the turn of a month too.
    CHECK_FALSE(selfCheckDue({old}, today, today.addDays(-21)));
    CHECK(selfCheckDue({old}, today, today.addDays(-28)));
    // A check dated after today (a clock set back) does not silence it for ever.
    CHECK(selfCheckDue({checkOf(today.addDays(40), {50, 50, 50, 50, 50, 50})}, today));
}

TEST_CASE("the journal's own rules refuse a self-check with a wrong answer or fewer than three", "[selfcheck][storage]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    Database &db = ebb::test::databaseOf(*journal);
    const auto insert = [&](const QString &values) {
        return db.exec(QStringLiteral("INSERT INTO self_checks (day, tired, physically_exhausted, "
                                      "emotionally_exhausted, cannot_take_it, worn_out, weak_and_ill, created_at, "
                                      "updated_at) VALUES ('2026-03-01', %1, 'x', 'x')")
                           .arg(values));
    };
    CHECK_FALSE(insert(QStringLiteral("50, 50, NULL, NULL, NULL, NULL"))); // two answers
    CHECK_FALSE(insert(QStringLiteral("50, 50, 30, NULL, NULL, NULL")));   // 30 is no answer
    CHECK_FALSE(insert(QStringLiteral("50, 50, 125, NULL, NULL, NULL")));
    CHECK(require(journal->selfChecks()).empty());
    requireOk(insert(QStringLiteral("50, 50, 0, NULL, NULL, NULL")));
    CHECK(require(journal->selfChecks()).size() == 1);
    require(journal->saveCheckIn(ebb::test::sampleCheckIn(clock.today())));
    CHECK_FALSE(db.exec(QStringLiteral("UPDATE checkins SET note_bring_up = 2"))); // a mark is 0 or 1
}

TEST_CASE("a note's 'bring up' mark is kept, read back, carried by a draft, and read as off in an older journal",
          "[selfcheck][notes]")
{
    FixedClock clock;
    auto journal = require(Journal::open(QStringLiteral(":memory:"), clock));
    Note note{0, clock.today(), QStringLiteral("Talk about the project"), false, {}, {}, true};
    note = require(journal->addNote(note));
    CHECK(require(journal->notes(clock.today(), clock.today())).front().bringUp);
    note.bringUp = false;
    require(journal->updateNote(note));
    CHECK_FALSE(require(journal->notes(clock.today(), clock.today())).front().bringUp);
    CHECK_FALSE(ebb::test::databaseOf(*journal).exec(QStringLiteral("UPDATE notes SET bring_up = 2")));

    // A draft keeps the check-in note's mark, so a restored form has it.
    CheckIn form = ebb::test::sampleCheckIn(clock.today());
    form.noteBringUp = true;
    requireOk(journal->saveDraft(form));
    const auto restored = require(journal->draft(clock.today()));
    REQUIRE(restored.has_value());
    CHECK(restored->checkIn.noteBringUp);

    // A schema 4 journal, read as it is, has notes without the mark: they read as not marked.
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("v4.sqlite"));
    ebb::test::writeOlderJournal(path, 4,
                                 QStringLiteral("INSERT INTO notes (day, body, shared, created_at, updated_at) "
                                                "VALUES ('2026-03-10', 'an older note', 1, 'x', 'x')"));
    auto old = require(Journal::openForReading(path, clock));
    const auto notes = require(old->notes({}, {}));
    REQUIRE(notes.size() == 1);
    CHECK(notes.front().shared);
    CHECK_FALSE(notes.front().bringUp);
}

TEST_CASE("ebb-cli export puts the question first and the self-check where the sections say", "[selfcheck][cli]")
{
    TempDir tmp;
    const QString dbArg = QStringLiteral("--database=") + tmp.path(QStringLiteral("ebb.sqlite"));
    REQUIRE(runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), dbArg, QStringLiteral("--date=2026-01-04"),
                    QStringLiteral("--answers=75,75,50,50,75,25")})
                .exitCode == 0);
    const QStringList md = {QStringLiteral("export"), dbArg, QStringLiteral("--format=md"),
                            QStringLiteral("--from=2026-01-01"), QStringLiteral("--to=2026-01-28")};
    Run r = runCli(md + QStringList{QStringLiteral("--question"), QStringLiteral("How do I rest without guilt?")});
    REQUIRE(r.exitCode == 0);
    INFO(r.out.toStdString());
    const qsizetype question = r.out.indexOf(QStringLiteral("> How do I rest without guilt?"));
    CHECK(question > 0);
    CHECK(question < r.out.indexOf(QStringLiteral("## Burnout self-check")));
    CHECK(r.out.contains(QStringLiteral("58 of 100 on 4 Jan 2026")));

    r = runCli(md + QStringList{QStringLiteral("--sections=overview,flags")});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(QStringLiteral("self-check")));
    r = runCli(md + QStringList{QStringLiteral("--sections=selfcheck")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("## Burnout self-check")));
    CHECK_FALSE(r.out.contains(QStringLiteral("## Key numbers")));

    // A question longer than page 1 can hold is bad usage, and nothing is written.
    const QString out = tmp.path(QStringLiteral("report.md"));
    r = runCli(
        md + QStringList{QStringLiteral("--question"), QString(1001, QLatin1Char('x')), QStringLiteral("--out"), out});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("1000")));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("selfcheck add --help names the six questions the answers belong to, in the person's language",
          "[selfcheck][cli][i18n]")
{
    const Run english = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), QStringLiteral("--help")});
    CHECK(english.exitCode == 0);
    for (int item = 0; item < kSelfCheckItems; ++item) {
        CHECK(english.out.contains(QStringLiteral("%1. %2").arg(item + 1).arg(selfCheckQuestion(item))));
    }
    CHECK(english.out.contains(QStringLiteral("100 = Always")));

    const QStringList german = {QStringLiteral("LANGUAGE=de"), QStringLiteral("LANG=de_DE.UTF-8")};
    const Run deutsch = runCli({QStringLiteral("selfcheck"), QStringLiteral("add"), QStringLiteral("--help")}, german);
    CHECK(deutsch.exitCode == 0);
    CHECK(deutsch.out.contains(QStringLiteral("1. Wie oft fühlst du dich müde?")));
    CHECK(deutsch.out.contains(QStringLiteral("100 = Immer")));
    CHECK_FALSE(deutsch.out.contains(QStringLiteral("How often")));
    // The general help and a usage message, too.
    const Run help = runCli({QStringLiteral("--help")}, german);
    CHECK(help.out.contains(QStringLiteral("Befehle")));
    CHECK_FALSE(help.out.contains(QStringLiteral("Headless commands")));
    const Run wrong = runCli(
        {QStringLiteral("selfcheck"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("gestern")},
        german);
    CHECK(wrong.exitCode == 2);
    CHECK_FALSE(wrong.err.contains(QStringLiteral("wants a day")));
}
