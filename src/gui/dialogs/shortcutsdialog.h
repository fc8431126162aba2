// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QMenuBar;

namespace Ui {
class ShortcutsDialog;
}

namespace ebb {

/**
 * Help → Keyboard shortcuts: every menu command that has a shortcut, read from the menus
 * themselves (so the list cannot go stale), then the keys that work inside the check-in form.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar &menus, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace ebb
