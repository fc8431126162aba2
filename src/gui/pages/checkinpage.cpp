// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/checkinpage.h"

#include "ui_checkinpage.h"

#include "domain/boundary.h"
#include "pacing/humannames.h"
#include "settings/clock.h"
#include "storage/journal.h"
#include "widgets/segmentedscale.h"
#include "widgets/sleeptimebox.h"
#include "widgets/wrappinglabel.h"
#include "window/appearance.h"
#include "window/timetext.h"

#include <QLocale>

#include <algorithm>

namespace ebb {
namespace {

constexpr int kDraftDelayMs = 800;
constexpr int kTagIdRole = Qt::UserRole;

// The boundary choices' order, which is also BoundaryStatus's.
constexpr BoundaryStatus kStatusByChoice[] = {BoundaryStatus::Held, BoundaryStatus::Slipped,
                                              BoundaryStatus::NotRelevant};

std::optional<int> choiceFor(const CheckIn &checkIn, qint64 boundaryId)
{
    for (const auto &a : checkIn.boundaries) {
        if (a.boundaryId == boundaryId) {
            return int(a.status);
        }
    }
    return std::nullopt;
}

bool hasTag(const CheckIn &checkIn, qint64 tagId)
{
    return std::find(checkIn.tagIds.begin(), checkIn.tagIds.end(), tagId) != checkIn.tagIds.end();
}

QString tagSectionTitle(TagKind kind)
{
    switch (kind) {
    case TagKind::Drained:
        return CheckInPage::tr("Drained me");
    case TagKind::Restored:
        return CheckInPage::tr("Restored me");
    case TagKind::Neutral:
        break;
    }
    return CheckInPage::tr("Other");
}

} // namespace

CheckInPage::CheckInPage(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_ui(std::make_unique<Ui::CheckInPage>())
{
    m_ui->setupUi(this);
    // Focus on the page means focus on its first question, so a check-in can start with typing.
    setFocusProxy(m_ui->energyScale);
    for (const auto &entry : scales()) {
        SegmentedScale *scale = entry.first;
        const Metric metric = entry.second; // a plain variable: lambdas cannot capture a structured binding in clang 14
        const ScaleEnds ends = scaleEnds(metric);
        scale->setScale(ends.low, ends.high, ends.lowWord, ends.highWord);
        connect(scale, &SegmentedScale::valueChanged, this, &CheckInPage::onFormEdited);
        connect(scale, &SegmentedScale::refused, this, [this, metric](const QString &typed) {
            const ScaleEnds e = scaleEnds(metric);
            showRefusal(measureName(metric), typed, QLocale().toString(e.low), QLocale().toString(e.high));
        });
    }
    connect(m_ui->sleepTimeBox, &SleepTimeBox::refused, this, [this](const QString &typed) {
        showBanner(tr("Sleep is read as hours and minutes up to 24 hours, such as 6:30, 6,5 or 6 h 30 min, so "
                      "“%1” was not kept. The answer is as it was before.")
                       .arg(typed),
                   true);
        m_ui->bannerLabel->setProperty("refusal", true);
    });
    m_ui->sleepTimeBox->setToolTip(m_ui->sleepTimeBox->toolTip() + QLatin1Char('\n') +
                                   tr("Clear the field to leave it not recorded."));
    m_ui->dateLabel->setFont(headingFont(m_ui->dateLabel->font()));

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &CheckInPage::keepDraft);

    connect(m_ui->sleepTimeBox, &SleepTimeBox::minutesEdited, this, &CheckInPage::onFormEdited);
    connect(m_ui->tagList, &QListWidget::itemChanged, this, &CheckInPage::onFormEdited);
    connect(m_ui->noteEdit, &QPlainTextEdit::textChanged, this, &CheckInPage::onFormEdited);
    connect(m_ui->shareCheck, &QCheckBox::toggled, this, &CheckInPage::onFormEdited);
    connect(m_ui->bringUpCheck, &QCheckBox::toggled, this, &CheckInPage::onFormEdited);

    m_ui->bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                               Qt::LinksAccessibleByKeyboard);
    m_ui->bannerLabel->setAccessibleName(tr("Message"));
    connect(m_ui->bannerLabel, &QLabel::linkActivated, this,
            [this](const QString &link) { showDay(QDate::fromString(link, Qt::ISODate)); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CheckInPage::save);
    connect(m_ui->manageButton, &QPushButton::clicked, this, &CheckInPage::manageRequested);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &CheckInPage::discardChanges);
    connect(m_ui->previousDayButton, &QToolButton::clicked, this, [this] { showDay(m_date.addDays(-1)); });
    connect(m_ui->nextDayButton, &QToolButton::clicked, this, [this] { showDay(m_date.addDays(1)); });
    connect(m_ui->todayButton, &QToolButton::clicked, this, [this] { showDay(m_journal.clock().today()); });
    connect(&m_journal, &Journal::boundariesChanged, this, &CheckInPage::rebuildKeepingForm);
    connect(&m_journal, &Journal::tagsChanged, this, &CheckInPage::rebuildKeepingForm);
    // An import may have changed the day on screen: what was typed is kept as a draft and offered
    // back over the imported day.
    connect(&m_journal, &Journal::imported, this, [this] {
        keepDraft();
        loadDay(m_date);
    });

