// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "pacing/pacinghistory.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

namespace Ui {
class CheckInPage;
}

namespace ebb {

class Journal;
class SegmentedScale;

/**
 * The check-in form for one day (today unless the person opened another day). Saving is
 * explicit; anything typed but not saved is kept as a draft in the journal within a second,
 * and restored the next time the day is opened, so nothing typed is lost if Ebb is killed.
 */
class CheckInPage : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInPage(Journal &journal, QWidget *parent = nullptr);
    ~CheckInPage() override;

    QDate date() const { return m_date; }
    /** Keeps the current day's unsaved changes as a draft, then shows `day`. */
    void showDay(QDate day);
    /** What the form holds now. */
    CheckIn form() const;
    bool hasUnsavedChanges() const;
    /** Saves the form; on failure the message is shown and the draft kept. */
    bool save();
    /** Writes the unsaved changes to the draft now (e.g. before the window closes). */
    /** Keeps unsaved changes as a draft; false (with the reason in draftProblem()) when it could not. */
    bool keepDraft();
    QString draftProblem() const { return m_draftProblem; }
    /** Puts the form back to what was last saved for the day and drops the draft. */
    void discardChanges();

signals:
    /** The person asked to edit their boundaries and tags. */
    void manageRequested();

private:
    void loadDay(QDate day);
    void setForm(const CheckIn &checkIn);
    void rebuildBoundaries(const CheckIn &checkIn);
    void rebuildTags(const CheckIn &checkIn);
    void rebuildKeepingForm();
    void onFormEdited();
    void updateHeader();
    void mentionDraftElsewhere();
    /** Plain text unless `format` says otherwise: what a person typed is never read as markup. */
    void showBanner(const QString &text, bool isError, Qt::TextFormat format = Qt::PlainText);
    /** Says that a typed number cannot be stored, and that the answer stayed as it was. */
    void showRefusal(const QString &measure, const QString &typed, const QString &low, const QString &high);
    std::vector<std::pair<SegmentedScale *, Metric>> scales() const;
    void hideBanner();

    Journal &m_journal;
    std::unique_ptr<Ui::CheckInPage> m_ui;
    QDate m_date;
    CheckIn m_saved; ///< What the journal holds for m_date (empty when nothing was saved yet).
    bool m_hasSaved = false;
    bool m_loading = false;
    QTimer m_draftTimer;
    std::vector<std::pair<qint64, SegmentedScale *>> m_boundaryChoices;
    QString m_draftProblem;
};

} // namespace ebb
