// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/journal.h"

#include "domain/boundary.h"
#include "domain/note.h"
#include "domain/review.h"
#include "domain/selfcheck.h"
#include "io/checkinjson.h"
#include "io/importfile.h"
#include "pacing/pacingday.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"
#include "review/reviewsettings.h"
#include "settings/clock.h"
#include "settings/journalsettings.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/importer.h"
#include "storage/integrity.h"
#include "storage/journaldump.h"
#include "storage/journalerror.h"
#include "storage/journalfile.h"
#include "storage/journallock.h"
#include "storage/journalprivate.h"
#include "storage/journalsearch.h"
#include "storage/journalsync.h"
#include "storage/pacinginput.h"
#include "storage/sealedjournal.h"
#include "storage/searchindex.h"
#include "storage/sqlhelpers.h"
#include "storage/synccomputers.h"
#include "storage/timestamps.h"
#include "sync/syncreport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSysInfo>

#include <sqlite3.h>

namespace ebb {

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, const Clock &clock,
                                               const JournalOpenOptions &options, const QString &passphrase)
{
    if (path != QLatin1String(":memory:") && isSealedJournal(path)) {
        if (passphrase.isEmpty()) {
            return Error{QStringLiteral("The journal %1 is encrypted. Ebb needs its passphrase to open it.")
                             .arg(QDir::toNativeSeparators(path)),
                         kNeedsPassphrase, QStringLiteral("sealed")};
        }
        // Read-only: no migration, no sweep of plain copies (it could delete another writer's
        // temporary file), and every write refused below.
        auto sealed = openSealedJournal(path, passphrase, options.migrate && !options.readOnly);
        if (!sealed) {
            return sealed.error();
        }
        auto journal = std::make_unique<Journal>(std::move(sealed->db), std::move(sealed->store), clock);
        journal->d->sweep = sealed->sweep;
        if (options.readOnly) {
            // Unsealed into memory, it could be written (and sealed back): refuse writes as SQLite
            // refuses them on a file opened read-only.
            if (auto r = journal->d->db.exec(QStringLiteral("PRAGMA query_only = ON")); !r) {
                return r.error();
            }
        }
        return journal;
    }
    auto db = openJournalFile(path, options);
    if (!db) {
        return db.error();
    }
    return std::make_unique<Journal>(std::move(db).value(), clock);
}

Result<std::unique_ptr<Journal>> Journal::openForReading(const QString &path, const Clock &clock,
                                                         const QString &passphrase)
{
    JournalOpenOptions options;
    options.create = false;
    options.readOnly = true;
    options.migrate = false;
    // SQLite's log goes when the last writer closes the journal: without one, no one has it open.
    // Held, the lock keeps it so while this reads, and the file is read as it is: no -wal or -shm
    // is made (a reader left them behind), and a read-only folder is no obstacle (there, no lock
    // can be made, and no writer could work either). When Ebb has it open, it is read the usual way.
    auto lock = std::make_unique<JournalLock>(path);
    if (QFileInfo::exists(path) && !QFileInfo::exists(path + QStringLiteral("-wal")) && !isSealedJournal(path) &&
        lock->tryLock(0) != JournalLock::Outcome::HeldElsewhere) {
        options.immutable = true;
    } else {
        lock.reset();
    }
    auto journal = open(path, clock, options, passphrase);
    if (journal) {
        (*journal)->d->readLock = std::move(lock);
    }
    return journal;
}

Journal::Journal(Database db, const Clock &clock)
    : d(std::make_unique<Private>(std::move(db)))
    , m_clock(clock)
{}

Journal::Journal(Database db, std::unique_ptr<SealedStore> store, const Clock &clock)
    : Journal(std::move(db), clock)
{
    d->sealed = std::move(store);
    // Every commit (an explicit transaction or a single statement) marks the sealed file stale.
    sqlite3_commit_hook(
        d->db.handle(),
        [](void *journal) {
            static_cast<Journal *>(journal)->d->dirty = true;
            return 0;
        },
        this);
}

const QString &Journal::path() const
{
    return d->sealed ? d->sealed->path() : d->db.path();
}

bool Journal::isEncrypted() const
{
    return d->sealed != nullptr;
}

const PlaintextSweep &Journal::plaintextSweep() const
{
    return d->sweep;
}

bool Journal::searchIndexRebuilt() const
{
    return d->searchIndexRebuilt;
}

