// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/importfile.h"
#include "storage/importer.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ImportDialog;
}

namespace ebb {

class Journal;

/**
 * File → Import: reads an Ebb CSV or a Daylio export, shows what would be new, changed, unchanged
 * and rejected (with line numbers), lets the person place unknown Daylio moods on the scale, and
 * applies everything or nothing. Nothing is written before "Import" is pressed.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Journal &journal, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /** Reads `path` and shows its preview; false (with the reason shown) when it cannot be read. */
    bool loadFile(const QString &path);
    /** Places a custom mood (as the mood table does); used by the table and by tests. */
    void placeMood(const QString &mood, int value);
    /** The plan on screen, if a file is loaded. */
    const std::optional<ImportPlan> &plan() const { return m_plan; }
    /** What the last import did, for the window's status line. */
    QString resultMessage() const { return m_resultMessage; }

    void accept() override;

private:
    void chooseFile();
    void replan();
    void showProblem(const QString &message);
    void fillMoodTable();
    void fillPreview();

    Journal &m_journal;
    std::unique_ptr<Ui::ImportDialog> m_ui;
    QString m_text;
    ImportFormat m_format = ImportFormat::Ebb;
    QStringList m_customMoods; ///< Mood names the defaults do not place, as first found.
    MoodMap m_moodMap;
    std::optional<ImportFile> m_file;
    std::optional<ImportPlan> m_plan;
    QString m_resultMessage;
};

} // namespace ebb
