// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "startup/journalopener.h"
#include "startup/reopenrequest.h"

#include <QString>

#include <memory>

namespace ebb {

class AppSettings;
class Clock;
class Journal;
class MainWindow;
class SingleInstance;

/**
 * Carries out what a closed window asked for (see ReopenRequest) on the closed journal file.
 * Returns the message to show when the journal is open again, and the passphrase to open it
 * with (empty: ask, or none needed).
 */
struct ReopenOutcome
{
    QString message;
    QString passphrase;
};
Result<ReopenOutcome> carryOut(const ReopenRequest &request, const QString &path, const Clock &clock);

/**
 * After a lock, a plain journal with a PIN opens only for the right PIN (a wrong one costs a
 * pause). True when unlocked, or when there is no PIN; false when the person cancelled.
 */
bool unlockWithPin(Journal &journal, const PassphrasePrompt &prompt);

/**
 * While an encrypted journal is open its plaintext is in this process's memory: no core dump
 * may write it to disk, and other programs of the same user may not attach to read it
 * (Linux: PR_SET_DUMPABLE 0). Returns false if the system refused.
 */
bool keepMemoryPrivate();

/**
 * The app's life on one journal: opens it (asking for a passphrase if it is encrypted) unless
 * `opened` already is, shows the window, and whenever the window closes to have the file
 * changed — a restore, encryption on or off, a new passphrase, a lock — does that and opens it
 * again. `background` (a start at login) keeps the window hidden while reminders can reach the
 * person without it. Returns the exit code.
 */
int runJournalSession(const QString &path, const Clock &clock, SingleInstance &instance, bool demo = false,
                      bool background = false, std::unique_ptr<Journal> opened = nullptr);

/** The window of a session on `journal`; `demo` is the demo journal of invented data. */
std::unique_ptr<MainWindow> makeSessionWindow(Journal &journal, AppSettings &settings, bool demo);

/** Makes the demo journal (invented data, a file of its own) if it is not there yet. */
Result<void> ensureDemoJournal(const QString &path, const Clock &clock);

} // namespace ebb
