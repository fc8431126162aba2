// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tag.h"

#include <QDialog>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace Ui {
class OnboardingDialog;
}

namespace ebb {

class AppSettings;
class Journal;

/**
 * The first start: what Ebb is and is not, a few boundaries chosen from suggestions (the
 * burnout-recovery themes: stopping on time, breaks, saying no, rest without guilt) or written,
 * and the reminder time. "Explore with demo data first" opens a separate demo journal; "I use Ebb
 * on another computer" leads to syncing with it instead of starting afresh.
 */
class OnboardingDialog : public QDialog
{
    Q_OBJECT

public:
    OnboardingDialog(Journal &journal, AppSettings *settings, QWidget *parent = nullptr);
    ~OnboardingDialog() override;

    /** Whether the journal is brand new and has not been through this yet. */
    static bool isNeeded(Journal &journal);
    /** Saves the ticked boundaries and the reminder, and marks onboarding done. */
    void start();
    /** Marks onboarding done without changing anything. */
    void skip();
    /**
     * Ebb is already kept on another computer: this journal's boundaries and tags come from there,
     * so none are added; the reminder is kept, and syncRequested() asks for the sync dialog.
     */
    void joinOtherComputer();
    /** The suggestions offered (ticked ones become boundaries). */
    static QStringList suggestions();
    /** The starter tags offered (opt-in): a few common drains and restorers. */
    static std::vector<std::pair<QString, TagKind>> starterTags();

signals:
    void demoRequested();
    void syncRequested();

private:
    void addOwn();
    void saveReminder();
    void finish();

    Journal &m_journal;
    AppSettings *m_settings;
    std::unique_ptr<Ui::OnboardingDialog> m_ui;
};

} // namespace ebb
