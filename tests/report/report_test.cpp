// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/note.h"
#include "domain/review.h"
#include "domain/selfcheck.h"
#include "exporter.h"
#include "io/interchangereader.h"
#include "pdfreport.h"
#include "storage/journal.h"
#include "syntheticdiary.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>

using namespace ebb;
using ebb::test::FixedClock;
using ebb::test::fixedToday;
using ebb::test::require;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

/** Twelve weeks of synthetic days ending on the clock's today, notes shared and not, and a review. */
std::unique_ptr<Journal> reportJournal(const FixedClock &clock)
{
    auto journal = ebb::test::memoryJournal(clock);
    const QDate today = clock.today();
    requireOk(
        test::saveDiary(*journal, test::syntheticDiary(test::Scenario::SuddenDrop, 84, 70, 4, today.addDays(-83))));
    CheckIn shared = require(journal->checkIn(today.addDays(-3))).value_or(CheckIn{});
    shared.date = today.addDays(-3);
    shared.note = QStringLiteral("SHAREDMARKER talked with my manager about hours");
    shared.noteShared = true;
    require(journal->saveCheckIn(shared));
    CheckIn secret = require(journal->checkIn(today.addDays(-4))).value_or(CheckIn{});
    secret.date = today.addDays(-4);
    secret.note = QStringLiteral("PRIVATEMARKER something only for me");
    require(journal->saveCheckIn(secret));
    require(journal->addNote({0, today.addDays(-2), QStringLiteral("SHAREDNOTE slept badly, worried"), true, {}, {}}));
    require(journal->addNote({0, today.addDays(-1), QStringLiteral("PRIVATENOTE not for anyone"), false, {}, {}}));
    require(journal->saveReview(
        {isoWeekKey(today.addDays(-7)),
         {{QStringLiteral("proud"), QStringLiteral("Proud of:"), QStringLiteral("REVIEWMARKER rested")}},
         {},
         {}}));
    return journal;
}

ReportOptions lastTwelveWeeks(const FixedClock &clock)
{
    ReportOptions o;
    o.to = clock.today();
    o.from = o.to.addDays(-83);
    o.name = QStringLiteral("Robin K.");
    return o;
}

/** The PDF's text, read by poppler's pdftotext; only pages `first` to `last` when given. */
QString pdfText(const QByteArray &pdf, int first = 0, int last = 0)
{
    QProcess process;
    QStringList args{QStringLiteral("-layout")};
    if (first > 0) {
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    }
    process.start(QStringLiteral("pdftotext"), args << QStringLiteral("-") << QStringLiteral("-"));
    REQUIRE(process.waitForStarted(10000)); // poppler-utils: installed by scripts/test
    process.write(pdf);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    // The PDF's fonts use ligatures ("ﬂ" in "reflections"); read them as the letters they stand for.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

/**
 * Twelve weeks in a weekly rhythm: "meetings" the day before a low-energy day, "walk" the day
 * before a good one; the last four weeks run a point lower than the eight before. Two self-checks,
 * and one check-in note marked to bring up in therapy (and not to share).
 */
std::unique_ptr<Journal> sessionJournal(const FixedClock &clock)
{
    auto journal = ebb::test::memoryJournal(clock);
    const Tag meetings = require(journal->addTag(QStringLiteral("meetings"), TagKind::Drained));
    const Tag walk = require(journal->addTag(QStringLiteral("walk"), TagKind::Restored));
    const QDate today = clock.today();
    for (int i = 83; i >= 0; --i) {
        const QDate day = today.addDays(-i);
        const int phase = i % 7;
        const int lower = i < 28 ? 1 : 0;
        CheckIn c;
        c.date = day;
        c.energy = phase == 1 ? 2 : phase == 4 ? 9 : 5 + (i % 3) - lower;
        c.mood = 6 - lower;
        c.stress = 3 + 2 * lower;
        c.load = 5;
        c.sleepMinutes = 7 * 60;
        c.sleepQuality = 3;
        if (phase == 2) {
            c.tagIds = {meetings.id};
        } else if (phase == 5) {
            c.tagIds = {walk.id};
        }
        if (i == 5) {
            c.note = QStringLiteral("TOPICMARKER the extra project at work");
            c.noteBringUp = true;
        }
        if (i == 10) {
            continue; // a missed day
        }
        require(journal->saveCheckIn(c));
    }
    SelfCheck earlier;
    earlier.date = today.addDays(-40);
    earlier.answers = {100, 75, 75, 75, 100, 50};
    require(journal->saveSelfCheck(earlier));
    SelfCheck latest;
    latest.date = today.addDays(-3);
    latest.answers = {50, 50, 75, 25, 50, std::nullopt};
    require(journal->saveSelfCheck(latest));
    return journal;
}

} // namespace

