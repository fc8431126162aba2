// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ReviewSettingsDialog;
}

namespace ebb {

/** Rewords the weekly review's questions and chooses the reminder's weekday. */
class ReviewSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReviewSettingsDialog(const ReviewSettings &settings, QWidget *parent = nullptr);
    ~ReviewSettingsDialog() override;

    /** The settings as edited; an emptied question falls back to Ebb's wording. */
    ReviewSettings settings() const;
    /** Whether the review's reminder also offers the monthly burnout self-check. */
    bool selfCheckReminder() const;
    void setSelfCheckReminder(bool on);

private:
    void fill(const ReviewSettings &settings);

    std::unique_ptr<Ui::ReviewSettingsDialog> m_ui;
    ReviewSettings m_original;
};

} // namespace ebb
