// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/reviewpage.h"

#include "charts/chartpages.h"
#include "dialogs/reviewsettingsdialog.h"
#include "domain/boundary.h"
#include "domain/note.h"
#include "domain/review.h"
#include "pacing/humannames.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"
#include "review/reviewformat.h"
#include "review/reviewsettings.h"
#include "review/weeksummary.h"
#include "review/weekwords.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "storage/journal.h"
#include "storage/journalsearch.h"
#include "widgets/selfcheckpanel.h"
#include "window/appearance.h"
#include "window/timetext.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ebb {
namespace {

constexpr int kSaveDelayMs = 800;
constexpr int kWeekRole = Qt::UserRole;
constexpr int kDayRole = Qt::UserRole + 1;

QString number(std::optional<double> v)
{
    return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
}

/** The week's numbers, behind "Show the numbers": the words above them say what matters. */
QString summaryHtml(const WeekSummary &s)
{
    const QLocale locale;
    QString html;
    html += ReviewPage::tr("<p><b>%1 of %2 days with a check-in.</b>").arg(s.daysRecorded).arg(s.daysSoFar);
    if (s.bestDay) {
        html += QLatin1Char(' ') +
                ReviewPage::tr("Lightest day: %1. Heaviest day: %2.")
                    .arg(locale.dayName(s.bestDay->dayOfWeek()), locale.dayName(s.hardestDay->dayOfWeek()));
    }
    html += QStringLiteral("</p><table cellspacing='0' cellpadding='3'><tr><th align='left'></th><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th></tr>")
                .arg(ReviewPage::tr("this week"), ReviewPage::tr("lowest–highest"), ReviewPage::tr("week before"),
                     ReviewPage::tr("your usual"));
    for (int m = 0; m < kMetricCount; ++m) {
        const MetricWeek &w = s.metrics[size_t(m)];
        html +=
            QStringLiteral("<tr><td>%1</td><td align='center'>%2</td><td align='center'>%3</td>"
                           "<td align='center'>%4</td><td align='center'>%5</td></tr>")
                .arg(measureName(Metric(m)), number(w.mean), weekSpread(w), number(w.previousMean), number(w.usual));
    }
    html += QStringLiteral("</table>");
    if (s.sleepNights > 0) {
        // One night is said in words of its own ("over 1 nights" read as careless).
        const QString hours = locale.toString(s.sleepHours, 'f', 1);
        const QString shortBy = locale.toString(s.sleepDebtHours, 'f', 1);
        html +=
            s.sleepNights == 1
                ? ReviewPage::tr("<p>Sleep: %1 h in one night, %2 h short of what you need.</p>").arg(hours, shortBy)
                : ReviewPage::tr("<p>Sleep: %1 h over %2 nights, %3 h short of what you need.</p>")
                      .arg(hours)
                      .arg(s.sleepNights)
                      .arg(shortBy);
    }
    if (!s.boundaries.empty()) {
        QStringList lines;
        for (const BoundaryWeek &b : s.boundaries) {
            lines << ReviewPage::tr("%1: held %2, slipped %3").arg(b.text.toHtmlEscaped()).arg(b.held).arg(b.slipped);
        }
        html += ReviewPage::tr("<p><b>Boundaries</b><br>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    if (!s.tagsBefore.beforeLowEnergy.empty() || !s.tagsBefore.beforeGoodDays.empty()) {
        QStringList lines;
        for (const TagBefore &t : s.tagsBefore.beforeLowEnergy) {
            lines << tagBeforeText(t, true).toHtmlEscaped();
        }
        for (const TagBefore &t : s.tagsBefore.beforeGoodDays) {
            lines << tagBeforeText(t, false).toHtmlEscaped();
        }
        html += ReviewPage::tr("<p><b>What came the day before</b><br>%1<br><i>%2</i></p>")
                    .arg(lines.join(QStringLiteral("<br>")), associationCaveat().toHtmlEscaped());
    }
    if (!s.longerView.empty()) {
        // Over months, not this week.
        QStringList lines;
        for (const LongerViewNote &n : s.longerView) {
            lines << n.message.toHtmlEscaped();
        }
        html += ReviewPage::tr("<p><b>A longer view</b><br>%1</p>").arg(lines.join(QStringLiteral(" ")));
    }
    return html;
}

} // namespace

ReviewPage::ReviewPage(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_title(new QLabel(this))
    , m_summary(new QLabel)
    , m_words(new QLabel)
    , m_noticed(new QLabel)
    , m_numbersButton(new QToolButton)
    , m_lastChange(new QLabel)
    , m_status(new QLabel(this))
    , m_promptsHost(new QWidget)
    , m_weeks(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_results(new QListWidget)
{
    m_title->setObjectName(QStringLiteral("weekTitle"));
    m_title->setFont(headingFont(m_title->font()));
    auto *previous = new QPushButton(tr("◀ Previous week"), this);
    auto *next = new QPushButton(tr("Next week ▶"), this);
    next->setObjectName(QStringLiteral("nextWeekButton"));
    auto *thisWeek = new QPushButton(tr("This week"), this);
    thisWeek->setObjectName(QStringLiteral("thisWeekButton"));
    m_weeks->setObjectName(QStringLiteral("reviewedWeeksCombo"));
    m_weeks->setAccessibleName(tr("Past reviews"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search notes and reviews…"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search notes and reviews"));
    m_searchEdit->setMinimumWidth(220);
    auto *top = new QHBoxLayout;
    top->addWidget(previous);
    top->addWidget(m_title, 1, Qt::AlignCenter);
    top->addWidget(next);
    top->addWidget(thisWeek);
    top->addWidget(m_weeks);
    top->addWidget(m_searchEdit);

    // Left: the week's summary; right: the questions.
    m_summary->setObjectName(QStringLiteral("weekSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A new light or dark look: the week chart's colours were picked for the old palette.
    onPaletteChanged(this, [this] {
        if (m_monday.isValid()) {
            refreshSummary();
        }
    });
    auto *summaryHost = new QWidget;
    auto *summaryLayout = new QVBoxLayout(summaryHost);
    summaryLayout->setSpacing(12);
    // Words first: the week in a sentence or two, then what Ebb noticed; the numbers wait in a fold.
    m_words->setObjectName(QStringLiteral("weekWords"));
    m_words->setTextFormat(Qt::PlainText); // tag and boundary names are the person's own text
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont wordsFont = m_words->font();
    wordsFont.setPointSizeF(wordsFont.pointSizeF() * 1.15);
    m_words->setFont(wordsFont);
    m_noticed->setObjectName(QStringLiteral("weekNoticed"));
    m_noticed->setWordWrap(true);
    m_noticed->setTextFormat(Qt::RichText);
    m_numbersButton->setObjectName(QStringLiteral("numbersButton"));
    m_numbersButton->setCheckable(true);
    m_numbersButton->setAutoRaise(true);
    m_numbersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_numbersButton->setArrowType(Qt::RightArrow);
    m_numbersButton->setText(tr("Show the numbers"));
    auto *numbers = new QWidget(summaryHost);
    numbers->setObjectName(QStringLiteral("weekNumbers"));
    auto *numbersLayout = new QVBoxLayout(numbers);
    numbersLayout->setContentsMargins(0, 0, 0, 0);
    // The chart comes from the charts module; without it, the page says why and works on.
    if (auto pages = chartPages()) {
        m_chart = (*pages)->createWeekChart(numbers);
        QWidget *chart = m_chart->widget();
        chart->setObjectName(QStringLiteral("weekChart"));
        chart->setMinimumHeight(170);
        chart->setAccessibleName(tr("Energy, mood and stress this week"));
        numbersLayout->addWidget(chart);
    } else {
        numbersLayout->addWidget(chartsMissingBanner(pages.errorString(), numbers));
    }
    numbersLayout->addWidget(m_summary);
    numbers->hide();
    connect(m_numbersButton, &QToolButton::toggled, this, [this, numbers](bool shown) {
        numbers->setVisible(shown);
        m_numbersButton->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_numbersButton->setText(shown ? tr("Hide the numbers") : tr("Show the numbers"));
    });
    summaryLayout->addWidget(m_words);
    summaryLayout->addWidget(m_noticed);
    summaryLayout->addWidget(m_numbersButton, 0, Qt::AlignLeft);
    summaryLayout->addWidget(numbers);
    m_selfCheck = new SelfCheckPanel(m_journal, summaryHost);
    summaryLayout->addWidget(m_selfCheck);
    summaryLayout->addStretch(1);
    auto *summaryScroll = new QScrollArea;
    summaryScroll->setWidget(summaryHost);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setAccessibleName(tr("Week summary"));

    m_lastChange->setObjectName(QStringLiteral("lastChangeLabel"));
    m_lastChange->setWordWrap(true);
    auto *settingsButton = new QPushButton(tr("Questions and reminder…"));
    auto *answersHost = new QWidget;
    auto *answersLayout = new QVBoxLayout(answersHost);
    answersLayout->addWidget(m_lastChange);
    answersLayout->addWidget(m_promptsHost, 1);
    auto *answerButtons = new QHBoxLayout;
    answerButtons->addWidget(settingsButton);
    answerButtons->addStretch();
    answerButtons->addWidget(m_status);
    answersLayout->addLayout(answerButtons);
    m_status->setObjectName(QStringLiteral("reviewStatus"));

    auto *split = new QSplitter;
    split->addWidget(summaryScroll);
    split->addWidget(answersHost);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 600});

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    m_results->setAccessibleName(tr("Search results"));
    m_stack->addWidget(split);
    m_stack->addWidget(m_results);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReviewPage::saveNow);
    connect(previous, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(-7)); });
    connect(next, &QPushButton::clicked, this, [this] { showWeek(m_monday.addDays(7)); });
    connect(thisWeek, &QPushButton::clicked, this, [this] { showWeek(m_journal.clock().today()); });
    connect(m_weeks, &QComboBox::activated, this, [this](int index) {
        if (const auto monday = mondayOfWeek(m_weeks->itemData(index).toString())) {
            showWeek(*monday);
        }
    });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            search({});
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString week = item->data(kWeekRole).toString();
        if (!week.isEmpty()) {
            m_searchEdit->clear();
            showWeek(*mondayOfWeek(week));
        } else if (const QDate day = item->data(kDayRole).toDate(); day.isValid()) {
            emit dayActivated(day);
        }
    });
    connect(settingsButton, &QPushButton::clicked, this, &ReviewPage::editSettings);
    // An import or another computer may have written this week's review: shown, unless the person
    // is in the middle of writing theirs (kept, and saved as they left it).
    connect(&m_journal, &Journal::imported, this, [this] {
        if (m_edited.isEmpty() && !m_weekPending && m_freeText != nullptr) {
            auto stored = m_journal.review(isoWeekKey(m_monday));
            // Rebuilt only when the week's answers changed: an unrelated import leaves the editors
            // (and the cursor in them) alone.
            if (stored && stored->has_value()) {
                showAnswers(**stored);
            }
        }
        refreshSummary();
    });
    connect(&m_journal, &Journal::checkInSaved, this, [this](QDate day) {
        if (day >= m_monday.addDays(-63) && day <= m_monday.addDays(6)) {
            refreshSummary();
        }
    });

    showOpeningWeek();
}

