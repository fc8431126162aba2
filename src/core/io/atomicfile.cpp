// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ebb {

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    const auto failed = [&](const QString &why) {
        return Error{QStringLiteral("Could not write %1: %2. Check that the folder exists and that you may write "
                                    "there; nothing was written.")
                         .arg(QDir::toNativeSeparators(path), why),
                     0, why};
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file.errorString());
    }
    // The owner's alone, whatever the umask and whatever it replaces: exports carry notes, and
    // every other file written this way holds the journal (sealed or not).
    if (::fchmod(file.handle(), S_IRUSR | S_IWUSR) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        file.cancelWriting();
        return failed(why);
    }
    if (file.write(data) != data.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return failed(why);
    }
    if (!file.commit()) {
        return failed(file.errorString());
    }
    return {};
}

Result<void> writeNewFileDurably(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        return errorWith(file.errorString());
    }
    if (file.write(data) != data.size() || !file.flush() || ::fsync(file.handle()) != 0) {
        const QString why = file.errorString().isEmpty() ? QStringLiteral("the disk may be full") : file.errorString();
        file.close();
        QFile::remove(path);
        return errorWith(why);
    }
    return {};
}

void syncFolderOf(const QString &path)
{
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

RenameOutcome renameWithoutReplacing(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
        return RenameOutcome::Renamed;
    }
    if (errno == EEXIST) {
        return RenameOutcome::TargetExists;
    }
    // Not supported here: the file system (FAT, some network and FUSE mounts) or a sandbox that
    // filters the call.
    const auto unsupported = [](int error) {
        return error == EINVAL || error == ENOSYS || error == EPERM || error == EOPNOTSUPP;
    };
    if (!unsupported(errno)) {
        return RenameOutcome::Failed;
    }
    // A hard link is just as exclusive. If the old name cannot be removed afterwards, the copy is
    // in place all the same, and the leftover name is one that backups clear away.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return RenameOutcome::Renamed;
    }
    if (errno == EEXIST) {
        return RenameOutcome::TargetExists;
    }
    if (!unsupported(errno)) {
        return RenameOutcome::Failed;
    }
    // No exclusive way at all: look, then rename. Only two Ebbs racing on such a mount could
    // still meet here, where before every rename could.
    if (QFileInfo::exists(to)) {
        return RenameOutcome::TargetExists;
    }
    return std::rename(source.constData(), target.constData()) == 0 ? RenameOutcome::Renamed : RenameOutcome::Failed;
}

} // namespace ebb
