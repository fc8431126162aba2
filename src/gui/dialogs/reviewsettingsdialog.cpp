// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/reviewsettingsdialog.h"

#include "ui_reviewsettingsdialog.h"

#include "window/windowfit.h"

#include <QLocale>

namespace ebb {

ReviewSettingsDialog::ReviewSettingsDialog(const ReviewSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewSettingsDialog>())
    , m_original(settings)
{
    fitToContents(this);
    m_ui->setupUi(this);
    for (int day = 1; day <= 7; ++day) {
        m_ui->weekdayCombo->addItem(QLocale().dayName(day), day);
    }
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] {
        ReviewSettings defaults;
        defaults.weekday = m_ui->weekdayCombo->currentData().toInt();
        fill(defaults);
    });
    fill(settings);
}

ReviewSettingsDialog::~ReviewSettingsDialog() = default;

void ReviewSettingsDialog::fill(const ReviewSettings &settings)
{
    const QList<QLineEdit *> edits = {m_ui->prompt0Edit, m_ui->prompt1Edit, m_ui->prompt2Edit, m_ui->prompt3Edit,
                                      m_ui->prompt4Edit};
    for (qsizetype i = 0; i < edits.size(); ++i) {
        edits[i]->setText(size_t(i) < settings.prompts.size() ? settings.prompts[size_t(i)].text : QString());
    }
    m_ui->weekdayCombo->setCurrentIndex(settings.weekday - 1);
    m_ui->gentleQuestionCheck->setChecked(settings.gentleQuestion);
}

ReviewSettings ReviewSettingsDialog::settings() const
{
    const QList<QLineEdit *> edits = {m_ui->prompt0Edit, m_ui->prompt1Edit, m_ui->prompt2Edit, m_ui->prompt3Edit,
                                      m_ui->prompt4Edit};
    const auto defaults = defaultReviewPrompts();
    ReviewSettings out;
    out.prompts.clear();
    for (qsizetype i = 0; i < edits.size() && size_t(i) < defaults.size(); ++i) {
        const QString text = edits[i]->text().simplified();
        out.prompts.push_back({defaults[size_t(i)].key, text.isEmpty() ? defaults[size_t(i)].text : text});
    }
    out.weekday = m_ui->weekdayCombo->currentData().toInt();
    out.gentleQuestion = m_ui->gentleQuestionCheck->isChecked();
    return out;
}

bool ReviewSettingsDialog::selfCheckReminder() const
{
    return m_ui->selfCheckReminderCheck->isChecked();
}

void ReviewSettingsDialog::setSelfCheckReminder(bool on)
{
    m_ui->selfCheckReminderCheck->setChecked(on);
}

} // namespace ebb