void ReviewPage::showOpeningWeek()
{
    const QDate today = m_journal.clock().today();
    auto recent = m_journal.checkIns(today.addDays(-14), today);
    showWeek(recent ? reviewWeekToOpen(*recent, today) : today);
}

void ReviewPage::showWeek(QDate day)
{
    if (m_monday.isValid() && !m_weekPending) {
        saveNow();
    }
    m_monday = day.addDays(1 - day.dayOfWeek());
    m_stack->setCurrentIndex(0);
    // The week's answers, summary and past weeks are read when the page is first seen.
    m_weekPending = !isVisible();
    if (!m_weekPending) {
        loadWeek();
    }
}

void ReviewPage::loadWeek()
{
    const QDate sunday = m_monday.addDays(6);
    const QLocale locale;
    m_title->setText(
        tr("Week %1 · %2 – %3").arg(m_monday.weekNumber()).arg(shortDay(m_monday, false), shortDay(sunday)));
    findChild<QPushButton *>(QStringLiteral("nextWeekButton"))->setEnabled(sunday < m_journal.clock().today());
    if (auto settings = m_journal.reviewSettings()) {
        m_settings = *settings;
    }
    rebuildPrompts();
    refreshSummary();
    refreshWeekList();

    auto lastWeek = m_journal.review(isoWeekKey(m_monday.addDays(-7)));
    const QString change = lastWeek && lastWeek->has_value() ? (*lastWeek)->answer(kChangeKey).trimmed() : QString();
    m_lastChange->setVisible(!change.isEmpty());
    m_lastChange->setText(tr("<b>Last week you chose one small change:</b> %1").arg(change.toHtmlEscaped()));
}