    loadDay(m_journal.clock().today());
}

CheckInPage::~CheckInPage() = default;

void CheckInPage::showDay(QDate day)
{
    if (!day.isValid() || day > m_journal.clock().today()) {
        return; // a check-in describes a day that has happened
    }
    keepDraft();
    loadDay(day);
}

void CheckInPage::loadDay(QDate day)
{
    m_draftTimer.stop();
    m_date = day;
    hideBanner();
    m_saved = CheckIn{};
    m_saved.date = day;
    m_hasSaved = false;
    if (auto stored = m_journal.checkIn(day); !stored) {
        showBanner(stored.errorString(), true);
    } else if (stored->has_value()) {
        m_saved = **stored;
        m_hasSaved = true;
    }
    CheckIn shown = m_saved;
    auto draft = m_journal.draft(day);
    if (!draft) {
        showBanner(draft.errorString(), true);
    } else if (draft->has_value() && !(*draft)->checkIn.sameContentAs(m_saved)) {
        shown = (*draft)->checkIn;
        showBanner(tr("Ebb kept changes you had not saved yet (from %1). Save them with Ctrl+S, or discard them.")
                       .arg(QLocale().toString((*draft)->savedAt.toLocalTime(), QLocale::ShortFormat)),
                   false);
    } else if (m_ui->bannerLabel->isHidden()) {
        mentionDraftElsewhere(); // never over a problem already said
    }
    setForm(shown);
}

void CheckInPage::mentionDraftElsewhere()
{
    // Unsaved changes kept for another day (yesterday's form left open) wait there: said here, once.
    auto days = m_journal.draftDays();
    if (!days) {
        return; // the day shown is whole; the hint is only a hint
    }
    std::reverse(days->begin(), days->end()); // the newest first
    for (const QDate day : *days) {
        if (day == m_date) {
            continue;
        }
        auto kept = m_journal.draft(day);
        auto saved = m_journal.checkIn(day);
        if (kept && saved && kept->has_value() && !(saved->has_value() && (*kept)->checkIn.sameContentAs(**saved))) {
            showBanner(tr("Changes you had not saved are waiting on %1. <a href=\"%2\">Open that day</a>")
                           .arg(dayInWords(day).toHtmlEscaped(), day.toString(Qt::ISODate)),
                       false, Qt::RichText);
            return;
        }
    }
}

void CheckInPage::setForm(const CheckIn &checkIn)
{
    m_loading = true;
    m_ui->energyScale->setOptionalValue(checkIn.energy);
    m_ui->moodScale->setOptionalValue(checkIn.mood);
    m_ui->stressScale->setOptionalValue(checkIn.stress);
    m_ui->loadScale->setOptionalValue(checkIn.load);
    m_ui->sleepTimeBox->setMinutes(checkIn.sleepMinutes);
    m_ui->sleepQualityScale->setOptionalValue(checkIn.sleepQuality);
    rebuildBoundaries(checkIn);
    rebuildTags(checkIn);
    m_ui->noteEdit->setPlainText(checkIn.note);
    m_ui->shareCheck->setChecked(checkIn.noteShared);
    m_ui->bringUpCheck->setChecked(checkIn.noteBringUp);
    m_loading = false;
    updateHeader();
}

CheckIn CheckInPage::form() const
{
    CheckIn c;
    c.date = m_date;
    c.energy = m_ui->energyScale->optionalValue();
    c.mood = m_ui->moodScale->optionalValue();
    c.stress = m_ui->stressScale->optionalValue();
    c.load = m_ui->loadScale->optionalValue();
    c.sleepMinutes = m_ui->sleepTimeBox->minutes();
    c.sleepQuality = m_ui->sleepQualityScale->optionalValue();
    for (const auto &[id, choice] : m_boundaryChoices) {
        if (const auto v = choice->optionalValue()) {
            c.boundaries.push_back({id, kStatusByChoice[*v]});
        }
    }
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        const QListWidgetItem *item = m_ui->tagList->item(row);
        if (item->checkState() == Qt::Checked) {
            c.tagIds.push_back(item->data(kTagIdRole).toLongLong());
        }
    }
    c.note = m_ui->noteEdit->toPlainText();
    c.noteShared = m_ui->shareCheck->isChecked();
    c.noteBringUp = m_ui->bringUpCheck->isChecked();
    c.normalize();
    // An imported day's empty boundary count stays empty while its imported answers are untouched.
    if (c.boundaries == m_saved.boundaries) {
        c.unrecordedCount = m_saved.unrecordedCount;
    }
    return c;
}

