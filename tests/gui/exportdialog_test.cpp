// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QTextBrowser>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::require;

namespace {

std::unique_ptr<Journal> journalWithNotes(const FixedClock &clock)
{
    auto journal = ebb::test::memoryJournal(clock);
    CheckIn shared;
    shared.date = clock.today().addDays(-2);
    shared.energy = 4;
    shared.note = QStringLiteral("Shared: talked to my manager");
    shared.noteShared = true;
    require(journal->saveCheckIn(shared));
    CheckIn secret;
    secret.date = clock.today().addDays(-1);
    secret.energy = 5;
    secret.note = QStringLiteral("Private: only for me");
    require(journal->saveCheckIn(secret));
    return journal;
}

QString preview(ExportDialog &dialog)
{
    dialog.updatePreview();
    return child<QTextBrowser>(dialog, "previewBrowser")->toPlainText();
}

} // namespace

TEST_CASE("the export dialog shares no note until the person ticks it", "[gui][export]")
{
    FixedClock clock;
    auto journal = journalWithNotes(clock);
    ExportDialog dialog(*journal);
    CHECK(dialog.request().options.pickedNotes.isEmpty());
    auto *notes = child<QListWidget>(dialog, "notesList");
    REQUIRE(notes->count() == 2);
    for (int i = 0; i < notes->count(); ++i) {
        CHECK(notes->item(i)->checkState() == Qt::Unchecked);
    }
    child<QComboBox>(dialog, "notesCombo")->setCurrentIndex(1); // the ones marked to share
    CHECK(dialog.request().options.pickedNotes.size() == 1);
    notes->item(1)->setCheckState(Qt::Checked); // and this one, picked by hand
    CHECK(dialog.request().options.pickedNotes.size() == 2);
    child<QComboBox>(dialog, "notesCombo")->setCurrentIndex(0);
    CHECK(dialog.request().options.pickedNotes.isEmpty());
    CHECK(child<QLabel>(dialog, "sensitiveLabel")->text().contains(QStringLiteral("sensitive health information")));
}

TEST_CASE("the preview shows what the report will hold", "[gui][export]")
{
    FixedClock clock;
    auto journal = journalWithNotes(clock);
    ExportDialog dialog(*journal);
    CHECK_FALSE(preview(dialog).contains(QStringLiteral("talked to my manager")));
    child<QComboBox>(dialog, "notesCombo")->setCurrentIndex(1);
    const QString text = preview(dialog);
    CHECK(text.contains(QStringLiteral("talked to my manager")));
    CHECK_FALSE(text.contains(QStringLiteral("only for me")));
    CHECK(text.contains(QStringLiteral("not diagnoses")));
}

TEST_CASE("exporting writes the file, and a place that cannot be written is explained", "[gui][export][errors]")
{
    FixedClock clock;
    auto journal = journalWithNotes(clock);
    ebb::test::TempDir tmp;
    ExportDialog dialog(*journal);
    const QString good = tmp.path(QStringLiteral("report.pdf"));
    REQUIRE(dialog.exportTo(good));
    QFile pdf(good);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
    const QString bad = tmp.path(QStringLiteral("no/such/dir/report.pdf"));
    CHECK_FALSE(dialog.exportTo(bad));
    CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("Could not write")));
    CHECK_FALSE(QFile::exists(bad));
}
