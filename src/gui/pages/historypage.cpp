// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/historypage.h"

#include "pages/historymodel.h"
#include "settings/clock.h"
#include "storage/journal.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ebb {

HistoryPage::HistoryPage(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_model(new HistoryModel(journal, this))
    , m_view(new QTableView(this))
    , m_goToDate(new QDateEdit(this))
    , m_errorLabel(new QLabel(this))
{
    auto *intro = new QLabel(tr("Every day since your first check-in. Press Enter on a day to open it; "
                                "missed days can be filled in later."),
                             this);
    intro->setWordWrap(true);

    m_goToDate->setObjectName(QStringLiteral("goToDateEdit"));
    m_goToDate->setCalendarPopup(true);
    m_goToDate->setAccessibleName(tr("Day to open"));
    auto *openButton = new QPushButton(tr("&Open day"), this);
    openButton->setObjectName(QStringLiteral("openDayButton"));
    auto *goToLabel = new QLabel(tr("&Go to:"), this);
    goToLabel->setBuddy(m_goToDate);
    auto *goToRow = new QHBoxLayout;
    goToRow->addWidget(intro, 1);
    goToRow->addWidget(goToLabel);
    goToRow->addWidget(m_goToDate);
    goToRow->addWidget(openButton);

    m_errorLabel->setObjectName(QStringLiteral("historyErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Past days"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(goToRow);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_view);

    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit dayActivated(m_model->dateAt(index)); });
    connect(openButton, &QPushButton::clicked, this, [this] { emit dayActivated(m_goToDate->date()); });
    connect(&m_journal, &Journal::checkInSaved, this, &HistoryPage::refresh);
    connect(&m_journal, &Journal::checkInRemoved, this, &HistoryPage::refresh);
    connect(&m_journal, &Journal::imported, this, &HistoryPage::refresh);
    refresh();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void HistoryPage::refresh()
{
    // Years of days cost tens of milliseconds to list and measure: only for a page that is seen.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate selected = m_model->dateAt(m_view->currentIndex());
    if (auto r = m_model->reload(); !r) {
        m_errorLabel->setText(r.errorString());
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    const QDate today = m_journal.clock().today();
    m_goToDate->setMaximumDate(today);
    m_goToDate->setDate(today);
    m_view->resizeColumnsToContents();
    const int row = m_model->rowOf(selected.isValid() ? selected : today);
    m_view->setCurrentIndex(m_model->index(row < 0 ? 0 : row, 0));
}

} // namespace ebb