TEST_CASE("page 1 of a four-week report is the session: question, what changed, self-check, drained and restored",
          "[report][pdf][session]")
{
    FixedClock clock;
    auto journal = sessionJournal(clock);
    ExportRequest request;
    request.format = ExportFormat::Pdf;
    request.options.to = clock.today();
    request.options.from = clock.today().addDays(-27);
    request.options.question = QStringLiteral("How do I say no at work without feeling guilty for days?");
    const QByteArray pdf = require(renderExport(*journal, request));
    const QString page1 = pdfText(pdf, 1, 1).simplified();
    INFO(page1.toStdString());
    const QStringList inOrder = {
        QStringLiteral("For this session"),
        QStringLiteral("How do I say no at work without feeling guilty for days?"),
        QStringLiteral("What changed"),
        QStringLiteral("Compared with the 28 days before"),
        QStringLiteral("energy went down"),
        QStringLiteral("stress went up"),
        QStringLiteral("27 of 28 days have a check-in; 1 day was not recorded"),
        QStringLiteral("Burnout self-check"),
        QStringLiteral("50 of 100 on 11 Mar 2026"),
        QStringLiteral("79 (2 Feb 2026)"),
        QStringLiteral("What drained and what restored"),
        QStringLiteral("Before low-energy days: meetings"),
        QStringLiteral("Before good days: walk"),
        QStringLiteral("not causes"),
        QStringLiteral("To bring up"),
        QStringLiteral("TOPICMARKER the extra project at work"),
        QStringLiteral("Key numbers"),
    };
    qsizetype at = 0;
    for (const QString &part : inOrder) {
        INFO(part.toStdString());
        const qsizetype found = page1.indexOf(part, at);
        CHECK(found >= 0);
        at = found >= 0 ? found : at;
    }
    // The detail starts on page 2: the charts of all six measures, with their strip explained.
    const QString page2 = pdfText(pdf, 2, 2);
    CHECK(page2.contains(QStringLiteral("Day by day")));
    for (const char *measure :
         {"Energy (0–10)", "Mood (0–10)", "Stress (0–10", "Load (0–10)", "Sleep (hours)", "Sleep quality (1–5)"}) {
        INFO(measure);
        CHECK(page2.contains(QString::fromUtf8(measure)));
    }
    // A pattern's level is said in words the page explains.
    const QString all = pdfText(pdf).simplified();
    CHECK(all.contains(QStringLiteral("Ebb shows a pattern at one of two levels")));
    CHECK(all.contains(QStringLiteral("Stress above the usual")));
    CHECK(all.contains(QStringLiteral("reached Ebb's stronger level")));
}

