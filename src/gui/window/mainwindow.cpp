// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "charts/chartpages.h"
#include "crypto/pin.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/encryptiondialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/managedialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/syncdialog.h"
#include "dialogs/userguidedialog.h"
#include "domain/selfcheck.h"
#include "pages/checkinpage.h"
#include "pages/historypage.h"
#include "pages/reviewpage.h"
#include "pages/statuspanel.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "startup/journalopener.h"
#include "storage/backups.h"
#include "storage/journal.h"
#include "storage/sealedjournal.h"
#include "sync/syncreport.h"
#include "sync/syncstatustext.h"
#include "widgets/selfcheckpanel.h"
#include "window/appearance.h"
#include "window/eventwatch.h"
#include "window/reminderdelivery.h"
#include "window/reviewbanner.h"
#include "window/syncrunner.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

// Resources compiled into a static library must be registered by name, outside any namespace.
static void initResources()
{
    Q_INIT_RESOURCE(ebb);
}

namespace ebb {

QSize MainWindow::defaultWindowSize(QSize available)
{
    // Roomy, but within the screen's free area with room for a title bar (a window's size leaves
    // its frame out): on a 1366x768 laptop with a top bar the whole check-in shows, Save included.
    return QSize(1180, 780).boundedTo(available - QSize(24, 40));
}

MainWindow::MainWindow(Journal &journal, AppSettings *appSettings, Reminders reminders, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_pages(new QTabWidget(this))
    , m_checkInPage(new CheckInPage(journal, this))
    , m_statusPanel(new StatusPanel(journal, this, StatusPanel::FirstLoad::AfterFirstFrame))
    , m_reviewReminder(new ReviewBanner(journal, this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ebb")); // the icon comes after the first frame (useIcon), unless a tray needs it sooner
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Pages"));
    m_checkInPage->setObjectName(QStringLiteral("checkInPage"));
    m_statusPanel->setObjectName(QStringLiteral("statusPanel"));
    // The Today page: the check-in form, and beside it how the recent days look.
    auto *today = new QWidget(this);
    auto *todayLayout = new QHBoxLayout(today);
    todayLayout->setContentsMargins(0, 0, 0, 0);
    // The form scrolls when the window is smaller than it (a small screen, a window made small);
    // at the default size on a 1366x768 laptop it is whole, Save included.
    auto *formScroll = new QScrollArea(today);
    formScroll->setObjectName(QStringLiteral("checkInScroll"));
    formScroll->setAccessibleName(tr("Check-in form"));
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidgetResizable(true);
    formScroll->setWidget(m_checkInPage);
    todayLayout->addWidget(formScroll, 3);
    todayLayout->addWidget(m_statusPanel, 1);
    m_statusPanel->setMinimumWidth(240);
    m_pages->addTab(today, tr("Check-in"));
    // The other pages are built when first opened: a window with one page to build appears sooner.
    for (const QString &title : {tr("History"), tr("Trends"), tr("Weekly review")}) {
        auto *host = new QWidget(m_pages);
        (new QVBoxLayout(host))->setContentsMargins(0, 0, 0, 0);
        m_pages->addTab(host, title);
    }
    m_pages->setDocumentMode(true);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::buildPage);

    // The reminder is about this week's review: it opens this week, however few its check-ins.
    connect(m_reviewReminder, &ReviewBanner::reviewRequested, this,
            [this] { showWeekReview(m_journal.clock().today()); });
    connect(m_reviewReminder, &ReviewBanner::selfCheckRequested, this,
            [this] { reviewPage()->selfCheckPanel()->openCheck(); });
    connect(m_reviewReminder, &ReviewBanner::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_reviewReminder);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_appSettings = appSettings;
    m_idleTimer = new QTimer(this);
    m_idleTimer->setObjectName(QStringLiteral("idleLockTimer"));
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);
    startIdleLock();
    m_sync = new SyncRunner(journal, this);
    connect(m_sync, &SyncRunner::synced, this, [this](const SyncReport &report) {
        // Said only when something here changed, or could not be merged: a quiet exchange stays quiet.
        if (!report.notes.isEmpty()) {
            statusBar()->showMessage(report.notes.join(QLatin1Char(' ')), 30000);
        } else if (report.rowsChanged > 0) {
            statusBar()->showMessage(syncReportText(report), 10000);
        }
    });
    connect(m_sync, &SyncRunner::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Sync with your other computers did not run: %1").arg(message));
    });
    createMenus();
    if (reminders == Reminders::On) {
        setUpReminders();
    }
    if (const PlaintextSweep &sweep = journal.plaintextSweep(); !sweep.isEmpty()) {
        // Said once, and left in view: the person should know copies were found and dealt with.
        QString found = tr("Ebb found unencrypted copies of your journal beside it, left by something that was "
                           "interrupted, and encrypted or deleted them. Your journal is whole.");
        if (!sweep.failed.isEmpty()) {
            found = sweep.summary();
        }
        statusBar()->showMessage(found);
    }
    connect(m_checkInPage, &CheckInPage::manageRequested, this, &MainWindow::openManageDialog);
    resize(defaultWindowSize(screen() != nullptr ? screen()->availableGeometry().size() : QSize(1366, 768)));
    m_checkInPage->setFocus(); // taken up when the window is first shown
    // The file's check and the day's backup once the window is on screen: they never delay the first frame.
    afterFirstFrame(this, [this] {
        useIcon();
        checkThenBackUp();
    });
}

