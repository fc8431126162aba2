// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportdialog.h"

#include "ui_exportdialog.h"

#include "domain/selfcheck.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "summary/markdownreport.h"
#include "window/appearance.h"
#include "window/windowfit.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace ebb {
namespace {

constexpr int kPreviewDelayMs = 250;
constexpr int kNoteKeyRole = Qt::UserRole;
constexpr int kNoteSharedRole = Qt::UserRole + 1;
constexpr int kRangeDays[] = {14, 28, 84}; // last 2, 4, 12 weeks; the fourth entry is "custom"

struct FormatChoice
{
    const char *label;
    ExportFormat format;
    QPageSize::PageSizeId page;
    const char *suffix;
};

constexpr FormatChoice kFormats[] = {
    {QT_TRANSLATE_NOOP("ebb::ExportDialog", "PDF report (A4)"), ExportFormat::Pdf, QPageSize::A4, "pdf"},
    {QT_TRANSLATE_NOOP("ebb::ExportDialog", "PDF report (Letter)"), ExportFormat::Pdf, QPageSize::Letter, "pdf"},
    {QT_TRANSLATE_NOOP("ebb::ExportDialog", "Markdown report"), ExportFormat::Markdown, QPageSize::A4, "md"},
    {QT_TRANSLATE_NOOP("ebb::ExportDialog", "CSV of the check-ins"), ExportFormat::Csv, QPageSize::A4, "csv"},
    {QT_TRANSLATE_NOOP("ebb::ExportDialog", "JSON backup of everything"), ExportFormat::Json, QPageSize::A4, "json"},
};

/** The folder of this session's last export: the next one starts there. */
QString &lastExportFolder()
{
    static QString folder;
    return folder;
}

} // namespace

ExportDialog::ExportDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    m_ui->rangeCombo->addItems({tr("Last 2 weeks"), tr("Last 4 weeks"), tr("Last 12 weeks"), tr("Choose dates")});
    m_ui->rangeCombo->setCurrentIndex(1);
    for (const FormatChoice &f : kFormats) {
        m_ui->formatCombo->addItem(tr(f.label));
    }
    m_ui->notesCombo->addItems({tr("no notes"), tr("the notes I marked to share"), tr("all notes")});
    const QDate today = m_journal.clock().today();
    m_ui->toEdit->setMaximumDate(today);
    m_ui->fromEdit->setMaximumDate(today);
    if (m_journal.isEncrypted()) {
        m_ui->sensitiveLabel->setText(m_ui->sensitiveLabel->text() + QLatin1Char(' ') +
                                      tr("Your journal is encrypted, but this file will not be: anyone who gets it "
                                         "can read it."));
    }
    styleBanner(m_ui->sensitiveLabel, BannerKind::Caution);
    QPushButton *exportButton = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(kPreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onRangeChosen);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &ExportDialog::reloadNotes);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &ExportDialog::reloadNotes);
    connect(m_ui->notesCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::applyNotesPolicy);
    connect(m_ui->notesList, &QListWidget::itemChanged, this, &ExportDialog::schedulePreview);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_ui->questionEdit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox *box : {m_ui->overviewCheck, m_ui->selfCheckCheck, m_ui->topicsCheck, m_ui->flagsCheck,
                           m_ui->reflectionsCheck, m_ui->boundariesCheck, m_ui->notesCheck}) {
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    }
    connect(m_ui->notesCheck, &QCheckBox::toggled, m_ui->notesList, &QWidget::setEnabled);
    connect(m_ui->notesCheck, &QCheckBox::toggled, m_ui->notesCombo, &QWidget::setEnabled);
    onRangeChosen();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::onRangeChosen()
{
    const int index = m_ui->rangeCombo->currentIndex();
    const bool custom = index >= int(std::size(kRangeDays));
    m_ui->fromEdit->setEnabled(custom);
    m_ui->toEdit->setEnabled(custom);
    if (!custom) {
        const QDate today = m_journal.clock().today();
        const QSignalBlocker fromBlocker(m_ui->fromEdit);
        const QSignalBlocker toBlocker(m_ui->toEdit);
        m_ui->toEdit->setDate(today);
        m_ui->fromEdit->setDate(today.addDays(1 - kRangeDays[index]));
    }
    reloadNotes();
}