TEST_CASE("a report without a question, self-checks or earlier days says so plainly", "[report][session]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    CheckIn only;
    only.date = clock.today();
    only.energy = 4;
    require(journal->saveCheckIn(only));
    ExportRequest request;
    request.format = ExportFormat::Markdown;
    request.options.to = clock.today();
    request.options.from = clock.today().addDays(-6);
    const QString md = QString::fromUtf8(require(renderExport(*journal, request)));
    INFO(md.toStdString());
    CHECK_FALSE(md.contains(QStringLiteral("For this session")));
    CHECK(md.contains(QStringLiteral("No burnout self-check yet")));
    CHECK(md.contains(QStringLiteral("too few check-ins before this period")));
    // The journal began today: the days before it are not "missed".
    CHECK(md.contains(QStringLiteral("1 of 1 days have a check-in: every day was recorded.")));
    CHECK(md.contains(QStringLiteral("No tag came clearly more often")));
    CHECK_FALSE(md.contains(QStringLiteral("To bring up")));
    // Sections left out are left out: no self-check when the person unticks it.
    request.options.sections = kAllReportSections & ~int(ReportSection::SelfCheck);
    CHECK_FALSE(QString::fromUtf8(require(renderExport(*journal, request))).contains(QStringLiteral("self-check")));
}

TEST_CASE("the Markdown carries page 1's content in page 1's order", "[report][session][markdown]")
{
    FixedClock clock;
    auto journal = sessionJournal(clock);
    ExportRequest request;
    request.format = ExportFormat::Markdown;
    request.options.to = clock.today();
    request.options.from = clock.today().addDays(-27);
    request.options.question = QStringLiteral("What to do about *work*?");
    // A tag's name is the person's text: escaped like every other, so a viewer shows it as typed.
    const Tag meetings = require(journal->tags()).front();
    requireOk(journal->renameTag(meetings.id, QStringLiteral("<b>meetings</b>")));
    const QString md = QString::fromUtf8(require(renderExport(*journal, request)));
    INFO(md.toStdString());
    CHECK(md.contains(QStringLiteral("\\<b\\>meetings\\</b\\>")));
    CHECK_FALSE(md.contains(QStringLiteral("<b>")));
    CHECK_FALSE(md.contains(QStringLiteral("About the same\\:"))); // Ebb's own words are not escaped
    qsizetype at = 0;
    for (const char *heading : {"## For this session", "> What to do about \\*work\\*?", "## What changed",
                                "## Burnout self-check", "## What drained and what restored", "meetings",
                                "## To bring up", "TOPICMARKER", "## Key numbers", "## Pacing patterns noticed"}) {
        INFO(heading);
        const qsizetype found = md.indexOf(QString::fromUtf8(heading), at);
        CHECK(found >= 0);
        at = found >= 0 ? found : at;
    }
}

TEST_CASE("a report holds no notes unless the person chooses them", "[report][notes]")
{
    FixedClock clock;
    auto journal = reportJournal(clock);
    ReportOptions o = lastTwelveWeeks(clock);
    const auto texts = [&](const ReportOptions &options) {
        QStringList out;
        for (const ReportNote &n : require(gatherReport(*journal, options)).notes) {
            out << n.text.section(QLatin1Char(' '), 0, 0);
        }
        return out;
    };
    CHECK(texts(o).isEmpty()); // the default is none
    o.notes = NotesPolicy::Shared;
    CHECK(texts(o) == QStringList{QStringLiteral("SHAREDMARKER"), QStringLiteral("SHAREDNOTE")});
    o.notes = NotesPolicy::None;
    o.pickedNotes = {QStringLiteral("checkin:") + clock.today().addDays(-4).toString(Qt::ISODate)};
    CHECK(texts(o) == QStringList{QStringLiteral("PRIVATEMARKER")});
    o.notes = NotesPolicy::All;
    CHECK(texts(o).size() >= 4);

    // A note marked to bring up is a topic of page 1: only that one, and only with its section.
    CheckIn marked = require(journal->checkIn(clock.today().addDays(-4))).value();
    marked.noteBringUp = true;
    require(journal->saveCheckIn(marked));
    o.notes = NotesPolicy::None;
    o.pickedNotes.clear();
    const auto topics = require(gatherReport(*journal, o)).topics;
    REQUIRE(topics.size() == 1);
    CHECK(topics.front().text.startsWith(QStringLiteral("PRIVATEMARKER")));
    CHECK(texts(o).isEmpty()); // a topic is not a shared note
    o.sections = kAllReportSections & ~int(ReportSection::Topics);
    CHECK(require(gatherReport(*journal, o)).topics.empty());
}