Journal::~Journal()
{
    if (d->sealed) {
        sqlite3_commit_hook(d->db.handle(), nullptr, nullptr);
        (void)flushSealed(); // normally nothing is left: each change was written when it was made
    }
}

Result<void> Journal::flushSealed()
{
    if (!d->sealed || !d->dirty) {
        return {};
    }
    if (auto r = d->sealed->save(d->db); !r) {
        if (journalErrorKind(r.error()) == JournalErrorKind::ChangedElsewhere) {
            return keepUnsaved(r.error());
        }
        return Error{QStringLiteral("The encrypted journal could not be written, so the last change is not on the "
                                    "disk: %1")
                         .arg(r.errorString()),
                     r.error().code, r.error().detail};
    }
    d->dirty = false;
    return {};
}

Result<void> Journal::keepUnsaved(const Error &changed)
{
    // Both versions stay: the other program's on the disk, this one's in a sealed backup that
    // rotation never removes.
    auto kept = Backups(Backups::directoryFor(path()))
                    .take(d->sealed->snapshotWriter(d->db), QDateTime::currentDateTimeUtc(), kUnsavedBackupReason);
    if (!kept) {
        return Error{QStringLiteral("%1 Your last change could not be kept either (%2); leave Ebb open and copy "
                                    "out what you need.")
                         .arg(changed.message, kept.errorString()),
                     changed.code, changed.detail};
    }
    d->dirty = false;
    return Error{QStringLiteral("%1 Everything as you see it here is kept, encrypted, in the backup %2. Close Ebb and "
                                "open the journal again; restore that backup if something is missing.")
                     .arg(changed.message, QDir::toNativeSeparators(kept->path)),
                 changed.code, changed.detail};
}

template <typename T>
Result<T> Journal::persisted(Result<T> result)
{
    if (result) {
        if (auto flushed = flushSealed(); !flushed) {
            return flushed.error();
        }
    }
    return result;
}

std::function<Result<void>(const QString &partialPath)> Journal::snapshotWriter()
{
    return d->sealed ? d->sealed->snapshotWriter(d->db) : Backups::sqliteSnapshot(d->db);
}

Result<void> Journal::notifyIfOk(Result<void> result, void (Journal::*signal)())
{
    if (result) {
        emit(this->*signal)();
    }
    return result;
}

Result<int> Journal::schemaVersion() const
{
    return d->db.userVersion();
}

Result<IntegrityReport> Journal::integrityReport()
{
    return ebb::checkIntegrity(d->db);
}

Result<QJsonObject> Journal::dumpTables()
{
    return dumpJournal(d->db);
}

Result<std::optional<CheckIn>> Journal::checkIn(QDate day) const
{
    return d->checkIns.find(day);
}

Result<std::vector<CheckIn>> Journal::checkIns(QDate from, QDate to) const
{
    return d->checkIns.inRange(from, to);
}

Result<int> Journal::checkInCount() const
{
    return d->checkIns.count();
}

Result<CheckIn> Journal::saveCheckIn(const CheckIn &checkIn)
{
    const QString context = QStringLiteral("Could not save the check-in for %1").arg(dayKey(checkIn.date));
    auto tx = Transaction::begin(d->db);
    if (!tx) {
        return withContext(tx.error(), context);
    }
    auto saved = d->checkIns.save(checkIn, m_clock.now());
    if (!saved) {
        return saved.error();
    }
    if (auto r = d->drafts.remove(checkIn.date); !r) {
        return withContext(r.error(), context);
    }
    if (auto r = tx->commit(); !r) {
        return withContext(r.error(), context);
    }
    emit checkInSaved(checkIn.date);
    return persisted(saved);
}

Result<bool> Journal::removeCheckIn(QDate day)
{
    auto removed = d->checkIns.remove(day);
    if (removed && *removed) {
        emit checkInRemoved(day);
    }
    return persisted(removed);
}

Result<std::vector<Boundary>> Journal::boundaries() const
{
    return d->boundaries.all();
}

Result<Boundary> Journal::addBoundary(const QString &text)
{
    auto added = d->boundaries.add(text, m_clock.now());
    if (added) {
        emit boundariesChanged();
    }
    return persisted(added);
}

Result<void> Journal::renameBoundary(qint64 id, const QString &text)
{
    return persisted(notifyIfOk(d->boundaries.rename(id, text), &Journal::boundariesChanged));
}