bool CheckInPage::hasUnsavedChanges() const
{
    return !form().sameContentAs(m_saved);
}

void CheckInPage::rebuildBoundaries(const CheckIn &checkIn)
{
    for (auto &[id, choice] : m_boundaryChoices) {
        m_ui->boundaryForm->removeRow(choice); // deletes the row's label and choice
    }
    m_boundaryChoices.clear();
    auto boundaries = m_journal.boundaries();
    if (!boundaries) {
        showBanner(boundaries.errorString(), true);
        return;
    }
    QWidget *previous = m_ui->sleepQualityScale;
    for (const Boundary &b : *boundaries) {
        const auto choice = choiceFor(checkIn, b.id);
        // A retired boundary still shows on the days it was answered, so history stays visible.
        if (!b.isActive() && !choice) {
            continue;
        }
        auto *choices = new SegmentedScale(this);
        choices->setObjectName(QStringLiteral("boundaryChoice%1").arg(b.id));
        //: The keys that choose Held, Slipped and Not relevant, in that order (the labels' initials).
        choices->setChoices({tr("Held"), tr("Slipped"), tr("Not relevant")}, tr("hsn"));
        choices->setOptionalValue(choice);
        choices->setAccessibleName(b.text);
        choices->setToolTip(tr("Type H for held, S for slipped, N for not relevant; Delete leaves it unanswered"));
        connect(choices, &SegmentedScale::valueChanged, this, &CheckInPage::onFormEdited);
        auto *label = new WrappingLabel(b.isActive() ? b.text : tr("%1 (retired)").arg(b.text), this);
        label->setBuddy(choices);
        m_ui->boundaryForm->addRow(label, choices);
        m_boundaryChoices.emplace_back(b.id, choices);
        setTabOrder(previous, choices);
        previous = choices;
    }
    setTabOrder(previous, m_ui->tagList);
    m_ui->noBoundariesLabel->setVisible(m_boundaryChoices.empty());
}

