// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace ebb {

class Journal;

/**
 * Exports a report for a therapist (PDF or Markdown), the interchange CSV or a full JSON backup.
 * The person picks the period, the sections and, one by one, the notes (none by default); the
 * preview shows exactly what the report will hold.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(Journal &journal, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /** The export as currently chosen in the dialog. */
    ExportRequest request() const;
    /** Refreshes the preview now (it otherwise follows each change after a short pause). */
    void updatePreview();
    /** Writes the export to `path` (atomically); shows and returns false on failure. */
    bool exportTo(const QString &path);
    /**
     * The file the save dialog suggests: a name for the report in the folder of the last export of
     * this session, else in Documents, else in the home folder — never where Ebb was started from.
     */
    QString suggestedPath() const;
    /**
     * Writes the export to `path`; once written, says where (the message offers to open the folder)
     * and closes the dialog. On failure the dialog stays open with the reason.
     */
    bool exportAndConfirm(const QString &path);

private:
    void onRangeChosen();
    void reloadNotes();
    void applyNotesPolicy();
    void schedulePreview();
    void chooseFileAndExport();
    void confirmSaved(const QString &path);

    Journal &m_journal;
    std::unique_ptr<Ui::ExportDialog> m_ui;
    QTimer m_previewTimer;
};

} // namespace ebb
