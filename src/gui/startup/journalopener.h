// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"
#include "storage/journal.h"

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace ebb {

class Clock;

/**
 * Asks for an encrypted journal's passphrase; `message` says why (first ask, or a wrong one).
 * Returns nullopt when the person cancels.
 */
using PassphrasePrompt = std::function<std::optional<QString>(const QString &message)>;

/** The app's prompt: a password field in a small dialog. */
PassphrasePrompt passphraseDialog(QWidget *parent);

/**
 * Explains `error` to the person. When it says the journal is damaged (or not a database) and a
 * backup exists, offers to continue from the newest one, keeping the damaged file aside; returns
 * that backup when the person accepts, else nullopt.
 */
std::optional<BackupInfo> offerNewestBackup(const QString &path, const Error &error, QWidget *parent);

/**
 * What openJournalForApp tries first, asking nothing of anyone (no widgets: it may run on any
 * thread): the open without a quick_check, with `passphrase` for an encrypted journal.
 */
Result<std::unique_ptr<Journal>> openJournalUnattended(const QString &path, const Clock &clock,
                                                       const QString &passphrase = {});

/**
 * Opens the person's journal for the app (without a quick_check: MainWindow runs it once its
 * first frame is drawn). An encrypted journal is opened
 * with `passphrase` when given (after encrypting or unlocking), else with what `prompt` returns;
 * a wrong passphrase is said plainly, after a pause, and asked again. When the file is damaged or
 * not a database and a backup exists, explains what happened and offers to continue from the
 * newest backup, keeping the damaged file aside. Any other failure is explained. Returns null when
 * the journal could not be opened (the person has been told why) or the person cancelled.
 */
std::unique_ptr<Journal> openJournalForApp(const QString &path, const Clock &clock, QWidget *parent = nullptr,
                                           const QString &passphrase = {}, PassphrasePrompt prompt = {});

} // namespace ebb