void ReviewPage::rebuildPrompts()
{
    m_loading = true;
    m_edited.clear();
    delete m_promptsHost->layout();
    qDeleteAll(m_promptsHost->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    m_answers.clear();
    auto stored = m_journal.review(isoWeekKey(m_monday));
    const std::optional<WeeklyReview> review = stored ? *stored : std::nullopt;
    if (!stored) {
        m_status->setText(stored.errorString());
    } else {
        m_status->setText(review ? tr("Saved.") : QString());
    }

    auto *form = new QVBoxLayout(m_promptsHost);
    form->setContentsMargins(0, 0, 0, 0);
    auto addQuestion = [&](const ReviewPrompt &prompt) {
        auto *label = new QLabel(prompt.text, m_promptsHost);
        label->setWordWrap(true);
        auto *edit = new QPlainTextEdit(m_promptsHost);
        edit->setObjectName(QStringLiteral("answer_%1").arg(prompt.key));
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(prompt.text);
        edit->setMinimumHeight(48);
        label->setBuddy(edit);
        edit->setPlainText(review ? review->answer(prompt.key) : QString());
        connect(edit, &QPlainTextEdit::textChanged, this, [this, key = prompt.key] { onAnswerEdited(key); });
        form->addWidget(label);
        form->addWidget(edit, 1);
        return edit;
    };
    for (const ReviewPrompt &p : m_settings.prompts) {
        m_answers.emplace_back(p, addQuestion(p));
    }
    // One gentle question a week, easy to leave empty, or to turn off in "Questions and reminder…";
    // an answer already written stays in sight either way.
    const QString gentleAnswer = review ? review->answer(kGentleKey) : QString();
    if (m_settings.gentleQuestion || !gentleAnswer.isEmpty()) {
        const QString asked = review && !gentleAnswer.isEmpty() ? review->prompt(kGentleKey) : QString();
        const ReviewPrompt gentle{kGentleKey, asked.isEmpty() ? gentleQuestionFor(m_monday).text : asked};
        m_answers.emplace_back(gentle, addQuestion(gentle));
        m_answers.back().second->setPlaceholderText(tr("Only if it helps: this one can stay empty."));
    }
    m_freeText = addQuestion({kFreeTextKey, tr("Anything else about this week:")});
    m_loading = false;
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_weekPending) {
        m_weekPending = false;
        loadWeek();
    } else if (m_summaryStale) {
        refreshSummary();
    }
}