void MainWindow::useIcon()
{
    // Loading the SVG loads Qt's SVG module, and the window manager's sizes are drawn from it: 4 M
    // instructions (1.5 ms) that waited for nothing when they came before the first frame.
    if (!testAttribute(Qt::WA_SetWindowIcon)) {
        setWindowIcon(QIcon(QStringLiteral(":/ebb/ebb.svg")));
    }
}

void MainWindow::checkThenBackUp()
{
    auto check = m_journal.checkIntegrity();
    if (check) {
        takeDailyBackup();
        if (m_sync->isSyncing()) {
            m_sync->syncSoon(); // what the other computers did while Ebb was closed
        }
        if (m_journal.searchIndexRebuilt()) {
            statusBar()->showMessage(tr("Ebb rebuilt its search index, which was damaged. Everything you wrote is "
                                        "as it was."),
                                     15000);
        }
        return;
    }
    // Damage found: nothing more is written to this file, and no backup is taken of it.
    if (const std::optional<BackupInfo> backup = offerNewestBackup(m_journal.path(), check.error(), this)) {
        closeToReopen(ReopenRequest{ReopenRequest::Kind::Restore, *backup, {}, {}});
    } else {
        quit();
    }
}

void MainWindow::takeDailyBackup()
{
    auto backup = m_journal.dailyBackup();
    if (!backup) {
        statusBar()->showMessage(backup.errorString());
    } else if (backup->has_value()) {
        // Where it is lives in Journal → Backups; a path here would be one more thing to read.
        statusBar()->showMessage(tr("Today's backup is kept (Journal → Backups)."), 8000);
    }
}

