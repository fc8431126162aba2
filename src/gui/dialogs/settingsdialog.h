// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ebb {

class AppSettings;

/** File → Settings: the daily reminder and starting at login, over the typed AppSettings. */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** `configHome` is where the autostart entry goes ($XDG_CONFIG_HOME). */
    SettingsDialog(AppSettings &settings, QString configHome, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** Adds "Sync with my other computers…", which calls `open` (the journal's sync is not a setting here). */
    void offerSync(const std::function<void()> &open);

    void accept() override;

private:
    AppSettings &m_settings;
    QString m_configHome;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace ebb
