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
class Journal;
class SteadierStretchBox;

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

    /** Adds "A time I felt more like myself" for `journal`, saved with the rest. */
    void offerSteadierStretch(Journal &journal);

    void accept() override;

private:
    Journal *m_journal = nullptr;
    SteadierStretchBox *m_stretch = nullptr;
    AppSettings &m_settings;
    QString m_configHome;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace ebb
