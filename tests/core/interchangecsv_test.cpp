// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/atomicfile.h"
#include "io/csv.h"
#include "io/csvreader.h"
#include "io/interchangecsv.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>

using namespace ebb;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::sampleCheckIn;
using ebb::test::TempDir;

TEST_CASE("the CSV header is exactly the documented one", "[csv]")
{
    CHECK(interchangeHeader().join(QLatin1Char(',')) ==
          QStringLiteral("date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,"
                         "boundaries_slipped,tags,note"));
}

TEST_CASE("fields with commas, quotes or line breaks are quoted per RFC 4180", "[csv]")
{
    CHECK(csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csvField(QStringLiteral("a, b")) == QStringLiteral("\"a, b\""));
    CHECK(csvField(QStringLiteral("say \"no\"")) == QStringLiteral("\"say \"\"no\"\"\""));
    CHECK(csvField(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(csvRecord({QStringLiteral("a"), QString()}) == QStringLiteral("a,\r\n"));
}

TEST_CASE("sleep hours are written as short decimals", "[csv]")
{
    CHECK(formatSleepHours(450) == QStringLiteral("7.5"));
    CHECK(formatSleepHours(420) == QStringLiteral("7"));
    CHECK(formatSleepHours(435) == QStringLiteral("7.25"));
    CHECK(formatSleepHours(0) == QStringLiteral("0"));
}

TEST_CASE("a check-in becomes one CSV row: empty stays empty, tags by name, boundary counts", "[csv]")
{
    CheckIn full = sampleCheckIn(QDate(2026, 3, 14));
    full.tagIds = {2, 1};
    full.boundaries = {{1, BoundaryStatus::Held}, {2, BoundaryStatus::Slipped}, {3, BoundaryStatus::Held}};
    full.note = QStringLiteral("Tired, but \"okay\"");
    CheckIn sparse;
    sparse.date = QDate(2026, 3, 15);
    sparse.mood = 0;
    const std::vector<Tag> tags = {{1, QStringLiteral("walk"), TagKind::Restored, {}},
                                   {2, QStringLiteral("Meetings"), TagKind::Drained, {}}};
    const QStringList lines = interchangeCsv({full, sparse}, tags).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4); // header, two rows, and the empty rest after the last CRLF
    CHECK(lines[1] == QStringLiteral("2026-03-14,6,5,4,7,7.5,3,2,1,Meetings;walk,\"Tired, but \"\"okay\"\"\""));
    CHECK(lines[2] == QStringLiteral("2026-03-15,,0,,,,,,,,"));
}

TEST_CASE("a note or tag a spreadsheet would run as a formula is written behind a quote", "[csv][security]")
{
    // OWASP's "CSV injection": =, +, -, @, tab and carriage return start a formula in Excel and LibreOffice.
    const QStringList formulas = {QStringLiteral("=HYPERLINK(\"http://example.com/?leak\",\"Click\")"),
                                  QStringLiteral("+cmd|' /C calc'!A0"),
                                  QStringLiteral("-2+3"),
                                  QStringLiteral("@SUM(A1:A9)"),
                                  QStringLiteral("\t=1+1"),
                                  QStringLiteral("\r=1+1")};
    const std::vector<Tag> tags = {{1, QStringLiteral("@home"), TagKind::Restored, {}},
                                   {2, QStringLiteral("walk"), TagKind::Restored, {}}};
    for (const QString &formula : formulas) {
        INFO(formula.toStdString());
        CheckIn c = sampleCheckIn(QDate(2026, 3, 14));
        c.tagIds = {1, 2};
        c.note = formula;
        const auto records = require(parseCsv(interchangeCsv({c}, tags)));
        REQUIRE(records.size() == 2);
        const QStringList &cells = records[1].fields;
        CHECK(cells.mid(0, 9) == QStringList{QStringLiteral("2026-03-14"), QStringLiteral("6"), QStringLiteral("5"),
                                             QStringLiteral("4"), QStringLiteral("7"), QStringLiteral("7.5"),
                                             QStringLiteral("3"), QString(), QString()}); // numbers stay numbers
        CHECK(cells[9].toStdString() == "'@home;walk");
        CHECK(cells[10].toStdString() == (QLatin1Char('\'') + formula).toStdString());
    }
}

TEST_CASE("the formula guard is reversible: a text that begins with quotes keeps them", "[csv][security]")
{
    // One more quote goes before a run of quotes that ends in a formula character, and only there.
    CHECK(formulaSafe(QStringLiteral("'=1+1")) == QStringLiteral("''=1+1"));
    CHECK(formulaSafe(QStringLiteral("''-x")) == QStringLiteral("'''-x"));
    CHECK(formulaSafe(QStringLiteral("'tis the season")) == QStringLiteral("'tis the season"));
    CHECK(formulaSafe(QStringLiteral("'")) == QStringLiteral("'"));
    CHECK(formulaSafe(QStringLiteral("a = b - c")) == QStringLiteral("a = b - c"));
    CHECK(formulaSafe(QString()) == QString());
    const QStringList texts = {QString(),
                               QStringLiteral("'"),
                               QStringLiteral("''"),
                               QStringLiteral("'="),
                               QStringLiteral("=\\"),
                               QStringLiteral("''@x"),
                               QStringLiteral("'tis"),
                               QStringLiteral("-"),
                               QStringLiteral("\t'"),
                               QStringLiteral("plain")};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        const QString guarded = formulaSafe(text);
        CHECK(fromFormulaSafe(guarded) == text);
        CHECK_FALSE((!guarded.isEmpty() && QStringLiteral("=+-@\t\r").contains(guarded.front())));
    }
}