TEST_CASE("the PDF shows the range, the name, the chosen sections and the shared note only", "[report][pdf]")
{
    FixedClock clock;
    auto journal = reportJournal(clock);
    ExportRequest request;
    request.format = ExportFormat::Pdf;
    request.options = lastTwelveWeeks(clock);
    request.options.notes = NotesPolicy::Shared;
    request.options.sections = int(ReportSection::Overview) | int(ReportSection::Reflections) |
                               int(ReportSection::Notes) | int(ReportSection::Flags);
    const QByteArray pdf = require(renderExport(*journal, request));
    REQUIRE(pdf.startsWith("%PDF"));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Robin K.")));
    CHECK(text.contains(QStringLiteral("21 Dec 2025 to 14 Mar 2026")));
    CHECK(text.contains(QStringLiteral("Key numbers")));
    CHECK(text.contains(QStringLiteral("Pacing patterns noticed")));
    CHECK(text.contains(QStringLiteral("Weekly reflections")));
    CHECK(text.contains(QStringLiteral("REVIEWMARKER")));
    CHECK_FALSE(text.contains(QStringLiteral("Boundaries"))); // not chosen
    CHECK(text.contains(QStringLiteral("SHAREDMARKER")));
    CHECK(text.contains(QStringLiteral("SHAREDNOTE")));
    CHECK_FALSE(text.contains(QStringLiteral("PRIVATEMARKER")));
    CHECK_FALSE(text.contains(QStringLiteral("PRIVATENOTE")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK(text.contains(QStringLiteral("not diagnoses")));
}

TEST_CASE("A4 and Letter pages have their own sizes", "[report][pdf]")
{
    FixedClock clock;
    auto journal = reportJournal(clock);
    ExportRequest request;
    request.options = lastTwelveWeeks(clock);
    const QByteArray a4 = require(renderExport(*journal, request));
    request.pageSize = QPageSize::Letter;
    const QByteArray letter = require(renderExport(*journal, request));
    // The page box is in the PDF as /MediaBox [0 0 w h] in points.
    CHECK(a4.contains("/MediaBox [0 0 595.000000 842.000000]"));     // 210 mm × 297 mm, in whole points
    CHECK(letter.contains("/MediaBox [0 0 612.000000 792.000000]")); // 8.5 in × 11 in
}

TEST_CASE("CSV export read back gives the same days, measures, tags, boundary counts and notes", "[report][csv]")
{
    FixedClock clock;
    auto journal = reportJournal(clock);
    ExportRequest request;
    request.format = ExportFormat::Csv;
    const auto rows =
        require(readInterchangeCsv(QString::fromUtf8(require(renderExport(*journal, request))), fixedToday()));
    const auto checkIns = require(journal->checkIns({}, {}));
    const auto tags = require(journal->tags());
    REQUIRE(rows.size() == checkIns.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const CheckIn &c = checkIns[i];
        const InterchangeRow &r = rows[i];
        INFO("day " << c.date.toString(Qt::ISODate).toStdString());
        CHECK(r.checkIn.date == c.date);
        CHECK(r.checkIn.energy == c.energy);
        CHECK(r.checkIn.mood == c.mood);
        CHECK(r.checkIn.stress == c.stress);
        CHECK(r.checkIn.load == c.load);
        CHECK(r.checkIn.sleepMinutes == c.sleepMinutes);
        CHECK(r.checkIn.sleepQuality == c.sleepQuality);
        CHECK(r.checkIn.note == c.note);
        QStringList names;
        for (qint64 id : c.tagIds) {
            names << std::find_if(tags.begin(), tags.end(), [&](const Tag &t) { return t.id == id; })->name;
        }
        CHECK(r.tags == names);
        const auto count = [&](BoundaryStatus s) {
            return int(std::count_if(c.boundaries.begin(), c.boundaries.end(),
                                     [&](const BoundaryAnswer &a) { return a.status == s; }));
        };
        if (c.boundaries.empty()) {
            CHECK_FALSE(r.held.has_value()); // no answer is not "held 0"
        } else {
            CHECK(r.held == count(BoundaryStatus::Held));
            CHECK(r.slipped == count(BoundaryStatus::Slipped));
        }
    }
}

TEST_CASE("the JSON backup holds every table of the journal, row for row, not this computer's sync bookkeeping",
          "[report][json]")
{
    FixedClock clock;
    auto journal = reportJournal(clock);
    ExportRequest request;
    request.format = ExportFormat::Json;
    const QJsonObject dump = QJsonDocument::fromJson(require(renderExport(*journal, request))).object();
    CHECK(dump.value(QStringLiteral("format")).toString() == QStringLiteral("ebb-journal"));
    const QJsonObject tables = dump.value(QStringLiteral("tables")).toObject();
    auto names = require(ebb::test::databaseOf(*journal).prepare(
        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT GLOB 'search_text*' AND name "
                       "NOT GLOB 'sync_*'")));
    int seen = 0;
    requireOk(names.forEachRow([&](const Statement &row) {
        const QString table = row.columnText(0);
        INFO(table.toStdString());
        REQUIRE(tables.contains(table));
        const qint64 count =
            require(ebb::test::databaseOf(*journal).queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)));
        CHECK(tables.value(table).toArray().size() == count);
        ++seen;
    }));
    CHECK(seen == tables.size());
    CHECK_FALSE(tables.contains(QStringLiteral("sync_local"))); // it holds the sync folder's key
    CHECK(tables.value(QStringLiteral("notes")).toArray().size() == 2);
    CHECK(tables.value(QStringLiteral("review_answers")).toArray().first().toObject().value(QStringLiteral("answer")) ==
          QStringLiteral("REVIEWMARKER rested"));
}

