// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/importdialog.h"

#include "ui_importdialog.h"

#include "domain/note.h"
#include "io/daylioreader.h"
#include "settings/clock.h"
#include "storage/importer.h"
#include "storage/journal.h"
#include "window/appearance.h"
#include "window/windowfit.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace ebb {
namespace {

constexpr int kUnplaced = -1;

enum PreviewColumn { DayColumn, ChangeColumn, MoodColumn, EnergyColumn, TagsColumn, NoteColumn, ColumnCount };

QString scoreText(std::optional<int> value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

} // namespace

ImportDialog::ImportDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::ImportDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    QPushButton *importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("importButton"));
    importButton->setEnabled(false);
    m_ui->moodBox->hide();
    m_ui->problemList->hide();
    m_ui->moodTable->setColumnCount(2);
    m_ui->moodTable->setHorizontalHeaderLabels({tr("Your mood"), tr("On Ebb's scale (0–10)")});
    m_ui->moodTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->moodTable->verticalHeader()->hide();
    m_ui->previewTable->setColumnCount(ColumnCount);
    m_ui->previewTable->setHorizontalHeaderLabels(
        {tr("Day"), tr("What happens"), tr("Mood"), tr("Energy"), tr("Tags"), tr("Note")});
    m_ui->previewTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->previewTable->verticalHeader()->hide();
    styleBanner(m_ui->errorLabel, BannerKind::Problem);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    m_ui->chooseButton->setFocus();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::chooseFile()
{
    const QString start = m_ui->fileEdit->text().isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                              : QFileInfo(m_ui->fileEdit->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a file"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        loadFile(path);
    }
}

bool ImportDialog::loadFile(const QString &path)
{
    m_file.reset();
    m_plan.reset();
    m_customMoods.clear();
    m_moodMap.clear();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Ebb could not read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    auto text = readImportText(file);
    if (!text) {
        showProblem(text.errorString());
        return false;
    }
    auto format = detectImportFormat(*text);
    if (!format) {
        showProblem(format.errorString());
        return false;
    }
    m_text = *text;
    m_format = *format;
    auto read = readImportFile(m_text, m_format, m_journal.clock().today());
    if (!read) {
        showProblem(read.errorString());
        return false;
    }
    m_customMoods = read->unknownMoods;
    fillMoodTable();
    replan();
    return m_file.has_value();
}

void ImportDialog::placeMood(const QString &mood, int value)
{
    if (value == kUnplaced) {
        m_moodMap.remove(mood.trimmed().toLower());
    } else {
        m_moodMap.insert(mood.trimmed().toLower(), value);
    }
    for (int row = 0; row < m_ui->moodTable->rowCount(); ++row) {
        if (m_ui->moodTable->item(row, 0)->text() == mood) {
            auto *box = qobject_cast<QSpinBox *>(m_ui->moodTable->cellWidget(row, 1));
            const QSignalBlocker blocker(box);
            box->setValue(value);
        }
    }
    replan();
}

void ImportDialog::fillMoodTable()
{
    m_ui->moodTable->setRowCount(int(m_customMoods.size()));
    for (int row = 0; row < m_customMoods.size(); ++row) {
        const QString mood = m_customMoods.at(row);
        auto *name = new QTableWidgetItem(mood);
        name->setFlags(Qt::ItemIsEnabled);
        m_ui->moodTable->setItem(row, 0, name);
        auto *box = new QSpinBox(m_ui->moodTable);
        box->setRange(kUnplaced, 10);
        box->setSpecialValueText(tr("choose…"));
        box->setValue(kUnplaced);
        box->setAccessibleName(tr("Place “%1” on the mood scale").arg(mood));
        connect(box, &QSpinBox::valueChanged, this, [this, mood](int value) { placeMood(mood, value); });
        m_ui->moodTable->setCellWidget(row, 1, box);
    }
    // As tall as its rows, so the preview below keeps the room.
    QTableWidget *table = m_ui->moodTable;
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row) {
        height += table->rowHeight(row);
    }
    table->setFixedHeight(std::min(height, 160));
    m_ui->moodBox->setVisible(!m_customMoods.isEmpty());
}

