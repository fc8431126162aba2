// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/steadierstretchbox.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ebb {

SteadierStretchBox::SteadierStretchBox(const JournalSettings &settings, QDate today, QWidget *parent)
    : QGroupBox(tr("A time I felt more like myself"), parent)
    , m_automatic(new QRadioButton(tr("Let Ebb &find my steadier weeks"), this))
    , m_named(new QRadioButton(tr("&These weeks:"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("steadierStretchBox"));
    m_automatic->setObjectName(QStringLiteral("steadierAutomatic"));
    m_named->setObjectName(QStringLiteral("steadierNamed"));
    m_from->setObjectName(QStringLiteral("steadierFrom"));
    m_to->setObjectName(QStringLiteral("steadierTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
    }
    m_from->setAccessibleName(tr("First day of those weeks"));
    m_to->setAccessibleName(tr("Last day of those weeks"));
    const bool named = settings.hasSteadierStretch();
    m_from->setDate(named ? settings.steadierFrom : today.addDays(-90));
    m_to->setDate(named ? settings.steadierTo : today.addDays(-50));
    (named ? m_named : m_automatic)->setChecked(true);

    auto *hint = new QLabel(tr("Ebb gently says when your last weeks have differed from a steadier stretch for a "
                               "while, in either direction. It finds one itself, or you can name one here."),
                            this);
    hint->setWordWrap(true);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_named);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_automatic);
    layout->addLayout(dates);
    const auto enable = [this] {
        m_from->setEnabled(m_named->isChecked());
        m_to->setEnabled(m_named->isChecked());
    };
    connect(m_named, &QRadioButton::toggled, this, enable);
    enable();
}

QString SteadierStretchBox::problem() const
{
    if (!m_named->isChecked()) {
        return {};
    }
    if (m_from->date().daysTo(m_to->date()) < JournalSettings::kMinSteadierDays - 1) {
        return tr("Please choose at least four weeks for the time you felt more like yourself.");
    }
    return {};
}

void SteadierStretchBox::apply(JournalSettings &settings) const
{
    settings.steadierFrom = m_named->isChecked() ? m_from->date() : QDate();
    settings.steadierTo = m_named->isChecked() ? m_to->date() : QDate();
}

} // namespace ebb
