// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "domain/tag.h"
#include "result.h"
#include "storage/journaloptions.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ebb {

class Clock;
class Database;
class SealedStore;
struct BackupInfo;
struct BackupPolicy;
struct DismissedFlag;
struct FolderComputer;
struct ImportFile;
struct ImportPlan;
struct IntegrityReport;
struct JournalSettings;
struct Note;
struct PacingDay;
struct PacingSettings;
struct PlaintextSweep;
struct ReviewSettings;
struct SearchHit;
struct SelfCheck;
struct SyncJob;
struct SyncReport;
struct SyncStatus;
struct WeeklyReview;

/** An unsaved form restored from a draft, with when it was kept. */
struct RestoredDraft
{
    CheckIn checkIn;
    QDateTime savedAt;
};

/**
 * The one door to a journal for the app: every change goes through here, so change signals
 * (and later undo and backups) have one home. Widgets never see SQL; they call this.
 */
class Journal : public QObject
{
    Q_OBJECT

public:
    /**
     * Opens the journal at `path`. An encrypted one needs `passphrase`; without it the error's
     * kind (journalErrorKind) is NeedsPassphrase.
     */
    static Result<std::unique_ptr<Journal>> open(const QString &path, const Clock &clock,
                                                 const JournalOpenOptions &options = {},
                                                 const QString &passphrase = {});
    /**
     * Opens an existing journal only to read it (ebb-cli's reading commands): never created,
     * never migrated, and every write is refused as read-only, encrypted journals included.
     * Backups can still be taken: they read the journal and write beside it.
     */
    static Result<std::unique_ptr<Journal>> openForReading(const QString &path, const Clock &clock,
                                                           const QString &passphrase = {});
    Journal(Database db, const Clock &clock);
    /** An encrypted journal: `db` lives in memory and every committed change is sealed to `store`. */
    Journal(Database db, std::unique_ptr<SealedStore> store, const Clock &clock);
    ~Journal() override;

    const Clock &clock() const { return m_clock; }
    const QString &path() const;
    bool isEncrypted() const;
    /**
     * What opening an encrypted journal did about plain copies found beside it (deleted or
     * encrypted: see sweepPlaintextLeftovers); empty when there were none.
     */
    const PlaintextSweep &plaintextSweep() const;
    /** The journal's schema version (an older one is read as it is when opened for reading). */
    Result<int> schemaVersion() const;
    /**
     * SQLite's quick_check of the file (see checkJournalIntegrity); the app runs it just after its
     * first frame rather than at open. An encrypted journal was checked when it was unsealed.
     * Then the search index is checked and, if damaged, rebuilt (repairSearchIndex).
     */
    Result<void> checkIntegrity();
    /** True once checkIntegrity() or repairSearchIndex() rebuilt a damaged search index. */
    bool searchIndexRebuilt() const;
    /**
     * Rebuilds the search index when FTS5's own check finds it damaged (it is made from the notes;
     * a damaged one makes every save fail). True when it was rebuilt. checkIntegrity() does this.
     */
    Result<bool> repairSearchIndex();
    /** SQLite's full integrity and foreign-key checks, with what the journal holds (ebb-cli check). */
    Result<IntegrityReport> integrityReport();
    /** Every table as JSON, for a full personal backup (see dumpJournal). */
    Result<QJsonObject> dumpTables();

    Result<std::optional<CheckIn>> checkIn(QDate day) const;
    Result<std::vector<CheckIn>> checkIns(QDate from, QDate to) const;
    /** Saves the check-in and, in the same transaction, clears that day's draft. */
    Result<CheckIn> saveCheckIn(const CheckIn &checkIn);
    /** How many check-ins the journal holds (cheap; no rows are read). */
    Result<int> checkInCount() const;
    Result<bool> removeCheckIn(QDate day);

    Result<std::vector<Boundary>> boundaries() const;
    Result<Boundary> addBoundary(const QString &text);
    Result<void> renameBoundary(qint64 id, const QString &text);
    Result<void> retireBoundary(qint64 id);
    Result<void> restoreBoundary(qint64 id);

    Result<std::vector<Tag>> tags() const;
    Result<Tag> addTag(const QString &name, TagKind kind);
    Result<void> renameTag(qint64 id, const QString &name);
    Result<void> setTagKind(qint64 id, TagKind kind);
    Result<void> retireTag(qint64 id);
    Result<void> restoreTag(qint64 id);

    Result<std::vector<Note>> notes(QDate from, QDate to) const;
    Result<Note> addNote(const Note &note);
    Result<Note> updateNote(const Note &note);
    Result<void> removeNote(qint64 id, QDate day);

    Result<WeeklyReview> saveReview(const WeeklyReview &review);
    Result<std::optional<WeeklyReview>> review(const QString &week) const;
    Result<QStringList> reviewedWeeks() const;
    /** Saves the day's burnout self-check, replacing one of the same day. */
    Result<SelfCheck> saveSelfCheck(const SelfCheck &check);
    /** True when the day had a self-check to remove. */
    Result<bool> removeSelfCheck(QDate day);
    /** Every self-check, oldest first. */
    Result<std::vector<SelfCheck>> selfChecks() const;