void ImportDialog::replan()
{
    auto importButton = m_ui->buttonBox->findChild<QPushButton *>(QStringLiteral("importButton"));
    importButton->setEnabled(false);
    m_ui->errorLabel->hide();
    auto read = readImportFile(m_text, m_format, m_journal.clock().today(), m_moodMap);
    if (!read) {
        showProblem(read.errorString());
        return;
    }
    auto plan = m_journal.planImport(*read);
    if (!plan) {
        showProblem(plan.errorString());
        return;
    }
    m_file = std::move(read).value();
    m_plan = std::move(plan).value();
    const int changes = m_plan->count(ImportChange::New) + m_plan->count(ImportChange::Changed);
    QString summary =
        tr("%1, %2 row(s) on %3 day(s): <b>%4 new</b>, <b>%5 changed</b>, %6 already in your journal, %7 rejected.")
            .arg(m_format == ImportFormat::Daylio ? tr("A Daylio export") : tr("An Ebb CSV"))
            .arg(m_plan->entries)
            .arg(m_plan->days.size())
            .arg(m_plan->count(ImportChange::New))
            .arg(m_plan->count(ImportChange::Changed))
            .arg(m_plan->count(ImportChange::Unchanged))
            .arg(m_plan->rejected());
    if (!m_plan->newTags.isEmpty()) {
        summary += QStringLiteral("<br>") +
                   tr("New tags: %1.").arg(m_plan->newTags.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    if (!m_plan->canApply()) {
        summary += QStringLiteral("<br>") +
                   (m_plan->unknownMoods.isEmpty()
                        ? tr("Nothing will be imported until every row can be read: correct the rows listed below "
                             "in the file, then choose it again.")
                        : tr("Place every mood below on the scale to import."));
    } else if (changes == 0) {
        summary += QStringLiteral("<br>") + tr("Your journal already holds everything in this file.");
    } else {
        summary += QStringLiteral("<br>") + tr("Importing adds or changes %1 day(s), all at once; a backup of your "
                                               "journal is taken first.")
                                                .arg(changes);
    }
    m_ui->summaryLabel->setText(summary);
    m_ui->problemList->clear();
    for (const ImportProblem &p : m_plan->problems) {
        m_ui->problemList->addItem(tr("Line %1: %2").arg(p.line).arg(p.message));
    }
    m_ui->problemList->setVisible(!m_plan->problems.empty());
    fillPreview();
    importButton->setEnabled(m_plan->canApply() && changes > 0);
}

void ImportDialog::fillPreview()
{
    QTableWidget *table = m_ui->previewTable;
    table->setRowCount(0);
    if (!m_plan) {
        return;
    }
    // What changes first, newest day first within each group.
    std::vector<const PlannedDay *> days;
    for (const PlannedDay &d : m_plan->days) {
        days.push_back(&d);
    }
    std::stable_sort(days.begin(), days.end(), [](const PlannedDay *a, const PlannedDay *b) {
        if ((a->change == ImportChange::Unchanged) != (b->change == ImportChange::Unchanged)) {
            return b->change == ImportChange::Unchanged;
        }
        return a->after.date > b->after.date;
    });
    table->setRowCount(int(days.size()));
    const QLocale locale;
    for (int row = 0; row < int(days.size()); ++row) {
        const PlannedDay &d = *days[size_t(row)];
        const QString change = d.change == ImportChange::New       ? tr("new day")
                               : d.change == ImportChange::Changed ? tr("changes")
                                                                   : tr("already there");
        const QStringList cells = {locale.toString(d.after.date, QLocale::ShortFormat),
                                   change,
                                   scoreText(d.after.mood),
                                   scoreText(d.after.energy),
                                   d.afterTags.join(QStringLiteral(", ")),
                                   d.after.note.section(QLatin1Char('\n'), 0, 0)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (d.change == ImportChange::Unchanged) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            }
            if (column == NoteColumn) {
                item->setToolTip(d.after.note);
            }
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
}

void ImportDialog::showProblem(const QString &message)
{
    m_file.reset();
    m_plan.reset();
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->summaryLabel->setText(tr("Nothing will be imported from this file."));
    m_ui->moodBox->hide();
    m_ui->problemList->hide();
    m_ui->previewTable->setRowCount(0);
    m_ui->buttonBox->findChild<QPushButton *>(QStringLiteral("importButton"))->setEnabled(false);
}

void ImportDialog::accept()
{
    if (!m_file || !m_plan || !m_plan->canApply()) {
        return;
    }
    auto applied = m_journal.applyImport(*m_file);
    if (!applied) {
        // Nothing was written; the preview stays so the person can try again.
        m_ui->errorLabel->setText(applied.errorString());
        m_ui->errorLabel->show();
        return;
    }
    const int changed = applied->count(ImportChange::New) + applied->count(ImportChange::Changed);
    m_resultMessage = tr("Imported %1 day(s). A backup from just before is in your backups.").arg(changed);
    QDialog::accept();
}

} // namespace ebb
