// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"
#include "storage/journal.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "widgets/reportpreview.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTimer>
#include <QUrl>

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

/** Stands in for the desktop: records the folders Ebb asks it to open. */
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls << url; }
};

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

TEST_CASE("the save dialog starts in Documents (or home without one), then where the last export went", "[gui][export]")
{
    FixedClock clock;
    auto journal = journalWithNotes(clock);
    ebb::test::TempDir home;
    // Documents is found from HOME (and the XDG user folders under it): the real home is left alone.
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", home.dir.path().toLocal8Bit());
    qunsetenv("XDG_CONFIG_HOME");
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        if (!oldConfig.isEmpty()) {
            qputenv("XDG_CONFIG_HOME", oldConfig);
        }
    });
    ExportDialog dialog(*journal);
    const auto folderOf = [](const QString &path) {
        return QFileInfo(path).absolutePath();
    };
    CHECK(folderOf(dialog.suggestedPath()) == home.dir.path()); // no Documents: home, not where Ebb started
    REQUIRE(QDir(home.dir.path()).mkdir(QStringLiteral("Documents")));
    CHECK(folderOf(dialog.suggestedPath()) == home.path(QStringLiteral("Documents")));
    CHECK(QFileInfo(dialog.suggestedPath()).fileName().startsWith(QStringLiteral("ebb-report-")));

    REQUIRE(QDir(home.dir.path()).mkdir(QStringLiteral("for-anna")));
    REQUIRE(dialog.exportTo(home.path(QStringLiteral("for-anna/march.pdf"))));
    ExportDialog next(*journal);
    CHECK(folderOf(next.suggestedPath()) == home.path(QStringLiteral("for-anna")));
}

TEST_CASE("after an export a calm message says where it is, and can open the folder", "[gui][export]")
{
    FixedClock clock;
    auto journal = journalWithNotes(clock);
    ebb::test::TempDir tmp;
    UrlCatcher desktop;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
    const auto restore = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });

    ExportDialog dialog(*journal);
    QString told;
    bool offeredFolder = false;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box == nullptr || box->objectName() != QStringLiteral("exportSavedMessage")) {
            return;
        }
        poll.stop();
        told = box->text();
        if (auto *open = box->findChild<QPushButton *>(QStringLiteral("openFolderButton"))) {
            offeredFolder = true;
            open->click();
        } else {
            box->reject();
        }
    });
    poll.start();
    const QString path = tmp.path(QStringLiteral("report.pdf"));
    REQUIRE(dialog.exportAndConfirm(path));
    poll.stop();
    CHECK(QFile::exists(path));
    INFO(told.toStdString());
    CHECK(told.contains(QStringLiteral("report.pdf")));
    CHECK(told.contains(QDir::toNativeSeparators(tmp.dir.path())));
    CHECK(offeredFolder);
    REQUIRE(desktop.urls.size() == 1);
    CHECK(desktop.urls.front() == QUrl::fromLocalFile(tmp.dir.path()));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("choosing the notes marked to share says so when none in the dates is marked", "[gui][export]")
{
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    CheckIn secret;
    secret.date = clock.today().addDays(-1);
    secret.energy = 5;
    secret.note = QStringLiteral("Private: only for me");
    require(journal->saveCheckIn(secret));
    ExportDialog dialog(*journal);
    auto *hint = child<QLabel>(dialog, "notesHintLabel");
    auto *policy = child<QComboBox>(dialog, "notesCombo");
    CHECK_FALSE(hint->isVisibleTo(&dialog));
    policy->setCurrentIndex(1); // the ones marked to share
    CHECK(hint->isVisibleTo(&dialog));
    CHECK(hint->text() == QStringLiteral("No notes in these dates are marked to share."));
    CHECK(dialog.request().options.pickedNotes.isEmpty());
    policy->setCurrentIndex(2); // all notes
    CHECK_FALSE(hint->isVisibleTo(&dialog));

    auto withShared = journalWithNotes(clock);
    ExportDialog other(*withShared);
    child<QComboBox>(other, "notesCombo")->setCurrentIndex(1);
    CHECK_FALSE(child<QLabel>(other, "notesHintLabel")->isVisibleTo(&other));
}

namespace {

/** The names of the images the preview's document holds (placeholders included). */
QStringList imagesIn(const QTextDocument &doc)
{
    QStringList names;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                names << it.fragment().charFormat().toImageFormat().name();
            }
        }
    }
    return names;
}

/** A real picture on the disk: what a careless preview would read. */
QString savedPicture(const ebb::test::TempDir &tmp)
{
    const QString path = tmp.path(QStringLiteral("real.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(path));
    return QUrl::fromLocalFile(path).toString();
}

} // namespace

TEST_CASE("the preview shows raw HTML as text and reads no image, not even a local file", "[gui][export][security]")
{
    ebb::test::TempDir tmp;
    const QString picture = savedPicture(tmp);
    ReportPreview preview;
    preview.resize(400, 300);
    preview.showMarkdown(
        QStringLiteral("![x](%1)\n\n<img src=\"%1\">\n\n<a href=\"javascript:alert(1)\">a</a>\n").arg(picture));
    preview.grab(); // lays out and paints, which asks for every picture
    const QTextDocument &doc = *preview.document();
    INFO(doc.toHtml().toStdString());
    CHECK(doc.toPlainText().contains(QStringLiteral("<img src=\"%1\">").arg(picture)));
    CHECK(doc.toPlainText().contains(QStringLiteral("<a href=\"javascript:alert(1)\">")));
    const QStringList images = imagesIn(doc);
    CHECK(images == QStringList{picture}); // the Markdown image stays a placeholder
    for (const QString &name : images) {
        CHECK_FALSE(doc.resource(QTextDocument::ImageResource, QUrl(name)).isValid());
    }
    CHECK_FALSE(preview.openLinks());
}

TEST_CASE("a note with an image or HTML in it reaches the preview as its text", "[gui][export][security]")
{
    FixedClock clock;
    ebb::test::TempDir tmp;
    const QString picture = savedPicture(tmp);
    auto journal = ebb::test::memoryJournal(clock);
    CheckIn day;
    day.date = clock.today().addDays(-1);
    day.note = QStringLiteral("![x](%1) <img src=\"%1\">\n# not a heading").arg(picture);
    day.noteShared = true;
    require(journal->saveCheckIn(day));
    ExportDialog dialog(*journal);
    child<QComboBox>(dialog, "notesCombo")->setCurrentIndex(1);
    dialog.updatePreview();
    auto *preview = child<ReportPreview>(dialog, "previewBrowser");
    preview->grab();
    INFO(preview->document()->toHtml().toStdString());
    CHECK(preview->toPlainText().contains(day.note));
    CHECK(imagesIn(*preview->document()).isEmpty());
}

#include "exportdialog_test.moc"
