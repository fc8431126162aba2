// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "startup/reopenrequest.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QTimer;
class QTabWidget;

namespace ebb {

class ReviewBanner;

class AppSettings;
class CheckInPage;
class ReminderDelivery;
class ReminderScheduler;
class HistoryPage;
class Journal;
class ReviewPage;
class StatusPanel;
class SyncRunner;
class UserGuideDialog;

/** The shell: the check-in form and the history, with menus and shortcuts. Built in code. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /**
     * Keeps what is not saved yet — the form as a draft, the review's answers — without asking
     * anything: for a logout or SIGTERM, when there is no time for a dialog.
     */
    void keepUnsavedNow();
    /** The window's size when it opens on a screen whose free area is `available`. */
    static QSize defaultWindowSize(QSize available);
    /** Whether this window reminds the person (and so shows a tray icon): not for the demo journal. */
    enum class Reminders { On, Off };

    /**
     * `appSettings` (this computer's settings) enables File → Settings and, unless `reminders` is
     * Off, the reminders; may be null.
     */
    explicit MainWindow(Journal &journal, AppSettings *appSettings = nullptr, Reminders reminders = Reminders::On,
                        QWidget *parent = nullptr);

    CheckInPage *checkInPage() const { return m_checkInPage; }
    /** The other pages are built when first opened (or asked for here). */
    HistoryPage *historyPage();
    /** The Trends page (built on first use): the chart, or why the charts are missing. */
    QWidget *trendsPage();
    ReviewPage *reviewPage();
    /** Shows the weekly review on the week worth reading now (see ReviewPage::showOpeningWeek). */
    void openReview();
    /** Shows `day` in the check-in form. */
    void openDay(QDate day);
    void openManageDialog();
    void openExportDialog();
    void openImportDialog();
    void openBackupsDialog();
    void openEncryptionDialog();
    void openSettingsDialog();
    void openSyncDialog();
    SyncRunner *syncRunner() const { return m_sync; }
    /** When reminders come (null without reminders: the demo, or no settings). */
    ReminderScheduler *reminders() const;
    /** How reminders reach the person: notifications, the tray or the status bar (null without reminders). */
    ReminderDelivery *reminderDelivery() const { return m_delivery; }
    /** Shows the window in front, from wherever it was (hidden, minimised, behind others). */
    void comeForward();
    /**
     * Locks: the window closes (drafts kept); an encrypted journal's key and plaintext leave memory
     * with it. A plain journal locks only behind a PIN.
     */
    void lock();
    /**
     * For a start at login: true when Ebb can reach the person without a window — desktop
     * notifications, or a tray icon — so the window stays hidden until a reminder or the person
     * calls it (the day's backup is taken all the same); false when it must be shown.
     */
    bool startHidden();
    /** Why the window closed for the journal to be reopened (a restore, encryption, a lock…). */
    const std::optional<ReopenRequest> &reopenRequest() const { return m_request; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();
    void closeToReopen(const ReopenRequest &request);
    void startIdleLock();
    void setUpReminders();
    /** An encrypted journal, or a plain one with a PIN. */
    bool canLock() const;
    void showAbout();
    /** Help → User guide: beside the window, not in front of it; asked again, it comes forward. */
    void showUserGuide();
    /** Builds the page of `tab` if it has not been built yet. */
    void buildPage(int tab);
    void saveReviewNow();
    /** The Weekly review page on the week of `day` (a reminder's, or the banner's). */
    void showWeekReview(QDate day);

    enum Tab { kCheckInTab, kHistoryTab, kTrendsTab, kReviewTab };
    void quit();
    /** Gives the window (and so the tray) Ebb's icon, once. */
    void useIcon();
    /** Checks the file (quick_check); if sound, takes the day's backup; if damaged, offers a backup or quits. */
    void checkThenBackUp();
    void takeDailyBackup();

    Journal &m_journal;
    QTabWidget *m_pages = nullptr;
    CheckInPage *m_checkInPage = nullptr;
    HistoryPage *m_historyPage = nullptr;
    StatusPanel *m_statusPanel = nullptr;
    QWidget *m_trendsPage = nullptr;
    ReviewPage *m_reviewPage = nullptr;
    ReviewBanner *m_reviewReminder = nullptr;
    std::optional<ReopenRequest> m_request;
    bool m_quitting = false; ///< Quit was chosen: closing really ends Ebb, tray or not.
    QTimer *m_idleTimer = nullptr;
    QAction *m_lockAction = nullptr;
    AppSettings *m_appSettings = nullptr;
    ReminderDelivery *m_delivery = nullptr;
    SyncRunner *m_sync = nullptr;
    QPointer<UserGuideDialog> m_userGuide; ///< Open beside the window until closed.
};

} // namespace ebb
