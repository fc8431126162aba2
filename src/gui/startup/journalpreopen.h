// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <thread>

namespace ebb {

class Clock;
class Journal;
class SingleInstance;

/**
 * Takes the journal's lock and opens the journal on a second thread while Qt connects to the
 * display: about 2 ms of disk (the lock file is synced, the journal read) that would otherwise
 * wait in line before the window. Only what needs nobody happens there, exactly as the GUI
 * thread would do it first (SingleInstance::acquire, openJournalUnattended). A journal that
 * needs a passphrase, is damaged or newer is left for the GUI thread, which asks and explains
 * as always; so is the answer that another Ebb has the journal.
 *
 * Start it before the QApplication; `clock` and `instance` must outlive it.
 */
class JournalPreOpen
{
public:
    JournalPreOpen(QString path, const Clock &clock, SingleInstance &instance);
    ~JournalPreOpen();
    JournalPreOpen(const JournalPreOpen &) = delete;
    JournalPreOpen &operator=(const JournalPreOpen &) = delete;

    const QString &path() const { return m_path; }
    /** Waits for the thread; then SingleInstance::acquire's answer. */
    bool acquired();
    /**
     * Waits for the thread; then the open journal, belonging to the GUI thread, or null when it
     * did not open unattended (or the lock was not ours): openJournalForApp then does the rest.
     * Only the first call can return it.
     */
    std::unique_ptr<Journal> takeJournal();

private:
    void wait();

    QString m_path;
    bool m_acquired = false;
    std::unique_ptr<Journal> m_journal;
    std::thread m_thread;
};

} // namespace ebb