TEST_CASE("an export to a place that cannot be written says so and leaves no file", "[report][errors]")
{
    FixedClock clock;
    auto journal = reportJournal(clock);
    TempDir tmp;
    const QString target = tmp.path(QStringLiteral("missing/folder/report.pdf"));
    ExportRequest request;
    request.options = lastTwelveWeeks(clock);
    auto r = exportToFile(*journal, request, target);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorString().contains(QStringLiteral("Could not write")));
    CHECK_FALSE(QFile::exists(target));
    const QString good = tmp.path(QStringLiteral("report.pdf"));
    requireOk(exportToFile(*journal, request, good));
    CHECK(QFile(good).size() > 1000);
}

TEST_CASE("the PDF names every pattern and measure in words, in English and in German", "[report][pdf][i18n]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    requireOk(test::saveDiary(*journal, test::strainedDiary(clock.today())));
    ExportRequest request;
    request.format = ExportFormat::Pdf;
    request.options.to = clock.today();
    request.options.from = clock.today().addDays(-27);
    const QStringList internalNames = {
        QStringLiteral("energy_slide"),    QStringLiteral("mood_slide"),  QStringLiteral("stress_slide"),
        QStringLiteral("stress_climbing"), QStringLiteral("sleep_debt"),  QStringLiteral("poor_sleep"),
        QStringLiteral("boundary_slips"),  QStringLiteral("envelope"),    QStringLiteral("boom_bust"),
        QStringLiteral("early_warning"),   QStringLiteral("sleep_hours"), QStringLiteral("sleep_quality"),
        QStringLiteral("load_slide"),      QStringLiteral("sleep_slide")};
    const auto internalIn = [&](const QString &text) {
        QStringList found;
        for (const QString &name : internalNames) {
            if (text.contains(name, Qt::CaseInsensitive)) {
                found << name;
            }
        }
        return found;
    };

    const QString english = pdfText(require(renderExport(*journal, request)));
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("Energy below the usual")));
    INFO("found: " << internalIn(english).join(QLatin1Char(' ')).toStdString());
    CHECK(internalIn(english).isEmpty());

    // As a German desktop runs Ebb: the German words installed, dates in the German locale.
    QTranslator german;
    REQUIRE(german.load(QStringLiteral(":/i18n/ebb_de.qm")));
    QCoreApplication::installTranslator(&german);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString deutsch = pdfText(require(renderExport(*journal, request)));
    QLocale::setDefault(before);
    QCoreApplication::removeTranslator(&german);
    INFO(deutsch.toStdString());
    CHECK(deutsch.contains(QStringLiteral("Wichtige Zahlen")));
    CHECK(deutsch.contains(QStringLiteral("Energie unter dem Üblichen")));
    INFO("found: " << internalIn(deutsch).join(QLatin1Char(' ')).toStdString());
    CHECK(internalIn(deutsch).isEmpty());
    for (const char *word :
         {"Overview", "Energy", "Mood", "Pacing", "Boundaries", "Page ", "usual", "strongly", "Sleep"}) {
        INFO(word);
        CHECK_FALSE(deutsch.contains(QLatin1String(word)));
    }
}

