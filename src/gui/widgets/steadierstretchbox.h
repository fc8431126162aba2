// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/journalsettings.h"

#include <QGroupBox>

class QDateEdit;
class QRadioButton;

namespace ebb {

/**
 * "A time I felt more like myself": the stretch the longer view compares the last weeks with,
 * found by Ebb (the default) or named by the person, at least four weeks long.
 */
class SteadierStretchBox : public QGroupBox
{
    Q_OBJECT

public:
    /** `today` bounds the dates; `settings` gives the current choice. */
    SteadierStretchBox(const JournalSettings &settings, QDate today, QWidget *parent = nullptr);

    /** Why the choice cannot be kept, in words; empty when it can. */
    QString problem() const;
    /** Writes the choice into `settings` (a named stretch, or none). */
    void apply(JournalSettings &settings) const;

private:
    QRadioButton *m_automatic = nullptr;
    QRadioButton *m_named = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace ebb
