// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/sealedfile.h"
#include "result.h"
#include "sync/changeset.h"
#include "sync/snapshot.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace ebb {

/** The error code of openWithKey() when the folder's passphrase was changed on another computer. */
constexpr int kSyncPassphraseChanged = -120;

/** A folder key's id: the first 16 hex digits of its SHA-256 (the key itself never leaves the journal). */
QString keyIdOf(const QByteArray &key);

/** The shortest sync passphrase accepted when a folder is set up (as for the journal's own), in characters. */
constexpr int kMinimumSyncPassphraseLength = 8;

/**
 * Characters as a person counts them (grapheme clusters): an emoji is one, not the two UTF-16
 * units it takes, so four emoji are four characters, not eight.
 */
int characterCount(const QString &text);

/**
 * A folder that a file-sync engine (Syncthing, Nextcloud, any synced folder) carries between a
 * person's computers, holding a journal's changes sealed with a key from the sync passphrase
 * (Argon2id, as the journal's own encryption).
 *
 *     ebb-sync-folder                  the folder's marker, sealed: its salt and cost name the key
 *     <device>.<sequence>.ebbsync      one change set: 16 hex digits, 10 decimal digits
 *     <device>.<sequence>.ebbsnap      that device's merge state (a snapshot), newest only
 *
 * A device only ever adds files of its own, each written whole under a temporary name, flushed,
 * and renamed (never over an existing one). Everything else in the folder — a file still being
 * written or received, an engine's temporary or conflict copy, anything cut short or changed — is
 * left alone and not read; a change set that arrives twice, or out of order, does no harm (the
 * merge is idempotent and order-free). File names say which device and which number, nothing else.
 *
 * Whoever can write to the folder without the key (a sync peer, the cloud host) is not trusted: only
 * regular files are read (never through a link, never a FIFO), at most 64 MiB each; a name counts
 * (as a computer, or as a number) only once its file opens with the key and says the same inside.
 */
class SyncFolder
{
public:
    /** The first device: makes the folder's key. Refused when the folder already has one. */
    static Result<SyncFolder> create(const QString &folder, const QString &passphrase, const KdfParams &kdf);
    /** Another device joins with the same passphrase; a wrong one is refused and nothing is written. */
    static Result<SyncFolder> open(const QString &folder, const QString &passphrase);

    /**
     * Opens the folder with the key a journal kept from create() or open() (keyBytes()), so later
     * exchanges need no passphrase. Refused when the key no longer opens the folder's marker.
     */
    static Result<SyncFolder> openWithKey(const QString &folder, const QByteArray &key);

    SyncFolder(SyncFolder &&) noexcept;
    SyncFolder &operator=(SyncFolder &&) noexcept;
    ~SyncFolder();

    const QString &path() const { return m_folder; }
    /** The ids of the keys the folder had before its passphrase was changed, oldest first. */
    const QStringList &earlierKeyIds() const { return m_lineage; }
    /**
     * The same folder with a key from a new passphrase (a new salt), naming this key as an earlier
     * one. Nothing is written: the folder changes key when replaceMarker() is called on the result.
     */
    Result<SyncFolder> withNewKey(const QString &passphrase, const KdfParams &kdf) const;
    /** Writes the folder's marker sealed with this key (atomically replacing the one there). */
    Result<void> replaceMarker() const;
    /** The folder key's bytes, for the journal to keep (inside the journal, sealed with it if it is). */
    QByteArray keyBytes() const;
    /**
     * The devices with a change set or snapshot here that opens with the key (sorted). A device in
     * `confirmed` (one whose file opened before) counts by its names alone, so its files are not
     * opened again at each exchange.
     */
    QStringList devices(const QSet<QString> &confirmed = {}) const;
    /** The highest number of `device`'s change sets here that open with the key; 0 when it has none. */
    quint64 highestSequence(const QString &device) const;
    /** True when the change set or snapshot `name` opens with the key and is what its name says. */
    bool isAuthentic(const QString &name) const;
    /** Seals and adds `set` as its own file. Refused if that device's number is already there. */
    Result<QString> write(const ChangeSet &set) const;

    struct Incoming
    {
        QList<ChangeSet> sets;  ///< oldest first per device
        QStringList taken;      ///< their file names, to pass back as `taken` next time
        QStringList unreadable; ///< change-set files that could not be opened (yet): tried again next time
    };
    /** Every change set in the folder whose file name is not in `taken`. */
    Incoming readNew(const QSet<QString> &taken) const;

    /** Seals and adds `snapshot` as its own file (refused if the name is taken); its file name. */
    Result<QString> writeSnapshot(const StateSnapshot &snapshot) const;
    /** Opens one snapshot file of the folder; an error for one that is damaged or not what its name says. */
    Result<StateSnapshot> readSnapshot(const QString &name) const;
    /** The snapshot files in the folder, sorted (by device, then number). */
    QStringList snapshotNames() const;
    /** The names of `device`'s change sets in the folder, sorted by number. */
    QStringList changeSetNamesOf(const QString &device) const;
    /**
     * Deletes one of this device's own files (a change set every computer has taken, an older
     * snapshot); false when it could not. A device never deletes another device's file.
     */
    bool removeOwn(const QString &device, const QString &name) const;

    /** The file name of a device's `sequence`-th change set. */
    static QString fileNameOf(const QString &device, quint64 sequence);
    /** True for a change set's file name (not a temporary file, not an engine's conflict copy). */
    static bool isChangeSetName(const QString &name);
    /** True for a snapshot's file name. */
    static bool isSnapshotName(const QString &name);
    /** The file name of a device's `sequence`-th snapshot. */
    static QString snapshotNameOf(const QString &device, quint64 sequence);

private:
    SyncFolder(QString folder, SealedHeader header, SecretKey key, QStringList lineage = {});
    /** A change set's or snapshot's bytes: read (a regular file, within the limit), unsealed, unpadded. */
    Result<QByteArray> openFile(const QString &name) const;

    QString m_folder;
    SealedHeader m_header;
    std::unique_ptr<SecretKey> m_key;
    QStringList m_lineage; ///< earlier keys' ids, oldest first
};

} // namespace ebb