TEST_CASE("a long note goes into the PDF whole, over as many pages as it needs, each with its header and footer",
          "[report][pdf]")
{
    ReportData data;
    data.options.from = QDate(2026, 3, 1);
    data.options.to = QDate(2026, 3, 14);
    data.options.name = QStringLiteral("Robin K.");
    data.options.sections = int(ReportSection::Notes);
    QStringList lines;
    for (int i = 1; i <= 200; ++i) {
        lines << QStringLiteral("Line %1 of the long note.").arg(i, 3, 10, QLatin1Char('0'));
    }
    QStringList words; // one paragraph of 20,000 characters, no line break in it
    for (int i = 1; words.join(QLatin1Char(' ')).size() < 20000; ++i) {
        words << QStringLiteral("w%1").arg(i, 5, 10, QLatin1Char('0'));
    }
    QString unbroken; // a "word" far wider than the page
    for (int i = 1; i <= 400; ++i) {
        unbroken += QStringLiteral("k%1").arg(i, 3, 10, QLatin1Char('0'));
    }
    data.notes = {{QStringLiteral("note:1"), QDate(2026, 3, 10), lines.join(QLatin1Char('\n')), true},
                  {QStringLiteral("note:2"), QDate(2026, 3, 11), words.join(QLatin1Char(' ')), true},
                  {QStringLiteral("note:3"), QDate(2026, 3, 12), unbroken, true}};

    const QString text = pdfText(renderPdfReport(data));
    INFO(text.toStdString());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(text.contains(line));
    }
    QStringList missing;
    for (const QString &word : words) {
        if (!text.contains(word)) {
            missing << word;
        }
    }
    INFO("missing words: " << missing.join(QLatin1Char(' ')).toStdString());
    CHECK(missing.isEmpty());

    // Every page carries the header and "Page n of N"; what is left, without spaces, holds the word whole.
    const int pages = int(text.count(QStringLiteral("Ebb report — Robin K.")));
    CHECK(pages > 3);
    QString body;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.contains(QStringLiteral("Ebb report — Robin K.")) && !line.contains(QStringLiteral("Page "))) {
            body += line;
        }
    }
    for (int page = 1; page <= pages; ++page) {
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    }
    body.remove(QRegularExpression(QStringLiteral("\\s")));
    CHECK(body.contains(unbroken));
}