void CheckInPage::rebuildTags(const CheckIn &checkIn)
{
    const QSignalBlocker blocker(m_ui->tagList);
    m_ui->tagList->clear();
    auto tags = m_journal.tags();
    if (!tags) {
        showBanner(tags.errorString(), true);
        return;
    }
    for (TagKind kind : {TagKind::Drained, TagKind::Restored, TagKind::Neutral}) {
        QListWidgetItem *header = nullptr;
        for (const Tag &t : *tags) {
            const bool checked = hasTag(checkIn, t.id);
            if (t.kind != kind || (!t.isActive() && !checked)) {
                continue;
            }
            if (header == nullptr) {
                header = new QListWidgetItem(tagSectionTitle(kind), m_ui->tagList);
                header->setFlags(Qt::ItemIsEnabled);
                QFont bold = header->font();
                bold.setBold(true);
                header->setFont(bold);
            }
            auto *item = new QListWidgetItem(t.isActive() ? t.name : tr("%1 (retired)").arg(t.name), m_ui->tagList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            item->setData(kTagIdRole, t.id);
        }
    }
    // Focus arriving on the list lands on the first tag, not on its heading: one key less.
    for (int row = 0; row < m_ui->tagList->count(); ++row) {
        if ((m_ui->tagList->item(row)->flags() & Qt::ItemIsUserCheckable) != 0) {
            m_ui->tagList->setCurrentRow(row, QItemSelectionModel::NoUpdate);
            break;
        }
    }
    // No empty white list: a sentence says what will be there.
    const bool none = m_ui->tagList->count() == 0;
    m_ui->tagList->setVisible(!none);
    m_ui->noTagsLabel->setVisible(none);
    m_ui->rightColumn->setStretch(0, none ? 0 : 1); // the room goes to the tags, or else to the note
    m_ui->rightColumn->setStretch(1, none ? 1 : 0);
}

void CheckInPage::rebuildKeepingForm()
{
    const CheckIn current = form();
    const bool wasLoading = std::exchange(m_loading, true);
    rebuildBoundaries(current);
    rebuildTags(current);
    m_loading = wasLoading;
    updateHeader();
}

void CheckInPage::onFormEdited()
{
    if (m_loading) {
        return;
    }
    if (m_ui->bannerLabel->property("refusal").toBool()) {
        hideBanner(); // a refusal was about the answer before; this edit is the next one
    }
    updateHeader();
    if (hasUnsavedChanges()) {
        m_draftTimer.start();
    } else {
        m_draftTimer.stop();
        (void)m_journal.discardDraft(m_date); // back to the saved state: an old draft would mislead
    }
}

bool CheckInPage::keepDraft()
{
    m_draftTimer.stop();
    if (!m_date.isValid() || !hasUnsavedChanges()) {
        return true;
    }
    if (auto r = m_journal.saveDraft(form()); !r) {
        m_draftProblem = r.errorString();
        showBanner(tr("%1 Your changes are still in the form; please do not close Ebb until they are saved.")
                       .arg(r.errorString()),
                   true);
        return false;
    }
    m_draftProblem.clear();
    return true;
}

bool CheckInPage::save()
{
    m_draftTimer.stop();
    m_ui->sleepTimeBox->commitTyped(); // Ctrl+S straight after typing "6:30": kept, or refused aloud
    const CheckIn current = form();
    if (current.isEmpty() && !m_hasSaved) {
        // An all-empty check-in would list the day in History as done when nothing was recorded.
        showBanner(tr("There is nothing to save yet. Fill in at least one thing you noticed."), false);
        return false;
    }
    auto saved = m_journal.saveCheckIn(current);
    if (!saved) {
        showBanner(saved.errorString(), true);
        keepDraft(); // says, if the draft cannot be written either, that the form still holds everything
        return false;
    }
    m_saved = *saved;
    m_hasSaved = true;
    hideBanner();
    updateHeader();
    return true;
}

void CheckInPage::discardChanges()
{
    m_draftTimer.stop();
    (void)m_journal.discardDraft(m_date);
    hideBanner();
    setForm(m_saved);
}

void CheckInPage::updateHeader()
{
    const QDate today = m_journal.clock().today();
    QString title = QLocale().toString(m_date, QLocale::LongFormat);
    if (m_date == today) {
        title = tr("Today, %1").arg(title);
    } else if (m_date == today.addDays(-1)) {
        title = tr("Yesterday, %1").arg(title);
    }
    m_ui->dateLabel->setText(title);
    // A past day is spoken of as that day, not as "today".
    const QString dayName = dayInWords(m_date);
    m_ui->boundaryBox->setTitle(m_date == today ? tr("Your boundaries today")
                                                : tr("Your boundaries on %1").arg(dayName));
    m_ui->noteEdit->setPlaceholderText(m_date == today ? tr("Anything you want to remember about today…")
                                                       : tr("Anything you want to remember about %1…").arg(dayName));
    m_ui->nextDayButton->setEnabled(m_date < today);
    m_ui->todayButton->setEnabled(m_date != today);

    const bool unsaved = hasUnsavedChanges();
    m_ui->discardButton->setEnabled(unsaved);
    if (unsaved) {
        m_ui->statusLabel->setText(tr("Not saved yet — your changes are kept as a draft. Ctrl+S saves."));
    } else if (m_hasSaved) {
        const QDateTime saved = m_saved.updatedAt.toLocalTime();
        const QString time = minutesText(saved.time());
        m_ui->statusLabel->setText(
            saved.date() == today
                ? tr("Saved today at %1.").arg(time)
                : tr("Saved on %1 at %2.").arg(QLocale().toString(saved.date(), QLocale::ShortFormat), time));
    } else {
        m_ui->statusLabel->setText(tr("No check-in for this day yet. Fill in whatever you noticed and skip the rest."));
    }
}

void CheckInPage::showRefusal(const QString &measure, const QString &typed, const QString &low, const QString &high)
{
    showBanner(tr("%1 takes a number from %2 to %3, so “%4” was not kept. The answer is as it was before.")
                   .arg(measure, low, high, typed),
               true);
    m_ui->bannerLabel->setProperty("refusal", true);
}

std::vector<std::pair<SegmentedScale *, Metric>> CheckInPage::scales() const
{
    return {{m_ui->energyScale, Metric::Energy},
            {m_ui->moodScale, Metric::Mood},
            {m_ui->stressScale, Metric::Stress},
            {m_ui->loadScale, Metric::Load},
            {m_ui->sleepQualityScale, Metric::SleepQuality}};
}

void CheckInPage::showBanner(const QString &text, bool isError, Qt::TextFormat format)
{
    m_ui->bannerLabel->setProperty("refusal", false);
    m_ui->bannerLabel->setTextFormat(format);
    m_ui->bannerLabel->setText(text);
    m_ui->bannerLabel->setProperty("error", isError);
    // Soft colours: a problem should be noticed, not alarm anyone.
    styleBanner(m_ui->bannerLabel, isError ? BannerKind::Caution : BannerKind::Info);
    m_ui->bannerLabel->show();
}

void CheckInPage::hideBanner()
{
    m_ui->bannerLabel->hide();
    m_ui->bannerLabel->clear();
}

} // namespace ebb
