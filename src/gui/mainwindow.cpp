// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "checkinpage.h"
#include "historypage.h"
#include "managedialog.h"
#include "settings/clock.h"
#include "statuspanel.h"
#include "storage/journal.h"
#include "trendspage.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>

// Resources compiled into a static library must be registered by name, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(ebb);
}

namespace ebb {

MainWindow::MainWindow(Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_pages(new QTabWidget(this))
    , m_checkInPage(new CheckInPage(journal, this))
    , m_historyPage(new HistoryPage(journal, this))
    , m_statusPanel(new StatusPanel(journal, this))
    , m_trendsPage(new TrendsPage(journal, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/ebb/ebb.svg")));
    setWindowTitle(tr("Ebb"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_checkInPage->setObjectName(QStringLiteral("checkInPage"));
    m_historyPage->setObjectName(QStringLiteral("historyPage"));
    m_statusPanel->setObjectName(QStringLiteral("statusPanel"));
    // The Today page: the check-in form, and beside it how the recent days look.
    auto *today = new QWidget(this);
    auto *todayLayout = new QHBoxLayout(today);
    todayLayout->setContentsMargins(0, 0, 0, 0);
    todayLayout->addWidget(m_checkInPage, 3);
    todayLayout->addWidget(m_statusPanel, 1);
    m_statusPanel->setMinimumWidth(260);
    m_pages->addTab(today, tr("Check-in"));
    m_pages->addTab(m_historyPage, tr("History"));
    m_trendsPage->setObjectName(QStringLiteral("trendsPage"));
    m_pages->addTab(m_trendsPage, tr("Trends"));
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    createMenus();
    statusBar()->showMessage(tr("Journal: %1").arg(QDir::toNativeSeparators(journal.path())));
    connect(m_historyPage, &HistoryPage::dayActivated, this, &MainWindow::openDay);
    connect(m_trendsPage, &TrendsPage::dayActivated, this, &MainWindow::openDay);
    connect(m_checkInPage, &CheckInPage::manageRequested, this, &MainWindow::openManageDialog);
    // Roomy by default, but never larger than the screen it opens on.
    const QSize available = screen() != nullptr ? screen()->availableGeometry().size() * 0.9 : QSize(1180, 780);
    resize(QSize(1180, 780).boundedTo(available));
    m_checkInPage->setFocus(); // taken up when the window is first shown
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save check-in"), m_checkInPage, [this] { m_checkInPage->save(); });
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    QAction *manage = journal->addAction(tr("&Boundaries and tags…"), this, &MainWindow::openManageDialog);
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(tr("&Today"), this, [this] {
          openDay(m_journal.clock().today());
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    go->addAction(tr("&Previous day"), this, [this] {
          openDay(m_checkInPage->date().addDays(-1));
      })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    go->addAction(tr("&Next day"), this, [this] {
          openDay(m_checkInPage->date().addDays(1));
      })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    go->addAction(tr("&History"), this, [this] {
          m_pages->setCurrentWidget(m_historyPage);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Ebb"), this, &MainWindow::showAbout);
}

void MainWindow::openDay(QDate day)
{
    m_checkInPage->showDay(day);
    m_pages->setCurrentIndex(0);
    m_checkInPage->setFocus(Qt::TabFocusReason);
}

void MainWindow::openManageDialog()
{
    ManageDialog dialog(m_journal, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Ebb"),
        tr("<p><b>Ebb %1</b> — a calm journal for burnout recovery.</p>"
           "<p>Your entries stay in one file on this computer:<br>%2</p>"
           "<p>Ebb is not a medical tool. If you feel unsafe, please contact your doctor, "
           "a local crisis line or emergency services.</p>")
            .arg(QStringLiteral(EBB_VERSION), QDir::toNativeSeparators(m_journal.path()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved changes are kept as a draft and offered again next time: closing never loses them.
    m_checkInPage->keepDraft();
    event->accept();
}

} // namespace ebb