TEST_CASE("a file written whole is the owner's alone, whatever the umask and whatever it replaced",
          "[io][files][security]")
{
    TempDir tmp;
    const ebb::test::ScopedUmask desktop(022); // the usual desktop umask: new files readable by everyone
    const QString path = tmp.path(QStringLiteral("export.csv"));
    auto written = writeFileAtomically(path, "notes for my therapist");
    {
        QFile existing(tmp.path(QStringLiteral("shared.md")));
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.setPermissions(existing.permissions() | QFile::ReadOther | QFile::ReadGroup);
    }
    auto replaced = writeFileAtomically(tmp.path(QStringLiteral("shared.md")), "# report");
    requireOk(written);
    requireOk(replaced);
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    CHECK(QFileInfo(path).permissions() == ownerOnly);
    CHECK(QFileInfo(tmp.path(QStringLiteral("shared.md"))).permissions() == ownerOnly);
}

TEST_CASE("an atomic write replaces the file whole, and a failed one leaves nothing behind", "[io][errors]")
{
    TempDir tmp;
    const QString path = tmp.path(QStringLiteral("out.csv"));
    requireOk(writeFileAtomically(path, "first"));
    requireOk(writeFileAtomically(path, "second"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "second");

    const QString missingFolder = tmp.path(QStringLiteral("no/such/folder/out.csv"));
    auto r = writeFileAtomically(missingFolder, "x");
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("nothing was written")));
    CHECK_FALSE(QFile::exists(missingFolder));
}

TEST_CASE("a rename that must not replace leaves an existing file alone and says why it did not move", "[io][errors]")
{
    TempDir tmp;
    const QString from = tmp.path(QStringLiteral("copy.partial"));
    const QString to = tmp.path(QStringLiteral("copy"));
    requireOk(writeFileAtomically(from, "new"));
    requireOk(writeFileAtomically(to, "kept"));
    CHECK(renameWithoutReplacing(from, to) == RenameOutcome::TargetExists);
    const auto contents = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    };
    CHECK(contents(to) == "kept");
    CHECK(contents(from) == "new");

    CHECK(renameWithoutReplacing(tmp.path(QStringLiteral("gone")), tmp.path(QStringLiteral("x"))) ==
          RenameOutcome::Failed);
    REQUIRE(QFile::remove(to));
    CHECK(renameWithoutReplacing(from, to) == RenameOutcome::Renamed);
    CHECK(contents(to) == "new");
    CHECK_FALSE(QFile::exists(from));
}
