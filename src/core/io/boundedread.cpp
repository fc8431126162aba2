// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/boundedread.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ebb {
namespace {

/** Closes a file descriptor when it goes out of scope. */
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    ~Descriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

Error readError(const QString &path, const QString &why)
{
    return Error{QStringLiteral("%1: %2").arg(path, why), 0, why};
}

} // namespace

Result<QByteArray> readRegularFile(const QString &path, qint64 limit)
{
    const QByteArray native = QFile::encodeName(path);
    const Descriptor fd(::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) {
        return readError(path, errno == ELOOP ? QStringLiteral("a symbolic link, not read")
                                              : QString::fromLocal8Bit(std::strerror(errno)));
    }
    struct stat info = {};
    if (::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) {
        return readError(path, QStringLiteral("not a regular file, not read"));
    }
    QByteArray bytes;
    bytes.resize(qsizetype(std::min<qint64>(std::max<qint64>(info.st_size, 0), limit) + 1));
    qint64 got = 0;
    while (got <= limit) {
        if (got == bytes.size()) {
            bytes.resize(qsizetype(std::min<qint64>(got * 2 + 4096, limit + 1)));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return readError(path, QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (n == 0) {
            break;
        }
        got += n;
    }
    if (got > limit) {
        return readError(path, QStringLiteral("larger than %1 bytes, not read").arg(limit));
    }
    bytes.resize(qsizetype(got));
    return bytes;
}

} // namespace ebb