    /** Finds words across check-in notes, notes and reviews, newest first. */
    Result<std::vector<SearchHit>> search(const QString &text) const;
    /** The journal's own settings (they travel with the data); defaults for what was never set. */
    Result<JournalSettings> settings() const;
    /** Saves the settings (only what changed is written) and emits settingsChanged if anything did. */
    Result<void> saveSettings(const JournalSettings &settings);
    /** The review's part of settings(), for the review page and the reminder. */
    Result<ReviewSettings> reviewSettings() const;
    Result<void> setReviewSettings(const ReviewSettings &review);

    /**
     * Takes the day's backup if none was taken today, then rotates old ones. Returns the new
     * backup, or nullopt when one already existed. In-memory journals are never backed up.
     */
    Result<std::optional<BackupInfo>> dailyBackup();
    Result<std::optional<BackupInfo>> dailyBackup(const BackupPolicy &policy);
    /**
     * Takes a backup now (e.g. "manual"), then rotates old ones unless `rotate` is false (a
     * restore must not rotate away the very backup it is about to restore).
     */
    Result<BackupInfo> backupNow(const QString &reason, bool rotate = true);

    /** What importing `file` would do; writes nothing. */
    Result<ImportPlan> planImport(const ImportFile &file);
    /**
     * Applies an import, all or nothing. When it changes anything, a "before-import" backup is
     * taken first (and the import is refused if that fails), so an import can always be undone.
     */
    Result<ImportPlan> applyImport(const ImportFile &file);

    /** Every check-in as the pacing engine reads it. */
    Result<std::vector<PacingDay>> pacingDays();
    /** The pacing engine's settings for this journal: the defaults and the person's steadier stretch. */
    PacingSettings pacingSettings() const;

    /** Keeps a pacing flag's episode quiet until it clears (see DismissalRepository). */
    Result<void> dismissFlag(const DismissedFlag &flag);
    Result<QSet<DismissedFlag>> dismissedFlags() const;

    /**
     * Makes this journal sync through `folder` (see journalsync.h). A folder that is not a sync
     * folder yet gets its key from `passphrase` (the first computer: true); one that is, is joined
     * with it (false), and a wrong passphrase is refused with nothing written.
     */
    Result<bool> setUpSync(const QString &folder, const QString &passphrase);
    /** One exchange with the sync folder; emits imported() when it changed anything here. */
    Result<SyncReport> sync();
    /**
     * What an exchange needs to run on another thread, with a connection of its own to the journal
     * file: nullopt for an encrypted journal (it lives in this connection's memory) or one in memory,
     * which sync with sync(). See runSyncJob().
     */
    std::optional<SyncJob> syncJob() const;
    /**
     * One exchange as sync() makes it, on any thread, through its own connection (SQLite's write
     * lock keeps it and this journal's saves apart). Back on the journal's thread, syncJobDone().
     */
    static Result<SyncReport> runSyncJob(const SyncJob &job);
    /** After runSyncJob(): emits imported() when the exchange changed anything here, as sync() does. */
    void syncJobDone(const SyncReport &report);
    /** The journal's sync; nullopt when it does not sync. */
    Result<std::optional<SyncStatus>> syncStatus() const;
    /** Stops syncing; the folder and everything synced stay. */
    Result<void> stopSync();
    /**
     * Changes the sync passphrase: an exchange first, then the folder gets a key from `passphrase`
     * (see changeSyncKey) and this computer writes its state anew under it. Its other computers
     * are asked for the new passphrase once, and go on where they were.
     */
    Result<void> changeSyncPassphrase(const QString &passphrase);
    /** The computers syncing through the folder, this one first (see synccomputers.h). */
    Result<QList<FolderComputer>> syncComputers() const;
    /** Forgets a computer given up for good, on every computer (see forgetComputer). */
    Result<void> forgetSyncComputer(const QString &device);

    /** Keeps an unsaved form so nothing typed is lost; cheap enough to call every few seconds. */
    Result<void> saveDraft(const CheckIn &form);
    Result<std::optional<RestoredDraft>> draft(QDate day) const;
    Result<void> discardDraft(QDate day);
    /** The days that hold a kept, unsaved form, oldest first. */
    Result<std::vector<QDate>> draftDays() const;

signals:
    void checkInSaved(QDate day);
    void checkInRemoved(QDate day);
    void boundariesChanged();
    void tagsChanged();
    void notesChanged(QDate day);
    void flagDismissed();
    void reviewSaved(const QString &week);
    void selfChecksChanged();
    void settingsChanged();
    /** Many days, tags or boundaries may have changed at once. */
    void imported();

private:
    friend struct JournalTestAccess; // tests/support: a test may reach the database to stage a fault

    Result<void> notifyIfOk(Result<void> result, void (Journal::*signal)());
    /** For an encrypted journal: writes the sealed file when a change was committed. */
    template <typename T>
    Result<T> persisted(Result<T> result);
    Result<void> flushSealed();
    /** The sealed file changed elsewhere: keeps this state in a backup and says where. */
    Result<void> keepUnsaved(const Error &changed);
    std::function<Result<void>(const QString &partialPath)> snapshotWriter();
    /** Which computer and file this journal is, for sync (a copy elsewhere is another device). */
    QString syncIdentity() const;

    struct Private; // the database, the repositories and the sealed file (storage/journalprivate.h)
    std::unique_ptr<Private> d;
    const Clock &m_clock;
};

} // namespace ebb
