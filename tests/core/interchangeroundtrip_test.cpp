// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import then export of the interchange CSV gives back what came in, empty fields included
// (issue 18): "not recorded" must never come back as 0.
#include "io/csvreader.h"
#include "io/importfile.h"
#include "io/interchangecsv.h"
#include "storage/importer.h"
#include "storage/journal.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::fixedToday;
using ebb::test::memoryJournal;
using ebb::test::require;

namespace {

/** RFC 4180, written here rather than borrowed from the exporter that is under test. */
QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) &&
        !field.contains(QLatin1Char('\r'))) {
        return field;
    }
    QString escaped = field;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"%1\"").arg(escaped);
}

/**
 * The exporter's guard against spreadsheet formulas, written here from docs/file-formats.md's rule: one more
 * quote before a text that begins (after any quotes) with =, +, -, @, tab or carriage return.
 */
QString guarded(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == QLatin1Char('\'')) {
        ++i;
    }
    const bool formula = i < text.size() && QStringLiteral("=+-@\t\r").contains(text[i]);
    return formula ? QLatin1Char('\'') + text : text;
}

QString line(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields) {
        out << quoted(f);
    }
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

/**
 * Interchange CSV texts in the exporter's own form (so that equality is exact): every field is
 * empty about a third of the time, independently of the others, so both boundary counts, one
 * of them, or neither are given; values are ones the journal keeps as they are (sleep in quarter
 * hours, tags sorted and unique, notes as typed).
 */
class JournalTexts
{
public:
    explicit JournalTexts(std::uint32_t seed)
        : m_rng(seed)
    {}

    QString next(int maxDays)
    {
        QString text = line(interchangeHeader());
        QDate day = QDate(2025, 1, 1).addDays(pick(0, 300));
        const int days = pick(1, maxDays);
        for (int i = 0; i < days; ++i) {
            text += line({day.toString(Qt::ISODate), score(0, 10), score(0, 10), score(0, 10), score(0, 10), sleep(),
                          score(1, 5), score(0, 4), score(0, 4), tags(), note()});
            day = day.addDays(pick(1, 3)); // with missed days between
        }
        return text;
    }

private:
    int pick(int min, int max) { return std::uniform_int_distribution<int>(min, max)(m_rng); }
    bool blank() { return pick(0, 2) == 0; }

    QString score(int min, int max) { return blank() ? QString() : QString::number(pick(min, max)); }

    QString sleep()
    {
        // 0 to 24 hours in quarters, written as short decimals: "0", "7.25", "7.5", "24".
        return blank() ? QString() : QString::number(pick(0, 96) / 4.0);
    }

    QString tags()
    {
        static const QStringList kPool = {
            QStringLiteral("-rest"),    QStringLiteral("@home"),    QStringLiteral("café"), QStringLiteral("Long walk"),
            QStringLiteral("meetings"), QStringLiteral("Sleep in"), QStringLiteral("walk")};
        QStringList chosen;
        for (const QString &t : kPool) {
            if (pick(0, 3) == 0) {
                chosen << t;
            }
        }
        std::sort(chosen.begin(), chosen.end(),
                  [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        return guarded(chosen.join(QLatin1Char(';')));
    }

    QString note()
    {
        static const QStringList kPool = {QString(),
                                          QStringLiteral("Rested."),
                                          QStringLiteral("Said \"no\", kindly"),
                                          QStringLiteral("Line one\nline two"),
                                          QStringLiteral("Müde, aber ruhig ✨"),
                                          QStringLiteral("  spaces around  "),
                                          QStringLiteral("=HYPERLINK(\"http://example.com\")"),
                                          QStringLiteral("+1 for resting"),
                                          QStringLiteral("- went well\n- slept"),
                                          QStringLiteral("@work again"),
                                          QStringLiteral("\tindented"),
                                          QStringLiteral("\r\nafter a break"),
                                          QStringLiteral("'=already quoted"),
                                          QStringLiteral("''-two quotes"),
                                          QStringLiteral("'tis the season"),
                                          QStringLiteral("'")};
        return guarded(kPool[pick(0, int(kPool.size()) - 1)]);
    }

    std::mt19937 m_rng;
};

/**
 * Texts that begin with every formula character, with quotes before them or not, and go on with
 * anything (quotes, separators, line breaks): the guard must give each one back exactly.
 */
class TrickyTexts
{
public:
    explicit TrickyTexts(std::uint32_t seed)
        : m_rng(seed)
    {}

    QString note() { return text(QStringLiteral("'=+-@\t\r\n\",; aé"), 0, 8); }
    QString tag() { return text(QStringLiteral("'=+-@\",ab"), 1, 6); } // no space: names are simplified

private:
    QString text(const QString &alphabet, int min, int max)
    {
        QString out;
        const int size = std::uniform_int_distribution<int>(min, max)(m_rng);
        for (int i = 0; i < size; ++i) {
            out += alphabet[std::uniform_int_distribution<int>(0, int(alphabet.size()) - 1)(m_rng)];
        }
        return out;
    }

    std::mt19937 m_rng;
};

/** Imports `text` into a new journal and exports the days it spans. */
QString importThenExport(const QString &text)
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const ImportFile file = require(readImportFile(text, ImportFormat::Ebb, fixedToday()));
    REQUIRE(file.problems.empty());
    require(journal->applyImport(file));
    const auto [first, last] =
        std::minmax_element(file.days.begin(), file.days.end(),
                            [](const ImportedDay &a, const ImportedDay &b) { return a.checkIn.date < b.checkIn.date; });
    return interchangeCsv(require(journal->checkIns(first->checkIn.date, last->checkIn.date)),
                          require(journal->tags()));
}

} // namespace

