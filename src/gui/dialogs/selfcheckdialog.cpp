// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/selfcheckdialog.h"

#include "domain/selfcheck.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "widgets/segmentedscale.h"
#include "window/windowfit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace ebb {
namespace {

constexpr int kValues[] = {100, 75, 50, 25, 0}; // always … never or almost never, as the instrument lists them

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

SelfCheckDialog::SelfCheckDialog(Journal &journal, QDate day, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_date(new QDateEdit(this))
    , m_score(new QLabel(this))
    , m_error(new QLabel(this))
{
    fitToContents(this);
    setObjectName(QStringLiteral("selfCheckDialog"));
    setWindowTitle(tr("Monthly burnout self-check"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(tr("Six questions about how you have been lately. Answer what feels right and skip "
                                 "what does not; three answers are enough for a score. It takes about a minute, and "
                                 "it is a self-check, not a diagnosis."),
                              this));
    // A translated interface says its questions are a translation, not a published version.
    if (tr("Monthly burnout self-check") != QLatin1String("Monthly burnout self-check")) {
        auto *note = wrapped(tr("The questions are Ebb's careful translation of the questionnaire's original English; "
                                "a published translation of their exact words was not at hand."),
                             this);
        note->setObjectName(QStringLiteral("translatedItemsNote"));
        QFont italic = note->font();
        italic.setItalic(true);
        note->setFont(italic);
        layout->addWidget(note);
    }

    auto *dateRow = new QFormLayout;
    m_date->setObjectName(QStringLiteral("selfCheckDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate(1900, 1, 1));
    m_date->setMaximumDate(journal.clock().today());
    m_date->setDate(day.isValid() ? day : journal.clock().today());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    dateRow->addRow(tr("&Day"), m_date);
    layout->addLayout(dateRow);

    auto *grid = new QGridLayout;
    QStringList answers;
    for (int value : kValues) {
        answers << selfCheckAnswerText(value);
    }
    for (int item = 0; item < kSelfCheckItems; ++item) {
        auto *question = new QLabel(QStringLiteral("%1. %2").arg(item + 1).arg(selfCheckQuestion(item)), this);
        question->setWordWrap(true);
        auto *scale = new SegmentedScale(this);
        scale->setObjectName(QStringLiteral("question%1").arg(item));
        // Always, Often, soMetimes, sEldom, Never: one letter each, as the answers are worded.
        scale->setChoices(answers, QStringLiteral("aomen"));
        scale->setAccessibleName(selfCheckQuestion(item));
        question->setBuddy(scale);
        grid->addWidget(question, item, 0);
        grid->addWidget(scale, item, 1);
        connect(scale, &SegmentedScale::valueChanged, this, &SelfCheckDialog::updateScore);
        m_questions.push_back(scale);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);
    layout->addLayout(grid);

    // The score is one line that changes in place, and what it means is said once, beside it: a
    // line growing as the score appears squeezed the rows above it, under the person's pointer.
    m_score->setObjectName(QStringLiteral("selfCheckScore"));
    layout->addWidget(m_score);
    layout->addWidget(wrapped(tr("Studies usually call 50 or more high; what matters most is how yours moves from "
                                 "month to month."),
                              this));
    m_error->setObjectName(QStringLiteral("selfCheckError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto *citation = wrapped(selfCheckCitation(), this);
    QFont small = citation->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    citation->setFont(small);
    layout->addWidget(citation);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveSelfCheckButton"));
    m_delete = buttons->addButton(tr("De&lete this check"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteSelfCheckButton"));
    auto *later = buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("notNowButton"));
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &SelfCheckDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &SelfCheckDialog::removeCheck);
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &SelfCheckDialog::onDateChanged);

    if (auto checks = journal.selfChecks()) {
        m_checks = std::move(*checks);
    } else {
        // Without the stored checks a save could replace one unseen: say so, and save nothing.
        m_readFailed = true;
        m_error->setText(tr("Your earlier self-checks could not be read, so this one cannot be saved now: %1")
                             .arg(checks.errorString()));
        m_error->show();
    }
    m_shownDay = m_date->date();
    loadAnswers(stored(m_shownDay));
    // The keyboard starts on the first question, not in the date (which is rarely changed).
    m_questions.front()->setFocus();
}

SelfCheck SelfCheckDialog::current() const
{
    SelfCheck c;
    c.date = m_date->date();
    for (int item = 0; item < kSelfCheckItems; ++item) {
        if (const auto index = m_questions[size_t(item)]->optionalValue()) {
            c.answers[size_t(item)] = kValues[*index];
        }
    }
    return c;
}

void SelfCheckDialog::setAnswer(int item, std::optional<int> value)
{
    std::optional<int> index;
    for (int i = 0; value && i < 5; ++i) {
        index = kValues[i] == *value ? std::optional<int>(i) : index;
    }
    m_questions[size_t(item)]->setOptionalValue(index);
    updateScore();
}

std::optional<SelfCheck> SelfCheckDialog::stored(QDate day) const
{
    const auto it = std::find_if(m_checks.begin(), m_checks.end(), [&](const SelfCheck &c) { return c.date == day; });
    return it != m_checks.end() ? std::optional<SelfCheck>(*it) : std::nullopt;
}

void SelfCheckDialog::loadAnswers(const std::optional<SelfCheck> &check)
{
    for (int item = 0; item < kSelfCheckItems; ++item) {
        setAnswer(item, check ? check->answers[size_t(item)] : std::nullopt);
    }
    m_delete->setVisible(check.has_value());
}

void SelfCheckDialog::onDateChanged()
{
    const QDate day = m_date->date();
    const std::optional<SelfCheck> there = stored(day);
    const std::optional<SelfCheck> before = stored(m_shownDay);
    const bool edited = current().answers != (before ? before->answers : SelfCheck().answers);
    m_shownDay = day;
    m_delete->setVisible(there.has_value());
    if (!m_readFailed) {
        m_error->hide();
    }
    if (!edited) {
        loadAnswers(there); // nothing typed: the day's own answers, or none
        return;
    }
    // Answers given and not saved are never replaced without asking; without a check on the new
    // day they simply belong to it. Kept, a save replaces that day's check.
    if (there && QMessageBox::question(this, tr("Open that day's check?"),
                                       tr("%1 already has a self-check. Show its answers instead of the ones you "
                                          "just gave? Yours are not saved yet.")
                                           .arg(QLocale().toString(day, QLocale::LongFormat)),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes) {
        loadAnswers(there);
    }
}

void SelfCheckDialog::updateScore()
{
    const SelfCheck c = current();
    if (const auto score = c.score()) {
        m_score->setText(tr("Your score: %1 of 100 (%2 of %3 questions answered).")
                             .arg(std::lround(*score))
                             .arg(c.answered())
                             .arg(kSelfCheckItems));
    } else {
        m_score->setText(tr("Answer at least %1 questions for a score.").arg(kSelfCheckMinAnswered));
    }
    m_save->setEnabled(c.score().has_value() && !m_readFailed);
}

void SelfCheckDialog::save()
{
    auto saved = m_journal.saveSelfCheck(current());
    if (!saved) {
        m_error->setText(tr("%1 Your answers are still here.").arg(saved.errorString()));
        m_error->show();
        return;
    }
    accept();
}

void SelfCheckDialog::removeCheck()
{
    const QString day = QLocale().toString(m_date->date(), QLocale::LongFormat);
    if (QMessageBox::question(this, tr("Delete this check?"), tr("Delete the self-check of %1?").arg(day),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    auto removed = m_journal.removeSelfCheck(m_date->date());
    if (!removed) {
        m_error->setText(removed.errorString());
        m_error->show();
        return;
    }
    accept();
}

} // namespace ebb