void ReviewPage::refreshSummary()
{
    // The summary replays the pacing engine over the whole journal: only for a page that is seen.
    if (!isVisible()) {
        m_summaryStale = true;
        return;
    }
    m_summaryStale = false;
    auto checkIns = m_journal.checkIns({}, m_monday.addDays(6));
    auto boundaries = m_journal.boundaries();
    auto tags = m_journal.tags();
    if (!checkIns || !boundaries || !tags) {
        m_summary->setText((!checkIns     ? checkIns.errorString()
                            : !boundaries ? boundaries.errorString()
                                          : tags.errorString())
                               .toHtmlEscaped());
        return;
    }
    // Dismissals that cannot be read leave every flag in; the status panel says what went wrong.
    const auto dismissed = m_journal.dismissedFlags();
    const WeekSummary summary =
        summarizeWeek(*checkIns, *boundaries, *tags, m_monday, m_journal.clock().today(), m_journal.pacingSettings(),
                      dismissed ? *dismissed : QSet<DismissedFlag>());
    m_summary->setText(summaryHtml(summary));
    const WeekWords words = weekInWords(summary);
    m_words->setText(words.lead.join(QLatin1Char(' ')));
    QStringList noticed;
    for (const QString &line : words.noticed) {
        noticed << line.toHtmlEscaped();
    }
    m_noticed->setVisible(!noticed.isEmpty());
    m_noticed->setText(tr("<b>What Ebb noticed</b><br>%1").arg(noticed.join(QStringLiteral("<br>"))));
    std::vector<CheckIn> week;
    for (const CheckIn &c : *checkIns) {
        if (c.date >= m_monday) {
            week.push_back(c);
        }
    }
    if (m_chart != nullptr) {
        // The application's palette: this runs from the palette watcher before widgets hear of a change.
        m_chart->showWeek(week, m_monday, QApplication::palette());
    }
}

void ReviewPage::refreshWeekList()
{
    m_weeks->clear();
    m_weeks->addItem(tr("Past reviews…"));
    if (auto weeks = m_journal.reviewedWeeks()) {
        for (const QString &week : *weeks) {
            const QDate monday = mondayOfWeek(week).value_or(QDate());
            m_weeks->addItem(tr("%1 (from %2)").arg(week, QLocale().toString(monday, QLocale::ShortFormat)), week);
        }
    }
}

