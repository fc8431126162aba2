// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncfolder.h"

#include "io/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ebb {
namespace {

const QString kMarkerName = QStringLiteral("ebb-sync-folder");
const QByteArray kMarker = QByteArrayLiteral("Ebb sync folder, format 1");
constexpr qint64 kMaxChangeSetBytes = 64LL * 1024 * 1024;

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

} // namespace

SyncFolder::SyncFolder(QString folder, SealedHeader header, SecretKey key)
    : m_folder(std::move(folder))
    , m_header(std::move(header))
    , m_key(std::make_unique<SecretKey>(std::move(key)))
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
    if (!QDir().mkpath(folder)) {
        return errorWith(tr("Ebb could not make the sync folder %1.").arg(QDir::toNativeSeparators(folder)));
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
    QFile marker(QDir(folder).filePath(kMarkerName));
    if (!marker.open(QIODevice::ReadOnly)) {
        return errorWith(tr("%1 is not a sync folder yet: set it up on your first computer, then join it here.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const QByteArray bytes = marker.read(1024 * 1024);
    auto header = readSealedHeader(bytes);
    if (!header) {
        return errorWith(tr("The sync folder's marker file is damaged or from a newer Ebb; nothing was written."));
    }
    auto key = deriveKey(passphrase, *header);
    if (!key) {
        return key.error();
    }
    auto plain = unseal(*key, bytes);
    if (!plain || *plain != kMarker) {
        return errorWith(tr("That passphrase does not open this sync folder. Nothing was written; use the "
                            "passphrase chosen on your first computer."));
    }
    return SyncFolder(folder, std::move(*header), std::move(*key));
}

Result<SyncFolder> SyncFolder::openWithKey(const QString &folder, const QByteArray &keyBytes)
{
    QFile marker(QDir(folder).filePath(kMarkerName));
    if (!marker.open(QIODevice::ReadOnly)) {
        return errorWith(tr("The sync folder %1 cannot be found. If it moved, set up sync again with its new place.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    const QByteArray bytes = marker.read(1024 * 1024);
    auto header = readSealedHeader(bytes);
    SecretKey key;
    if (!header || !key.isValid() || keyBytes.size() != qsizetype(SecretKey::kSize)) {
        return errorWith(tr("The sync folder's marker file is damaged or from a newer Ebb; nothing was written."));
    }
    std::copy(keyBytes.begin(), keyBytes.end(), key.data());
    auto plain = unseal(key, bytes);
    if (!plain || *plain != kMarker) {
        return errorWith(tr("The sync folder %1 was set up again with another passphrase. Join it again with the "
                            "new passphrase; nothing was written.")
                             .arg(QDir::toNativeSeparators(folder)));
    }
    return SyncFolder(folder, std::move(*header), std::move(key));
}

QByteArray SyncFolder::keyBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_key->data()), qsizetype(SecretKey::kSize));
}

QStringList SyncFolder::devices() const
{
    QSet<QString> devices;
    for (const QString &name : QDir(m_folder).entryList(QDir::Files, QDir::Name)) {
        QRegularExpressionMatch parts = changeSetPattern().match(name);
        if (!parts.hasMatch()) {
            parts = snapshotPattern().match(name);
        }
        if (parts.hasMatch()) {
            devices.insert(parts.captured(1));
        }
    }
    QStringList sorted(devices.begin(), devices.end());
    sorted.sort();
    return sorted;
}

quint64 SyncFolder::highestSequence(const QString &device) const
{
    quint64 highest = 0;
    for (const QString &name : QDir(m_folder).entryList({device + QStringLiteral(".*")}, QDir::Files)) {
        const QRegularExpressionMatch parts = changeSetPattern().match(name);
        if (parts.hasMatch()) {
            highest = std::max(highest, parts.captured(2).toULongLong());
        }
    }
    return highest;
}

Result<QString> SyncFolder::writeSnapshot(const StateSnapshot &snapshot) const
{
    const QString name = snapshotNameOf(snapshot.device, snapshot.sequence);
    auto sealed = seal(*m_key, m_header, encodeSnapshot(snapshot));
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
    QFile file(QDir(m_folder).filePath(name));
    if (!parts.hasMatch() || file.size() > kMaxChangeSetBytes || !file.open(QIODevice::ReadOnly)) {
        return errorWith(tr("The snapshot %1 in the sync folder could not be read.").arg(name));
    }
    auto plain = unseal(*m_key, file.readAll());
    auto snapshot = plain ? decodeSnapshot(*plain) : Result<StateSnapshot>(plain.error());
    if (!snapshot || snapshot->device != parts.captured(1) || snapshot->sequence != parts.captured(2).toULongLong()) {
        return errorWith(tr("The snapshot %1 in the sync folder could not be read.").arg(name));
    }
    return snapshot;
}

QStringList SyncFolder::snapshotNames() const
{
    QStringList names = QDir(m_folder).entryList(QDir::Files, QDir::Name);
    names.erase(std::remove_if(names.begin(), names.end(),
                               [](const QString &name) { return !snapshotPattern().match(name).hasMatch(); }),
                names.end());
    return names;
}

QStringList SyncFolder::changeSetNamesOf(const QString &device) const
{
    QStringList names = QDir(m_folder).entryList({device + QStringLiteral(".*.ebbsync")}, QDir::Files, QDir::Name);
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
    const QString name = fileNameOf(set.device, set.sequence);
    auto sealed = seal(*m_key, m_header, encodeChangeSet(set));
    if (!sealed) {
        return sealed.error();
    }
    if (auto added = addWhole(m_folder, name, *sealed); !added) {
        return added.error();
    }
    return name;
}

SyncFolder::Incoming SyncFolder::readNew(const QSet<QString> &taken) const
{
    Incoming incoming;
    QStringList names = QDir(m_folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    // By device, then by number (the names sort so: fixed widths).
    names.erase(
        std::remove_if(names.begin(), names.end(),
                       [&taken](const QString &name) { return !isChangeSetName(name) || taken.contains(name); }),
        names.end());
    for (const QString &name : names) {
        QFile file(QDir(m_folder).filePath(name));
        if (file.size() > kMaxChangeSetBytes || !file.open(QIODevice::ReadOnly)) {
            incoming.unreadable.append(name);
            continue;
        }
        auto plain = unseal(*m_key, file.readAll());
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
