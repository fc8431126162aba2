// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"

#include "ui_settingsdialog.h"

#include "settings/appsettings.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "sync/syncreport.h"
#include "widgets/steadierstretchbox.h"
#include "window/appearance.h"
#include "window/windowfit.h"

#include <QCoreApplication>
#include <QPushButton>

namespace ebb {

SettingsDialog::SettingsDialog(AppSettings &settings, QString configHome, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_configHome(std::move(configHome))
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    const ReminderSettings reminder = settings.reminder();
    m_ui->reminderCheck->setChecked(reminder.enabled);
    m_ui->timeEdit->setTime(reminder.time);
    m_ui->timeEdit->setEnabled(reminder.enabled);
    m_ui->loginCheck->setChecked(settings.startAtLogin());
    m_ui->trayCheck->setChecked(settings.keepInTray());
    m_ui->appearanceCombo->addItem(tr("As the desktop is set"), int(Appearance::System));
    m_ui->appearanceCombo->addItem(tr("Light"), int(Appearance::Light));
    m_ui->appearanceCombo->addItem(tr("Dark"), int(Appearance::Dark));
    m_ui->appearanceCombo->setCurrentIndex(m_ui->appearanceCombo->findData(int(settings.appearance())));
    styleBanner(m_ui->messageLabel, BannerKind::Problem);
    connect(m_ui->reminderCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::offerSync(const std::function<void()> &open)
{
    auto *button = new QPushButton(tr("S&ync with my other computers…"), this);
    button->setObjectName(QStringLiteral("syncButton"));
    connect(button, &QPushButton::clicked, this, open);
    // Below the choices about this computer, above the hint and the buttons.
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->hintLabel), button, 0, Qt::AlignLeft);
}

void SettingsDialog::offerSteadierStretch(Journal &journal)
{
    auto settings = journal.settings();
    if (!settings) {
        return; // the choice cannot be shown as it is; the other settings still can
    }
    m_journal = &journal;
    m_stretch = new SteadierStretchBox(*settings, journal.clock().today(), this);
    m_ui->dialogLayout->insertWidget(m_ui->dialogLayout->indexOf(m_ui->trayCheck), m_stretch);
}

void SettingsDialog::accept()
{
    if (m_stretch != nullptr) {
        if (const QString problem = m_stretch->problem(); !problem.isEmpty()) {
            m_ui->messageLabel->setText(problem);
            m_ui->messageLabel->show();
            return;
        }
        auto settings = m_journal->settings();
        if (settings) {
            m_stretch->apply(*settings);
        }
        if (auto saved = settings ? m_journal->saveSettings(*settings) : Result<void>(settings.error()); !saved) {
            m_ui->messageLabel->setText(saved.errorString());
            m_ui->messageLabel->show();
            return;
        }
    }
    const bool login = m_ui->loginCheck->isChecked();
    // The autostart entry is touched only when the choice changed: never written unasked.
    if (login != m_settings.startAtLogin() &&
        !applyStartAtLogin(login, m_configHome, QCoreApplication::applicationFilePath())) {
        m_ui->messageLabel->setText(tr("Ebb could not change the autostart entry in %1/autostart.").arg(m_configHome));
        m_ui->messageLabel->show();
        return;
    }
    m_settings.setReminder({m_ui->reminderCheck->isChecked(), m_ui->timeEdit->time()});
    m_settings.setStartAtLogin(login);
    m_settings.setKeepInTray(m_ui->trayCheck->isChecked());
    m_settings.setAppearance(Appearance(m_ui->appearanceCombo->currentData().toInt()));
    if (!m_settings.sync()) {
        m_ui->messageLabel->setText(tr("Ebb could not save its settings; check that your configuration folder can be "
                                       "written."));
        m_ui->messageLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace ebb
