// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/onboardingdialog.h"

#include "ui_onboardingdialog.h"

#include "domain/boundary.h"
#include "settings/appsettings.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "sync/syncreport.h"
#include "window/windowfit.h"

#include <QPushButton>

namespace ebb {

QStringList OnboardingDialog::suggestions()
{
    return {tr("Stopped work by 18:00"),      tr("Took a real lunch break"),    tr("Said no to one extra task"),
            tr("Rested without guilt"),       tr("No work email after dinner"), tr("A short break every 90 minutes"),
            tr("Asked for help when needed"), tr("Went to bed on time")};
}

std::vector<std::pair<QString, TagKind>> OnboardingDialog::starterTags()
{
    return {{tr("Long meetings"), TagKind::Drained},
            {tr("Screen time late"), TagKind::Drained},
            {tr("Overtime"), TagKind::Drained},
            {tr("A walk outside"), TagKind::Restored},
            {tr("Time with a friend"), TagKind::Restored},
            {tr("A proper rest"), TagKind::Restored}};
}

OnboardingDialog::OnboardingDialog(Journal &journal, AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_settings(settings)
    , m_ui(std::make_unique<Ui::OnboardingDialog>())
{
    fitToContents(this);
    m_ui->setupUi(this);
    m_ui->welcomeLabel->setText(
        tr("<h3>Welcome to Ebb</h3>"
           "<p>Ebb is a quiet daily journal for recovering from burnout. Once a day you note your energy, mood, "
           "stress, how much the day asked of you, sleep and your boundaries — skip anything you did not notice. "
           "Ebb looks at the trends and gently says when you seem to be sliding below your usual, so you can "
           "ease off before a crash.</p>"
           "<p><b>Ebb is not a medical tool</b> and cannot diagnose anything. If you feel unsafe, contact your "
           "doctor, a local crisis line or emergency services.</p>"
           "<p>Everything stays in one file on this computer.</p>"));
    const QStringList offered = suggestions();
    for (int i = 0; i < offered.size(); ++i) {
        auto *item = new QListWidgetItem(offered.at(i), m_ui->suggestionList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(i < 3 ? Qt::Checked : Qt::Unchecked); // the three most common themes, as a start
    }
    // Opt-in: tags are the person's own words, so the starters are offered, never assumed.
    QStringList drained;
    QStringList restored;
    for (const auto &[name, kind] : starterTags()) {
        (kind == TagKind::Drained ? drained : restored) << name;
    }
    m_ui->starterTagsLabel->setText(tr("Drained: %1. Restored: %2. You can rename or retire them any time.")
                                        .arg(drained.join(QStringLiteral(", ")), restored.join(QStringLiteral(", "))));
    m_ui->starterTagsCheck->setChecked(false);
    const ReminderSettings reminder = m_settings != nullptr ? m_settings->reminder() : ReminderSettings{};
    m_ui->reminderCheck->setChecked(true);
    m_ui->timeEdit->setTime(reminder.time);
    m_ui->reminderCheck->setVisible(m_settings != nullptr);
    m_ui->timeEdit->setVisible(m_settings != nullptr);
    connect(m_ui->reminderCheck, &QCheckBox::toggled, m_ui->timeEdit, &QWidget::setEnabled);
    connect(m_ui->addButton, &QPushButton::clicked, this, &OnboardingDialog::addOwn);
    connect(m_ui->ownEdit, &QLineEdit::returnPressed, this, &OnboardingDialog::addOwn);
    connect(m_ui->startButton, &QPushButton::clicked, this, &OnboardingDialog::start);
    connect(m_ui->skipButton, &QPushButton::clicked, this, &OnboardingDialog::skip);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &OnboardingDialog::demoRequested);
    connect(m_ui->joinButton, &QPushButton::clicked, this, &OnboardingDialog::joinOtherComputer);
    m_ui->suggestionList->setFocus();
}

OnboardingDialog::~OnboardingDialog() = default;

bool OnboardingDialog::isNeeded(Journal &journal)
{
    // Runs at every start: cheapest question first, and no check-in is read, only counted.
    auto settings = journal.settings();
    if (!settings || settings->onboardingDone) {
        return false;
    }
    auto count = journal.checkInCount();
    if (!count || *count > 0) {
        return false;
    }
    auto boundaries = journal.boundaries();
    return boundaries && boundaries->empty();
}

void OnboardingDialog::addOwn()
{
    const QString text = m_ui->ownEdit->text().simplified();
    if (text.isEmpty()) {
        return;
    }
    auto *item = new QListWidgetItem(text, m_ui->suggestionList);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_ui->ownEdit->clear();
}

void OnboardingDialog::start()
{
    addOwn(); // typed but not yet added: it was meant
    for (int i = 0; i < m_ui->suggestionList->count(); ++i) {
        const QListWidgetItem *item = m_ui->suggestionList->item(i);
        if (item->checkState() == Qt::Checked) {
            if (auto added = m_journal.addBoundary(item->text()); !added) {
                m_ui->welcomeLabel->setText(added.errorString());
                return;
            }
        }
    }
    if (m_ui->starterTagsCheck->isChecked()) {
        for (const auto &[name, kind] : starterTags()) {
            if (auto added = m_journal.addTag(name, kind); !added) {
                m_ui->welcomeLabel->setText(added.errorString());
                return;
            }
        }
    }
    saveReminder();
    finish();
}

void OnboardingDialog::saveReminder()
{
    if (m_settings != nullptr) {
        m_settings->setReminder({m_ui->reminderCheck->isChecked(), m_ui->timeEdit->time()});
        m_settings->sync();
    }
}

void OnboardingDialog::skip()
{
    finish();
}

void OnboardingDialog::joinOtherComputer()
{
    // Boundaries chosen here as well as there would come twice once the journals meet.
    saveReminder();
    emit syncRequested();
    finish();
}

void OnboardingDialog::finish()
{
    if (auto settings = m_journal.settings()) {
        settings->onboardingDone = true;
        (void)m_journal.saveSettings(*settings); // at worst the welcome is offered again next time
    }
    accept();
}

} // namespace ebb