bool MainWindow::startHidden()
{
    // Without a reminder to wait for, an invisible Ebb would only be in the way.
    if (m_delivery == nullptr || m_appSettings == nullptr || !m_appSettings->reminder().enabled ||
        !m_delivery->canRemindWithoutWindow()) {
        return false; // nothing could call the person back: the window has to be shown
    }
    // No frame is drawn, so the check and the day's backup need not wait for one.
    QTimer::singleShot(0, this, &MainWindow::checkThenBackUp);
    return true;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save check-in"), m_checkInPage, [this] { m_checkInPage->save(); });
    save->setShortcut(QKeySequence::Save);
    save->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("&Export for my therapist…"), this, &MainWindow::openExportDialog)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("&Import…"), this, &MainWindow::openImportDialog);
    if (m_appSettings != nullptr) {
        file->addSeparator();
        QAction *settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettingsDialog);
        settings->setObjectName(QStringLiteral("settingsAction"));
        // The desktop's own key for preferences where it has one, and Ctrl+, everywhere.
        QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (const QKeySequence ctrlComma(Qt::CTRL | Qt::Key_Comma); !keys.contains(ctrlComma)) {
            keys << ctrlComma;
        }
        settings->setShortcuts(keys);
    }
    // Quit last and set apart, so that a hand reaching for Settings does not find it.
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    journal
        ->addAction(tr("&Search notes and reviews…"), this,
                    [this] {
                        m_pages->setCurrentIndex(kReviewTab);
                        reviewPage()->focusSearch();
                    })
        ->setShortcut(QKeySequence::Find);
    QAction *manage = journal->addAction(tr("&Boundaries and tags…"), this, &MainWindow::openManageDialog);
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    journal->addAction(tr("Bac&kups…"), this, &MainWindow::openBackupsDialog);
    journal->addAction(tr("&Encryption and lock…"), this, &MainWindow::openEncryptionDialog);
    journal->addAction(tr("S&ync with my other computers…"), this, &MainWindow::openSyncDialog)
        ->setObjectName(QStringLiteral("syncAction"));
    m_lockAction = journal->addAction(tr("&Lock now"), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setEnabled(canLock());

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
          m_pages->setCurrentIndex(kHistoryTab);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    go->addAction(tr("T&rends"), this, [this] {
          m_pages->setCurrentIndex(kTrendsTab);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    go->addAction(tr("Weekly re&view"), this, &MainWindow::openReview)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    // Ctrl+1..4 reach the four pages too (Ctrl+E, the first choice, means "end of line" in X11 text fields).
    go->addAction(tr("Check-in &page"), this, [this] {
          m_pages->setCurrentIndex(0);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    go->addAction(tr("History &page"), this, [this] {
          m_pages->setCurrentIndex(kHistoryTab);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    go->addAction(tr("Trends &page"), this, [this] {
          m_pages->setCurrentIndex(kTrendsTab);
      })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), this, &MainWindow::showUserGuide)->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Keyboard shortcuts"), this,
                    [this] {
                        ShortcutsDialog dialog(*menuBar(), this);
                        dialog.exec();
                    })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About Ebb"), this, &MainWindow::showAbout);
}

void MainWindow::openDay(QDate day)
{
    m_checkInPage->showDay(day);
    m_pages->setCurrentIndex(0);
    m_checkInPage->setFocus(Qt::TabFocusReason);
}

void MainWindow::showWeekReview(QDate day)
{
    reviewPage()->showWeek(day);
    m_pages->setCurrentIndex(kReviewTab);
}

void MainWindow::openReview()
{
    reviewPage()->showOpeningWeek();
    m_pages->setCurrentIndex(kReviewTab);
}

void MainWindow::buildPage(int tab)
{
    QWidget *host = m_pages->widget(tab);
    if (tab == kCheckInTab || host == nullptr || !host->layout()->isEmpty()) {
        return;
    }
    QWidget *page = nullptr;
    if (tab == kHistoryTab) {
        m_historyPage = new HistoryPage(m_journal, host);
        m_historyPage->setObjectName(QStringLiteral("historyPage"));
        connect(m_historyPage, &HistoryPage::dayActivated, this, &MainWindow::openDay);
        page = m_historyPage;
    } else if (tab == kTrendsTab) {
        // From the charts module, loaded now; without it the tab says why.
        if (auto pages = chartPages()) {
            m_trendsPage = (*pages)->createTrendsPage(
                m_journal, [this](QDate day) { openDay(day); }, host);
        } else {
            m_trendsPage = new QWidget(host);
            auto *layout = new QVBoxLayout(m_trendsPage);
            layout->addWidget(chartsMissingBanner(pages.errorString(), m_trendsPage));
            layout->addStretch();
        }
        m_trendsPage->setObjectName(QStringLiteral("trendsPage"));
        page = m_trendsPage;
    } else {
        m_reviewPage = new ReviewPage(m_journal, host);
        m_reviewPage->setObjectName(QStringLiteral("reviewPage"));
        connect(m_reviewPage, &ReviewPage::dayActivated, this, &MainWindow::openDay);
        page = m_reviewPage;
    }
    host->layout()->addWidget(page);
    page->show(); // at once: a layout would only show it from the event loop, after the page is asked for
}

HistoryPage *MainWindow::historyPage()
{
    buildPage(kHistoryTab);
    return m_historyPage;
}

QWidget *MainWindow::trendsPage()
{
    buildPage(kTrendsTab);
    return m_trendsPage;
}

ReviewPage *MainWindow::reviewPage()
{
    buildPage(kReviewTab);
    return m_reviewPage;
}

void MainWindow::saveReviewNow()
{
    if (m_reviewPage != nullptr) { // never built: nothing was typed there
        m_reviewPage->saveNow();
    }
}

void MainWindow::openImportDialog()
{
    m_checkInPage->keepDraft();
    ImportDialog dialog(m_journal, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(dialog.resultMessage(), 10000);
    }
}

void MainWindow::openBackupsDialog()
{
    m_sync->waitForBackground(); // it may replace the journal file the exchange writes
    m_checkInPage->keepDraft();
    saveReviewNow();
    BackupsDialog dialog(m_journal, this);
    if (dialog.exec() == QDialog::Accepted && dialog.restoreChoice()) {
        closeToReopen(ReopenRequest{ReopenRequest::Kind::Restore, *dialog.restoreChoice(), {}, {}});
    }
}

void MainWindow::closeToReopen(const ReopenRequest &request)
{
    m_request = request;
    close(); // the file can change only once it is closed; the app then opens it again
}

void MainWindow::openEncryptionDialog()
{
    m_sync->waitForBackground(); // it may replace the journal file the exchange writes
    m_checkInPage->keepDraft();
    saveReviewNow();
    EncryptionDialog dialog(m_journal, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (dialog.request()) {
            closeToReopen(*dialog.request());
        } else {
            startIdleLock(); // the lock time may have changed
        }
    }
}

bool MainWindow::canLock() const
{
    if (m_journal.isEncrypted()) {
        return true;
    }
    auto settings = m_journal.settings();
    return settings && settings->hasPin();
}

void MainWindow::lock()
{
    if (canLock()) {
        closeToReopen(ReopenRequest{ReopenRequest::Kind::Lock, {}, {}, {}});
    }
}

void MainWindow::startIdleLock()
{
    auto settings = m_journal.settings();
    const int minutes = settings ? settings->lockIdleMinutes : 0;
    const bool lockable = canLock();
    if (m_lockAction != nullptr) {
        m_lockAction->setEnabled(lockable);
    }
    if (!lockable || minutes <= 0) {
        m_idleTimer->stop();
        return;
    }
    m_idleTimer->start(minutes * 60 * 1000);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_idleTimer->isActive()) {
            m_idleTimer->start(); // any input counts as presence
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setUpReminders()
{
    if (m_appSettings == nullptr) {
        return;
    }
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        useIcon(); // the tray icon shows it
    }
    m_delivery = new ReminderDelivery(m_journal, *m_appSettings, windowIcon(), this);
    connect(m_delivery, &ReminderDelivery::showRequested, this, &MainWindow::comeForward);
    connect(m_delivery, &ReminderDelivery::quitRequested, this, &MainWindow::quit);
    connect(m_delivery, &ReminderDelivery::openRequested, this, [this](ReminderKind kind, QDate day) {
        comeForward();
        if (kind == ReminderKind::CheckIn) {
            openDay(day);
            return;
        }
        showWeekReview(day);
        if (kind == ReminderKind::SelfCheck) {
            // After the window is up: the questions open over it, not over a window still coming.
            QTimer::singleShot(0, this, [this] { reviewPage()->selfCheckPanel()->openCheck(); });
        }
    });
    connect(m_delivery, &ReminderDelivery::statusMessage, this, [this](const QString &text) {
        if (!isVisible()) {
            showMinimized(); // a message in a hidden window reaches nobody; a minimised one asks for attention
        }
        statusBar()->showMessage(text, 60000);
        QApplication::alert(this);
    });
}

ReminderScheduler *MainWindow::reminders() const
{
    return m_delivery != nullptr ? m_delivery->scheduler() : nullptr;
}

void MainWindow::comeForward()
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::openSettingsDialog()
{
    if (m_appSettings == nullptr) {
        return;
    }
    QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (configHome.isEmpty()) {
        configHome = QDir::homePath() + QStringLiteral("/.config");
    }
    SettingsDialog dialog(*m_appSettings, configHome, this);
    dialog.offerSteadierStretch(m_journal);
    dialog.offerSync([this, &dialog] {
        SyncDialog sync(m_journal, *m_sync, &dialog);
        sync.exec();
    });
    if (dialog.exec() == QDialog::Accepted) {
        if (m_delivery != nullptr) { // none in the demo: the person's own Ebb reminds
            m_delivery->scheduler()->setReminder(m_appSettings->reminder());
        }
        applyAppearance(m_appSettings->appearance());
    }
}

void MainWindow::openSyncDialog()
{
    m_checkInPage->keepDraft();
    saveReviewNow();
    SyncDialog dialog(m_journal, *m_sync, this);
    dialog.exec();
}

void MainWindow::openExportDialog()
{
    m_checkInPage->keepDraft();
    saveReviewNow();
    ExportDialog dialog(m_journal, this);
    dialog.exec();
}

void MainWindow::openManageDialog()
{
    ManageDialog dialog(m_journal, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    if (!m_userGuide) {
        m_userGuide = new UserGuideDialog(this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
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

void MainWindow::keepUnsavedNow()
{
    saveReviewNow();
    (void)m_checkInPage->keepDraft();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveReviewNow();
    // Unsaved changes are kept as a draft and offered again next time: closing never loses them.
    // When even the draft cannot be written (a full disk), the person decides, and staying is the default.
    if (!m_checkInPage->keepDraft() &&
        QMessageBox::warning(this, tr("Your changes are not saved"),
                             tr("Ebb could not keep your unsaved changes: %1\n\nIf you close Ebb now, they are "
                                "lost. Free some space and save first, or copy your note elsewhere.")
                                 .arg(m_checkInPage->draftProblem()),
                             QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Close) {
        m_request.reset();
        event->ignore();
        return;
    }
    // Reminders need Ebb running: the window goes; the tray icon, or the notifications, stay.
    if (!m_quitting && !m_request && m_appSettings != nullptr && m_delivery != nullptr &&
        closeKeepsRunning(m_appSettings->keepInTray() && m_appSettings->reminder().enabled &&
                              m_delivery->canRemindWithoutWindow(),
                          m_appSettings->keepInTray(), m_appSettings->reminder())) {
        hide();
        event->ignore();
        m_delivery->tellStillRunning();
        return;
    }
    m_sync->finishPending(); // the last save reaches the other computers even if Ebb closes at once
    event->accept();
}

void MainWindow::quit()
{
    m_quitting = true;
    if (!close()) {
        m_quitting = false; // the person chose to stay (unsaved changes that could not be kept)
        return;
    }
    // Closing a window that was never shown (started hidden) does not end the event loop.
    QCoreApplication::quit();
}

} // namespace ebb