TEST_CASE("an empty boundary count imports and exports empty, never as 0", "[csv][import][roundtrip]")
{
    const QString text =
        line(interchangeHeader()) +
        line({QStringLiteral("2025-03-01"), QStringLiteral("5"), {}, {}, {}, {}, {}, {}, QStringLiteral("0"), {}, {}}) +
        line({QStringLiteral("2025-03-02"), {}, {}, {}, {}, {}, {}, QStringLiteral("0"), {}, {}, {}}) +
        line({QStringLiteral("2025-03-03"), {}, {}, {}, {}, {}, {}, {}, QStringLiteral("2"), {}, {}}) +
        line({QStringLiteral("2025-03-04"), {}, {}, {}, {}, {}, {}, QStringLiteral("3"), {}, {}, {}}) +
        line({QStringLiteral("2025-03-05"), {}, {}, {}, {}, {}, {}, QStringLiteral("0"), QStringLiteral("0"), {}, {}}) +
        line({QStringLiteral("2025-03-06"), QStringLiteral("4"), {}, {}, {}, {}, {}, {}, {}, {}, {}});
    CHECK(importThenExport(text).toStdString() == text.toStdString());
}

TEST_CASE("import then export gives back every generated journal, empty fields included", "[csv][import][roundtrip]")
{
    JournalTexts texts(18); // a fixed seed: the same journals on every run
    for (int i = 0; i < 300; ++i) {
        const QString text = texts.next(12);
        INFO("case " << i);
        REQUIRE(importThenExport(text).toStdString() == text.toStdString());
    }
}

TEST_CASE("re-importing a file with an empty count changes nothing; a count that is now given is a change",
          "[csv][import][roundtrip]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    const QString header = line(interchangeHeader());
    const QString emptyHeld =
        header + line({QStringLiteral("2025-03-01"), {}, {}, {}, {}, {}, {}, {}, QStringLiteral("0"), {}, {}});
    require(journal->applyImport(require(readImportFile(emptyHeld, ImportFormat::Ebb, fixedToday()))));
    const ImportPlan again =
        require(journal->planImport(require(readImportFile(emptyHeld, ImportFormat::Ebb, fixedToday()))));
    CHECK(again.count(ImportChange::Unchanged) == 1);

    const QString bothGiven =
        header +
        line({QStringLiteral("2025-03-01"), {}, {}, {}, {}, {}, {}, QStringLiteral("0"), QStringLiteral("0"), {}, {}});
    const ImportPlan changed =
        require(journal->planImport(require(readImportFile(bothGiven, ImportFormat::Ebb, fixedToday()))));
    CHECK(changed.count(ImportChange::Changed) == 1);
    require(journal->applyImport(require(readImportFile(bothGiven, ImportFormat::Ebb, fixedToday()))));
    CHECK(interchangeCsv(require(journal->checkIns({}, {})), require(journal->tags())) == bothGiven);
}

TEST_CASE("a journal not yet at schema 4 is still read without migrating it", "[csv][storage][roundtrip]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    require(journal->saveCheckIn(ebb::test::sampleCheckIn(QDate(2025, 3, 1))));
    // What ebb-cli export or an import preview meets in a journal last opened by an older Ebb.
    ebb::test::requireOk(ebb::test::databaseOf(*journal).exec(
        QStringLiteral("ALTER TABLE checkins DROP COLUMN unrecorded_count; PRAGMA user_version = 3")));
    const auto read = require(journal->checkIns({}, {}));
    REQUIRE(read.size() == 1);
    CHECK(read.front().energy == 6);
    CHECK_FALSE(read.front().unrecordedCount.has_value());
}

TEST_CASE("every note and tag survives export then import, whatever it begins with, and no cell starts a formula",
          "[csv][import][roundtrip][security]")
{
    FixedClock clock;
    auto journal = memoryJournal(clock);
    TrickyTexts texts(19);
    QDate day(2025, 1, 1);
    for (int i = 0; i < 200; ++i, day = day.addDays(1)) {
        CheckIn c;
        c.date = day;
        c.note = texts.note();
        const Tag tag = require(journal->addTag(texts.tag() + QString::number(i), TagKind::Drained));
        c.tagIds = {tag.id};
        require(journal->saveCheckIn(c));
    }
    const auto days = require(journal->checkIns({}, {}));
    const QString csv = interchangeCsv(days, require(journal->tags()));

    for (const CsvRecord &record : require(parseCsv(csv))) {
        for (const QString &cell : record.fields) {
            INFO("line " << record.line << ": " << cell.toStdString());
            CHECK_FALSE((!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())));
        }
    }

    auto again = memoryJournal(clock);
    const ImportFile file = require(readImportFile(csv, ImportFormat::Ebb, fixedToday()));
    REQUIRE(file.problems.empty());
    require(again->applyImport(file));
    const auto back = require(again->checkIns({}, {}));
    const auto tagsBack = require(again->tags());
    const auto nameOf = [](const std::vector<Tag> &tags, qint64 id) {
        const auto tag = std::find_if(tags.begin(), tags.end(), [&](const Tag &t) { return t.id == id; });
        return tag == tags.end() ? QString() : tag->name;
    };
    const auto tags = require(journal->tags());
    REQUIRE(back.size() == days.size());
    for (size_t i = 0; i < days.size(); ++i) {
        INFO(days[i].note.toStdString());
        CHECK(back[i].note == days[i].note);
        REQUIRE(back[i].tagIds.size() == 1);
        CHECK(nameOf(tagsBack, back[i].tagIds.front()) == nameOf(tags, days[i].tagIds.front()));
    }
    CHECK(interchangeCsv(back, tagsBack) == csv);
}
