// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncfolder.h"

#include "io/atomicfile.h"
#include "io/boundedread.h"
#include "sync/padding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

namespace ebb {
namespace {

const QString kMarkerName = QStringLiteral("ebb-sync-folder");
const QByteArray kMarker = QByteArrayLiteral("Ebb sync folder, format 1");
// A folder whose passphrase was changed says which keys it had before (their ids, oldest first), so
// a computer that synced with one of them joins again as itself: "\nafter <id> <id>…".
const QByteArray kAfter = QByteArrayLiteral("\nafter ");
constexpr qsizetype kMaxLineage = 32;
constexpr qint64 kMaxChangeSetBytes = 64LL * 1024 * 1024;
constexpr qint64 kMaxMarkerBytes = 1024 * 1024;
// The widest number a file name holds (10 digits): a larger one would name a file no reader takes.
constexpr quint64 kMaxSequence = 9999999999ULL;
// Only files: never a link (its target may be anything), a FIFO or a device.
constexpr QDir::Filters kFilesOnly = QDir::Files | QDir::NoSymLinks;

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

const QRegularExpression &changeSetPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-f]{16})\\.([0-9]{10})\\.ebbsync$"));
    return pattern;
}

const QRegularExpression &snapshotPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9a-f]{16})\\.([0-9]{10})\\.ebbsnap$"));
    return pattern;
}

/** Writes `bytes` whole as the new file `name` in `folder`: a temporary file, flushed, then renamed. */
Result<void> addWhole(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString target = QDir(folder).filePath(name);
    // A dot name without the pattern: no reader takes it, whatever an engine carries meanwhile.
    const QString partial = QDir(folder).filePath(QStringLiteral(".%1.partial").arg(name));
    QFile::remove(partial); // left by an Ebb that was stopped in the middle
    if (auto written = writeNewFileDurably(partial, bytes); !written) {
        return errorWith(tr("Ebb could not write to the sync folder %1: %2")
                             .arg(QDir::toNativeSeparators(folder), written.errorString()));
    }
    switch (renameWithoutReplacing(partial, target)) {
    case RenameOutcome::Renamed:
        syncFolderOf(target);
        return {};
    case RenameOutcome::TargetExists:
        QFile::remove(partial);
        return errorWith(tr("The sync folder already has a file named %1; Ebb did not replace it.").arg(name));
    case RenameOutcome::Failed:
        break;
    }
    QFile::remove(partial);
    return errorWith(tr("Ebb could not write to the sync folder %1.").arg(QDir::toNativeSeparators(folder)));
}

/** The key ids a marker's text names as earlier keys of the folder; nullopt when it is not a marker. */
std::optional<QStringList> lineageOf(const QByteArray &plain)
{
    if (plain == kMarker) {
        return QStringList();
    }
    if (!plain.startsWith(kMarker + kAfter)) {
        return std::nullopt;
    }
    const QStringList ids = QString::fromLatin1(plain.mid(kMarker.size() + kAfter.size())).split(QLatin1Char(' '));
    static const QRegularExpression keyId(QStringLiteral("^[0-9a-f]{16}$"));
    if (ids.size() > kMaxLineage ||
        !std::all_of(ids.begin(), ids.end(), [](const QString &id) { return keyId.match(id).hasMatch(); })) {
        return std::nullopt;
    }
    return ids;
}

} // namespace

QString keyIdOf(const QByteArray &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
}

int characterCount(const QString &text)
{
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int count = 0;
    while (graphemes.toNextBoundary() > 0) {
        ++count;
    }
    return count;
}

SyncFolder::SyncFolder(QString folder, SealedHeader header, SecretKey key, QStringList lineage)
    : m_folder(std::move(folder))
    , m_header(std::move(header))
    , m_key(std::make_unique<SecretKey>(std::move(key)))
    , m_lineage(std::move(lineage))
{}

SyncFolder::SyncFolder(SyncFolder &&) noexcept = default;
SyncFolder &SyncFolder::operator=(SyncFolder &&) noexcept = default;
SyncFolder::~SyncFolder() = default;