Result<void> Journal::retireBoundary(qint64 id)
{
    return persisted(notifyIfOk(d->boundaries.retire(id, m_clock.now()), &Journal::boundariesChanged));
}

Result<void> Journal::restoreBoundary(qint64 id)
{
    return persisted(notifyIfOk(d->boundaries.restore(id), &Journal::boundariesChanged));
}

Result<std::vector<Tag>> Journal::tags() const
{
    return d->tags.all();
}

Result<Tag> Journal::addTag(const QString &name, TagKind kind)
{
    auto added = d->tags.add(name, kind, m_clock.now());
    if (added) {
        emit tagsChanged();
    }
    return persisted(added);
}

Result<void> Journal::renameTag(qint64 id, const QString &name)
{
    return persisted(notifyIfOk(d->tags.rename(id, name), &Journal::tagsChanged));
}

Result<void> Journal::setTagKind(qint64 id, TagKind kind)
{
    return persisted(notifyIfOk(d->tags.setKind(id, kind), &Journal::tagsChanged));
}

Result<void> Journal::retireTag(qint64 id)
{
    return persisted(notifyIfOk(d->tags.retire(id, m_clock.now()), &Journal::tagsChanged));
}

Result<void> Journal::restoreTag(qint64 id)
{
    return persisted(notifyIfOk(d->tags.restore(id), &Journal::tagsChanged));
}

Result<std::vector<Note>> Journal::notes(QDate from, QDate to) const
{
    return d->notes.inRange(from, to);
}

Result<Note> Journal::addNote(const Note &note)
{
    auto added = d->notes.add(note, m_clock.now());
    if (added) {
        emit notesChanged(note.date);
    }
    return persisted(added);
}

Result<Note> Journal::updateNote(const Note &note)
{
    auto updated = d->notes.update(note, m_clock.now());
    if (updated) {
        emit notesChanged(note.date);
    }
    return persisted(updated);
}

Result<void> Journal::removeNote(qint64 id, QDate day)
{
    auto removed = d->notes.remove(id);
    if (removed) {
        emit notesChanged(day);
    }
    return persisted(removed);
}

Result<WeeklyReview> Journal::saveReview(const WeeklyReview &review)
{
    auto saved = d->reviews.save(review, m_clock.now());
    if (saved) {
        emit reviewSaved(review.week);
    }
    return persisted(saved);
}

Result<SelfCheck> Journal::saveSelfCheck(const SelfCheck &check)
{
    auto saved = d->selfChecks.save(check, m_clock.now());
    if (saved) {
        emit selfChecksChanged();
    }
    return persisted(saved);
}

Result<bool> Journal::removeSelfCheck(QDate day)
{
    auto removed = d->selfChecks.remove(day);
    if (removed && *removed) {
        emit selfChecksChanged();
    }
    return persisted(removed);
}

Result<std::vector<SelfCheck>> Journal::selfChecks() const
{
    return d->selfChecks.all();
}

Result<std::optional<WeeklyReview>> Journal::review(const QString &week) const
{
    return d->reviews.find(week);
}

Result<QStringList> Journal::reviewedWeeks() const
{
    return d->reviews.weeks();
}

Result<std::vector<SearchHit>> Journal::search(const QString &text) const
{
    return d->search.find(text);
}

Result<JournalSettings> Journal::settings() const
{
    return d->settings.load();
}

Result<void> Journal::saveSettings(const JournalSettings &settings)
{
    auto changed = d->settings.save(settings);
    if (!changed) {
        return changed.error();
    }
    if (!*changed) {
        return {};
    }
    auto written = persisted(Result<void>{});
    emit settingsChanged();
    return written;
}

Result<ReviewSettings> Journal::reviewSettings() const
{
    auto settings = d->settings.load();
    if (!settings) {
        return settings.error();
    }
    return settings->review;
}

Result<void> Journal::setReviewSettings(const ReviewSettings &review)
{
    auto settings = d->settings.load();
    if (!settings) {
        return settings.error();
    }
    settings->review = review;
    return saveSettings(*settings);
}

Result<ImportPlan> Journal::planImport(const ImportFile &file)
{
    return ebb::planImport(d->db, file);
}