void ReviewPage::onAnswerEdited(const QString &key)
{
    if (!m_loading) {
        m_edited.insert(key);
        m_status->setText(tr("Writing…"));
        m_saveTimer.start();
    }
}

void ReviewPage::showAnswers(const WeeklyReview &review)
{
    // In place, editor by editor: the one being typed in keeps its cursor and undo history.
    m_loading = true;
    const auto show = [&review](QPlainTextEdit *edit, const QString &key) {
        if (const QString text = review.answer(key); edit->toPlainText() != text) {
            edit->setPlainText(text);
        }
    };
    for (const auto &[prompt, edit] : m_answers) {
        show(edit, prompt.key);
    }
    show(m_freeText, kFreeTextKey);
    m_loading = false;
}

WeeklyReview ReviewPage::currentReview() const
{
    WeeklyReview review;
    review.week = isoWeekKey(m_monday);
    for (const auto &[prompt, edit] : m_answers) {
        review.answers.push_back({prompt.key, prompt.text, edit->toPlainText()});
    }
    review.answers.push_back({kFreeTextKey, tr("Anything else about this week:"), m_freeText->toPlainText()});
    return review;
}

bool ReviewPage::saveNow()
{
    m_saveTimer.stop();
    // Only what was typed is written, answer by answer: the others shown may be older than the
    // journal's (another computer's review arrived meanwhile), and the journal's are kept.
    if (m_freeText == nullptr || m_edited.isEmpty()) {
        return true;
    }
    WeeklyReview review = currentReview();
    auto existing = m_journal.review(review.week);
    if (existing && existing->has_value()) {
        for (ReviewAnswer &answer : review.answers) {
            if (!m_edited.contains(answer.key)) {
                answer.answer = (*existing)->answer(answer.key);
            }
        }
    }
    const bool blank = std::all_of(review.answers.begin(), review.answers.end(),
                                   [](const ReviewAnswer &a) { return a.answer.trimmed().isEmpty(); });
    if (blank && existing && !existing->has_value()) {
        m_edited.clear();
        return true; // nothing written yet: no empty review is created
    }
    auto saved = m_journal.saveReview(review);
    if (!saved) {
        m_status->setText(saved.errorString());
        return false;
    }
    m_edited.clear();
    showAnswers(review); // the journal's answers kept beside the ones typed here
    m_status->setText(tr("Saved %1.").arg(minutesText(saved->updatedAt.toLocalTime().time())));
    if (!existing || !existing->has_value()) {
        refreshWeekList();
    }
    return true;
}

void ReviewPage::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void ReviewPage::search(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    auto hits = m_journal.search(text);
    if (!hits) {
        m_results->addItem(hits.errorString());
        return;
    }
    if (hits->empty()) {
        m_results->addItem(tr("Nothing found for “%1”.").arg(text.trimmed()));
        return;
    }
    const QLocale locale;
    for (const SearchHit &hit : *hits) {
        QString where;
        switch (hit.kind) {
        case SearchHit::Kind::CheckInNote:
            where = tr("Check-in, %1").arg(locale.toString(hit.day, QLocale::LongFormat));
            break;
        case SearchHit::Kind::Note:
            where = tr("Note, %1").arg(locale.toString(hit.day, QLocale::LongFormat));
            break;
        case SearchHit::Kind::Review:
            where = tr("Review of week %1 (from %2)").arg(hit.week, locale.toString(hit.day, QLocale::ShortFormat));
            break;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(where, hit.snippet), m_results);
        item->setData(kWeekRole, hit.kind == SearchHit::Kind::Review ? hit.week : QString());
        item->setData(kDayRole, hit.day);
    }
}

void ReviewPage::editSettings()
{
    auto before = m_journal.settings();
    if (!before) {
        m_status->setText(before.errorString());
        return;
    }
    ReviewSettingsDialog dialog(m_settings, this);
    dialog.setSelfCheckReminder(before->selfCheckReminder);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    saveNow();
    // Read again: a setting changed while the dialog was open (a "not this month") is kept.
    auto settings = m_journal.settings();
    if (!settings) {
        m_status->setText(settings.errorString());
        return;
    }
    settings->review = dialog.settings();
    settings->selfCheckReminder = dialog.selfCheckReminder();
    if (auto r = m_journal.saveSettings(*settings); !r) {
        m_status->setText(r.errorString());
        return;
    }
    loadWeek();
}

} // namespace ebb