void ExportDialog::reloadNotes()
{
    // Keep what the person ticked when the range changes.
    QSet<QString> ticked;
    for (int i = 0; i < m_ui->notesList->count(); ++i) {
        if (m_ui->notesList->item(i)->checkState() == Qt::Checked) {
            ticked.insert(m_ui->notesList->item(i)->data(kNoteKeyRole).toString());
        }
    }
    const QSignalBlocker blocker(m_ui->notesList);
    m_ui->notesList->clear();
    auto notes = availableNotes(m_journal, m_ui->fromEdit->date(), m_ui->toEdit->date());
    if (!notes) {
        m_ui->errorLabel->setText(notes.errorString());
        m_ui->errorLabel->show();
        return;
    }
    for (const ReportNote &n : *notes) {
        // The marks say where a note goes already: a topic to bring up is on page 1 (its own section).
        const QString marks = n.shared && n.bringUp ? tr(" (marked to share; a topic to bring up)")
                              : n.shared            ? tr(" (marked to share)")
                              : n.bringUp           ? tr(" (a topic to bring up)")
                                                    : QString();
        const QString label =
            QStringLiteral("%1%2 — %3")
                .arg(QLocale().toString(n.day, QLocale::ShortFormat), marks, n.text.simplified().left(140));
        auto *item = new QListWidgetItem(label, m_ui->notesList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setData(kNoteKeyRole, n.key);
        item->setData(kNoteSharedRole, n.shared);
        item->setCheckState(ticked.contains(n.key) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_ui->notesCombo->currentIndex() > 0) {
        applyNotesPolicy(); // "shared" or "all" also ticks the notes the new range brought in
    } else {
        schedulePreview();
    }
}

void ExportDialog::applyNotesPolicy()
{
    const int policy = m_ui->notesCombo->currentIndex(); // none, shared, all
    bool anyShared = false;
    {
        const QSignalBlocker blocker(m_ui->notesList);
        for (int i = 0; i < m_ui->notesList->count(); ++i) {
            QListWidgetItem *item = m_ui->notesList->item(i);
            const bool shared = item->data(kNoteSharedRole).toBool();
            anyShared = anyShared || shared;
            item->setCheckState(policy == 2 || (policy == 1 && shared) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // Ticking nothing without a word would look like a fault.
    m_ui->notesHintLabel->setText(tr("No notes in these dates are marked to share."));
    m_ui->notesHintLabel->setVisible(policy == 1 && !anyShared);
    schedulePreview();
}

ExportRequest ExportDialog::request() const
{
    const FormatChoice &f = kFormats[std::max(0, m_ui->formatCombo->currentIndex())];
    ExportRequest r;
    r.format = f.format;
    r.pageSize = f.page;
    r.options.from = m_ui->fromEdit->date();
    r.options.to = m_ui->toEdit->date();
    r.options.name = m_ui->nameEdit->text().simplified();
    r.options.question = m_ui->questionEdit->text().trimmed().left(kReportQuestionMaxLength);
    r.options.sections = 0;
    const std::pair<QCheckBox *, ReportSection> boxes[] = {{m_ui->overviewCheck, ReportSection::Overview},
                                                           {m_ui->selfCheckCheck, ReportSection::SelfCheck},
                                                           {m_ui->topicsCheck, ReportSection::Topics},
                                                           {m_ui->flagsCheck, ReportSection::Flags},
                                                           {m_ui->reflectionsCheck, ReportSection::Reflections},
                                                           {m_ui->boundariesCheck, ReportSection::Boundaries},
                                                           {m_ui->notesCheck, ReportSection::Notes}};
    for (const auto &[box, section] : boxes) {
        r.options.sections |= box->isChecked() ? int(section) : 0;
    }
    // Only ticked notes go in: what the list shows is exactly what is shared.
    r.options.notes = NotesPolicy::None;
    if (m_ui->notesCheck->isChecked()) {
        for (int i = 0; i < m_ui->notesList->count(); ++i) {
            if (m_ui->notesList->item(i)->checkState() == Qt::Checked) {
                r.options.pickedNotes.insert(m_ui->notesList->item(i)->data(kNoteKeyRole).toString());
            }
        }
    }
    return r;
}

void ExportDialog::schedulePreview()
{
    m_previewTimer.start();
}

void ExportDialog::updatePreview()
{
    const ExportRequest r = request();
    if (r.format == ExportFormat::Csv) {
        m_ui->previewBrowser->setPlainText(tr("The CSV holds every check-in from %1 to %2 in Ebb's interchange format "
                                              "(scores, sleep, boundary counts, tags and the check-in note).")
                                               .arg(QLocale().toString(r.options.from, QLocale::LongFormat),
                                                    QLocale().toString(r.options.to, QLocale::LongFormat)));
        return;
    }
    if (r.format == ExportFormat::Json) {
        m_ui->previewBrowser->setPlainText(tr("The JSON backup holds everything in your journal — every check-in, "
                                              "note, review and setting — whatever period is chosen. Keep it "
                                              "private."));
        return;
    }
    auto data = gatherReport(m_journal, r.options);
    if (!data) {
        m_ui->previewBrowser->setPlainText(data.errorString());
        return;
    }
    m_ui->previewBrowser->showMarkdown(reportToMarkdown(*data));
}

bool ExportDialog::exportTo(const QString &path)
{
    if (auto r = exportToFile(m_journal, request(), path); !r) {
        m_ui->errorLabel->setText(r.errorString());
        m_ui->errorLabel->show();
        return false;
    }
    m_ui->errorLabel->hide();
    lastExportFolder() = QFileInfo(path).absolutePath();
    return true;
}

QString ExportDialog::suggestedPath() const
{
    // A folder that is not there would send the file dialog to the folder Ebb was started from.
    QString folder;
    for (const QString &candidate :
         {lastExportFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            folder = candidate;
            break;
        }
    }
    const FormatChoice &f = kFormats[std::max(0, m_ui->formatCombo->currentIndex())];
    return QDir(folder).filePath(
        QStringLiteral("ebb-report-%1.%2").arg(m_ui->toEdit->date().toString(Qt::ISODate), QLatin1String(f.suffix)));
}

bool ExportDialog::exportAndConfirm(const QString &path)
{
    if (!exportTo(path)) {
        return false;
    }
    confirmSaved(path);
    accept();
    return true;
}

void ExportDialog::confirmSaved(const QString &path)
{
    const QFileInfo file(path);
    QMessageBox box(QMessageBox::Information, tr("Export saved"),
                    tr("Saved “%1” in %2.").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath())),
                    QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("exportSavedMessage"));
    QPushButton *open = box.addButton(tr("&Open folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openFolderButton"));
    box.setDefaultButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
    }
}

void ExportDialog::chooseFileAndExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), suggestedPath());
    if (!path.isEmpty()) {
        exportAndConfirm(path);
    }
}

} // namespace ebb