Result<ImportPlan> Journal::applyImport(const ImportFile &file)
{
    auto plan = ebb::planImport(d->db, file);
    if (!plan) {
        return plan.error();
    }
    const bool changes = plan->count(ImportChange::New) + plan->count(ImportChange::Changed) > 0;
    if (changes && file.canApply() && path() != QLatin1String(":memory:")) {
        Backups backups(Backups::directoryFor(path()));
        if (auto taken = backups.take(snapshotWriter(), m_clock.now(), QStringLiteral("before-import")); !taken) {
            return Error{QStringLiteral("Nothing was imported: the backup taken first could not be written. %1")
                             .arg(taken.errorString()),
                         taken.error().code, taken.error().detail};
        }
        if (auto rotated = backups.rotate(); !rotated) {
            return rotated.error();
        }
    }
    auto applied = ebb::applyImport(d->db, file, m_clock.now());
    if (applied && changes) {
        emit imported();
    }
    return persisted(applied);
}

Result<bool> Journal::setUpSync(const QString &folder, const QString &passphrase)
{
    // The very thing sync through a folder avoids: a sync program copying the live journal file.
    const QString inside = QDir::cleanPath(QDir(folder).absolutePath()) + QLatin1Char('/');
    if (path() != QLatin1String(":memory:") && QFileInfo(path()).absoluteFilePath().startsWith(inside)) {
        return errorWith(tr("Your journal itself is in %1. A sync program copying the journal while Ebb writes it can "
                            "damage it: choose a folder apart from the journal, or move the journal out first. "
                            "Nothing was changed.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const bool first = !QFileInfo::exists(QDir(folder).filePath(QStringLiteral("ebb-sync-folder")));
    // Another computer's files without the key beside them: the key is still on its way (a sync
    // program carries files one by one). A second key made now would lock one computer out.
    if (first &&
        !QDir(folder).entryList({QStringLiteral("*.ebbsync"), QStringLiteral("*.ebbsnap")}, QDir::Files).isEmpty()) {
        return errorWith(tr("The sync folder's key has not arrived from your other computer yet, though some of its "
                            "changes have. Wait until your sync program has carried the whole folder, then try "
                            "again. Nothing was changed."));
    }
    auto opened =
        first ? SyncFolder::create(folder, passphrase, KdfParams::current()) : SyncFolder::open(folder, passphrase);
    if (!opened) {
        return opened.error();
    }
    auto started = persisted(startSyncing(d->db, *opened, syncIdentity()));
    if (!started) {
        return started.error();
    }
    return first;
}

Result<SyncReport> Journal::sync()
{
    auto folder = openSyncFolder(d->db);
    if (!folder) {
        return folder.error();
    }
    auto report = persisted(exchange(d->db, *folder, m_clock.now(), syncIdentity()));
    if (report && report->rowsChanged > 0) {
        emit imported();
    }
    return report;
}

std::optional<SyncJob> Journal::syncJob() const
{
    if (d->sealed || path() == QLatin1String(":memory:")) {
        return std::nullopt;
    }
    return SyncJob{path(), m_clock.now(), syncIdentity()};
}

Result<SyncReport> Journal::runSyncJob(const SyncJob &job)
{
    JournalOpenOptions options;
    options.create = false;
    options.migrate = false; // the journal's own connection migrated it when it opened
    auto db = openJournalFile(job.path, options);
    if (!db) {
        return db.error();
    }
    auto folder = openSyncFolder(*db);
    if (!folder) {
        return folder.error();
    }
    return exchange(*db, *folder, job.now, job.identity);
}

void Journal::syncJobDone(const SyncReport &report)
{
    if (report.rowsChanged > 0) {
        emit imported();
    }
}

QString Journal::syncIdentity() const
{
    // This computer (systemd's machine id) and this file: a copy elsewhere is another device.
    const QByteArray where = QSysInfo::machineUniqueId() + '\n' + QFileInfo(path()).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
}

Result<std::optional<SyncStatus>> Journal::syncStatus() const
{
    // A journal read as it is (ebb-cli) may be older than sync: then it does not sync.
    auto version = schemaVersion();
    if (!version) {
        return version.error();
    }
    if (*version < 6) {
        return std::optional<SyncStatus>();
    }
    return ebb::syncStatus(d->db);
}

Result<void> Journal::stopSync()
{
    return persisted(stopSyncing(d->db));
}

Result<void> Journal::changeSyncPassphrase(const QString &passphrase)
{
    if (characterCount(passphrase) < kMinimumSyncPassphraseLength) {
        return errorWith(tr("The new sync passphrase needs at least %1 characters.").arg(kMinimumSyncPassphraseLength));
    }
    if (auto before = sync(); !before) { // this computer first takes in all the folder holds
        return before.error();
    }
    auto folder = openSyncFolder(d->db);
    if (!folder) {
        return folder.error();
    }
    if (auto changed = persisted(changeSyncKey(d->db, *folder, passphrase, KdfParams::current())); !changed) {
        return changed;
    }
    // Its state, anew under the new key. The passphrase is changed already: should this exchange
    // fail, the next one does it (trying the change again would re-key the folder twice).
    (void)sync();
    return {};
}

Result<QList<FolderComputer>> Journal::syncComputers() const
{
    return folderComputers(d->db);
}

Result<void> Journal::forgetSyncComputer(const QString &device)
{
    return persisted(forgetComputer(d->db, device));
}

Result<BackupInfo> Journal::backupNow(const QString &reason, bool rotate)
{
    if (path() == QLatin1String(":memory:")) {
        return errorWith(QStringLiteral("A journal kept in memory has no backups."));
    }
    Backups backups(Backups::directoryFor(path()));
    auto taken = backups.take(snapshotWriter(), m_clock.now(), reason);
    if (!taken) {
        return taken.error();
    }
    if (rotate) {
        if (auto rotated = backups.rotate(); !rotated) {
            return rotated.error();
        }
    }
    return taken;
}

Result<void> Journal::checkIntegrity()
{
    if (!d->sealed) {
        if (auto r = checkJournalIntegrity(d->db, path()); !r) {
            return r;
        }
    }
    if (auto repaired = repairSearchIndex(); !repaired) {
        return repaired.error();
    }
    return {};
}

Result<bool> Journal::repairSearchIndex()
{
    auto sound = searchIndexIsSound(d->db);
    if (!sound) {
        return sound.error();
    }
    if (*sound) {
        return false;
    }
    if (auto r = persisted(rebuildSearchIndex(d->db)); !r) {
        return r.error();
    }
    d->searchIndexRebuilt = true;
    return true;
}

Result<std::optional<BackupInfo>> Journal::dailyBackup()
{
    return dailyBackup(BackupPolicy{});
}

Result<std::optional<BackupInfo>> Journal::dailyBackup(const BackupPolicy &policy)
{
    if (path() == QLatin1String(":memory:")) {
        return std::optional<BackupInfo>();
    }
    Backups backups(Backups::directoryFor(path()));
    auto taken = backups.takeDailyIfDue(snapshotWriter(), m_clock.now());
    if (!taken) {
        return taken.error();
    }
    if (auto rotated = backups.rotate(policy); !rotated) {
        return rotated.error();
    }
    if (!*taken) {
        return std::optional<BackupInfo>();
    }
    auto all = backups.list();
    if (!all || all->empty()) {
        return std::optional<BackupInfo>();
    }
    return std::optional<BackupInfo>(all->front());
}

Result<std::vector<PacingDay>> Journal::pacingDays()
{
    return loadPacingDays(d->db);
}

PacingSettings Journal::pacingSettings() const
{
    PacingSettings pacing;
    // Settings that cannot be read leave Ebb to find the stretch itself; reading them again
    // where they are shown says what went wrong.
    if (const auto s = settings(); s && s->hasSteadierStretch()) {
        pacing.anchorFrom = s->steadierFrom;
        pacing.anchorTo = s->steadierTo;
    }
    return pacing;
}

Result<void> Journal::dismissFlag(const DismissedFlag &flag)
{
    return persisted(notifyIfOk(d->dismissals.dismiss(flag, m_clock.now()), &Journal::flagDismissed));
}

Result<QSet<DismissedFlag>> Journal::dismissedFlags() const
{
    return d->dismissals.all();
}

Result<void> Journal::saveDraft(const CheckIn &form)
{
    return persisted(d->drafts.save(form.date, checkInToJson(form), m_clock.now()));
}

Result<std::optional<RestoredDraft>> Journal::draft(QDate day) const
{
    auto found = d->drafts.find(day);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return std::optional<RestoredDraft>();
    }
    auto form = checkInFromJson((*found)->payload);
    if (!form) {
        return form.error();
    }
    return std::optional<RestoredDraft>(RestoredDraft{std::move(form).value(), (*found)->savedAt});
}

Result<void> Journal::discardDraft(QDate day)
{
    return persisted(d->drafts.remove(day));
}

Result<std::vector<QDate>> Journal::draftDays() const
{
    return d->drafts.days();
}

} // namespace ebb