Result<SyncFolder> SyncFolder::create(const QString &folder, const QString &passphrase, const KdfParams &kdf)
{
    if (QFileInfo::exists(QDir(folder).filePath(kMarkerName))) {
        return errorWith(tr("%1 is already a sync folder. To use it from this computer, join it with its "
                            "passphrase.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const bool made = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        return errorWith(tr("Ebb could not make the sync folder %1.").arg(QDir::toNativeSeparators(folder)));
    }
    if (made) {
        // A folder Ebb makes is the owner's alone; one the person chose keeps the modes they gave it.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    SealedHeader header = newSealedHeader(kdf);
    auto key = deriveKey(passphrase, header);
    if (!key) {
        return key.error();
    }
    auto sealed = seal(*key, header, kMarker);
    if (!sealed) {
        return sealed.error();
    }
    if (auto added = addWhole(folder, kMarkerName, *sealed); !added) {
        return added.error();
    }
    return SyncFolder(folder, std::move(header), std::move(*key));
}

Result<SyncFolder> SyncFolder::open(const QString &folder, const QString &passphrase)
{
    const auto marker = readRegularFile(QDir(folder).filePath(kMarkerName), kMaxMarkerBytes);
    if (!marker) {
        return errorWith(tr("%1 is not a sync folder yet: set it up on your first computer, then join it here.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const QByteArray &bytes = *marker;
    auto header = readSealedHeader(bytes);
    if (!header) {
        return errorWith(tr("The sync folder's marker file is damaged or from a newer Ebb; nothing was written."));
    }
    auto key = deriveKey(passphrase, *header);
    if (!key) {
        return key.error();
    }
    auto plain = unseal(*key, bytes);
    const auto lineage = plain ? lineageOf(*plain) : std::nullopt;
    if (!lineage) {
        return errorWith(tr("That passphrase does not open this sync folder. Nothing was written; use the "
                            "passphrase chosen on your first computer."));
    }
    return SyncFolder(folder, std::move(*header), std::move(*key), *lineage);
}

Result<SyncFolder> SyncFolder::openWithKey(const QString &folder, const QByteArray &keyBytes)
{
    const auto marker = readRegularFile(QDir(folder).filePath(kMarkerName), kMaxMarkerBytes);
    if (!marker) {
        return errorWith(tr("The sync folder %1 cannot be found. If it moved, set up sync again with its new place.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const QByteArray &bytes = *marker;
    auto header = readSealedHeader(bytes);
    SecretKey key;
    if (!header || !key.isValid() || keyBytes.size() != qsizetype(SecretKey::kSize)) {
        return errorWith(tr("The sync folder's marker file is damaged or from a newer Ebb; nothing was written."));
    }
    std::copy(keyBytes.begin(), keyBytes.end(), key.data());
    auto plain = unseal(key, bytes);
    const auto lineage = plain ? lineageOf(*plain) : std::nullopt;
    if (!lineage) {
        return Error{tr("The sync passphrase was changed on another computer. Join the folder %1 again with the new "
                        "passphrase: nothing is lost, and this computer goes on where it was.")
                         .arg(QDir::toNativeSeparators(folder)),
                     kSyncPassphraseChanged, QStringLiteral("the key no longer opens the marker")};
    }
    return SyncFolder(folder, std::move(*header), std::move(key), *lineage);
}

Result<SyncFolder> SyncFolder::withNewKey(const QString &passphrase, const KdfParams &kdf) const
{
    SealedHeader header = newSealedHeader(kdf);
    auto key = deriveKey(passphrase, header);
    if (!key) {
        return key.error();
    }
    QStringList lineage = m_lineage;
    lineage.append(keyIdOf(keyBytes()));
    return SyncFolder(m_folder, std::move(header), std::move(*key),
                      lineage.mid(std::max<qsizetype>(0, lineage.size() - kMaxLineage)));
}

Result<void> SyncFolder::replaceMarker() const
{
    const QByteArray text =
        m_lineage.isEmpty() ? kMarker : kMarker + kAfter + m_lineage.join(QLatin1Char(' ')).toLatin1();
    auto sealed = seal(*m_key, m_header, text);
    if (!sealed) {
        return sealed.error();
    }
    if (auto written = writeFileAtomically(QDir(m_folder).filePath(kMarkerName), *sealed); !written) {
        return errorWith(tr("Ebb could not write to the sync folder %1: %2")
                             .arg(QDir::toNativeSeparators(m_folder), written.errorString()));
    }
    return {};
}

QByteArray SyncFolder::keyBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_key->data()), qsizetype(SecretKey::kSize));
}

QStringList SyncFolder::devices(const QSet<QString> &confirmed) const
{
    // By name first (cheap), then a device counts once one of its files opens with the key and is
    // what its name says: a planted name, empty or garbage, makes up no computer.
    QMap<QString, QStringList> byDevice;
    for (const QString &name : QDir(m_folder).entryList(kFilesOnly, QDir::Name)) {
        QRegularExpressionMatch parts = changeSetPattern().match(name);
        if (!parts.hasMatch()) {
            parts = snapshotPattern().match(name);
        }
        if (parts.hasMatch()) {
            byDevice[parts.captured(1)].append(name);
        }
    }
    QStringList devices;
    for (auto it = byDevice.cbegin(); it != byDevice.cend(); ++it) {
        if (confirmed.contains(it.key())) {
            devices.append(it.key());
            continue;
        }
        // Change sets first (small; a snapshot holds the whole journal), newest first (older
        // ones may be pruned meanwhile).
        QStringList changeSets;
        QStringList snapshots;
        for (const QString &name : it.value()) {
            (isChangeSetName(name) ? changeSets : snapshots).prepend(name);
        }
        const QStringList names = changeSets + snapshots;
        if (std::any_of(names.begin(), names.end(), [this](const QString &name) { return isAuthentic(name); })) {
            devices.append(it.key());
        }
    }
    return devices;
}

quint64 SyncFolder::highestSequence(const QString &device) const
{
    // Only a file that opens with the key and is what its name says tells a number: a name
    // planted by someone without the key must not push this device's numbers anywhere.
    // Newest first: QDir::Reversed turns the name order round (numbers have a fixed width).
    const QStringList names =
        QDir(m_folder).entryList({device + QStringLiteral(".*.ebbsync")}, kFilesOnly, QDir::Name | QDir::Reversed);
    for (const QString &name : names) {
        if (isChangeSetName(name) && isAuthentic(name)) {
            return name.section(QLatin1Char('.'), 1, 1).toULongLong();
        }
    }
    return 0;
}

Result<QByteArray> SyncFolder::openFile(const QString &name) const
{
    const auto bytes = readRegularFile(QDir(m_folder).filePath(name), kMaxChangeSetBytes);
    if (!bytes) {
        return bytes.error();
    }
    const auto sealed = unseal(*m_key, *bytes);
    if (!sealed) {
        return sealed.error();
    }
    auto plain = unpadAfterUnsealing(*sealed);
    if (!plain) {
        return errorWith(tr("The file %1 in the sync folder could not be read.").arg(name));
    }
    return *plain;
}

bool SyncFolder::isAuthentic(const QString &name) const
{
    const auto plain = openFile(name);
    if (!plain) {
        return false;
    }
    if (isSnapshotName(name)) {
        const auto snapshot = decodeSnapshot(*plain);
        return snapshot && snapshotNameOf(snapshot->device, snapshot->sequence) == name;
    }
    const auto set = decodeChangeSet(*plain);
    return set && fileNameOf(set->device, set->sequence) == name;
}

Result<QString> SyncFolder::writeSnapshot(const StateSnapshot &snapshot) const
{
    const QString name = snapshotNameOf(snapshot.device, snapshot.sequence);
    auto sealed = seal(*m_key, m_header, padForSealing(encodeSnapshot(snapshot)));
    if (!sealed) {
        return sealed.error();
    }
    if (auto added = addWhole(m_folder, name, *sealed); !added) {
        return added.error();
    }
    return name;
}

Result<StateSnapshot> SyncFolder::readSnapshot(const QString &name) const
{
    const QRegularExpressionMatch parts = snapshotPattern().match(name);
    const auto plain = parts.hasMatch() ? openFile(name) : Result<QByteArray>(errorWith(name));
    auto snapshot = plain ? decodeSnapshot(*plain) : Result<StateSnapshot>(plain.error());
    if (!snapshot || snapshot->device != parts.captured(1) || snapshot->sequence != parts.captured(2).toULongLong()) {
        return errorWith(tr("The snapshot %1 in the sync folder could not be read.").arg(name));
    }
    return snapshot;
}

QStringList SyncFolder::snapshotNames() const
{
    QStringList names = QDir(m_folder).entryList(kFilesOnly, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &name) { return !snapshotPattern().match(name).hasMatch(); }),
                names.end());
    return names;
}

QStringList SyncFolder::changeSetNamesOf(const QString &device) const
{
    QStringList names = QDir(m_folder).entryList({device + QStringLiteral(".*.ebbsync")}, kFilesOnly, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(), [](const QString &name) { return !isChangeSetName(name); }),
                names.end());
    return names;
}

bool SyncFolder::removeOwn(const QString &device, const QString &name) const
{
    if (!name.startsWith(device + QLatin1Char('.')) ||
        !(isChangeSetName(name) || snapshotPattern().match(name).hasMatch())) {
        return false;
    }
    return QFile::remove(QDir(m_folder).filePath(name));
}

bool SyncFolder::isSnapshotName(const QString &name)
{
    return snapshotPattern().match(name).hasMatch();
}

QString SyncFolder::snapshotNameOf(const QString &device, quint64 sequence)
{
    return QStringLiteral("%1.%2.ebbsnap").arg(device).arg(sequence, 10, 10, QLatin1Char('0'));
}

QString SyncFolder::fileNameOf(const QString &device, quint64 sequence)
{
    return QStringLiteral("%1.%2.ebbsync").arg(device).arg(sequence, 10, 10, QLatin1Char('0'));
}

bool SyncFolder::isChangeSetName(const QString &name)
{
    return changeSetPattern().match(name).hasMatch();
}

Result<QString> SyncFolder::write(const ChangeSet &set) const
{
    if (set.sequence < 1 || set.sequence > kMaxSequence) {
        return errorWith(tr("This computer has used up the numbers for its files in the sync folder. Set up sync "
                            "again to go on."));
    }
    const QString name = fileNameOf(set.device, set.sequence);
    auto sealed = seal(*m_key, m_header, padForSealing(encodeChangeSet(set)));
    if (!sealed) {
        return sealed.error();
    }
    const QString path = QDir(m_folder).filePath(name);
    if (QFileInfo(path).isSymLink() || (QFileInfo::exists(path) && !isAuthentic(name))) {
        // A file under this device's next name that is not this device's (planted, or cut short):
        // set aside, never read, so this device's numbers stay unbroken and pruning goes on.
        const QString aside = QDir(m_folder).filePath(QStringLiteral(".%1.refused").arg(name));
        QFile::remove(aside);
        if (!QFile::rename(path, aside)) {
            return errorWith(tr("The sync folder holds a file named %1 that Ebb did not write and could not set "
                                "aside.")
                                 .arg(name));
        }
    }
    if (auto added = addWhole(m_folder, name, *sealed); !added) {
        return added.error();
    }
    return name;
}

SyncFolder::Incoming SyncFolder::readNew(const QSet<QString> &taken) const
{
    Incoming incoming;
    QStringList names = QDir(m_folder).entryList(kFilesOnly | QDir::Hidden, QDir::Name);
    // By device, then by number (the names sort so: fixed widths).
    names.erase(
        std::remove_if(names.begin(), names.end(),
                       [&taken](const QString &name) { return !isChangeSetName(name) || taken.contains(name); }),
        names.end());
    for (const QString &name : names) {
        const auto plain = openFile(name);
        auto set = plain ? decodeChangeSet(*plain) : Result<ChangeSet>(plain.error());
        const QRegularExpressionMatch parts = changeSetPattern().match(name);
        // A file is what its name says it is, or it is not taken (a copy renamed by hand, say).
        if (!set || set->device != parts.captured(1) || set->sequence != parts.captured(2).toULongLong()) {
            incoming.unreadable.append(name);
            continue;
        }
        incoming.sets.append(*set);
        incoming.taken.append(name);
    }
    return incoming;
}

} // namespace ebb
