// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where ebb-cli finds a passphrase: a file descriptor (--passphrase-fd N, e.g. from a password
// manager's pipe), the environment (EBB_PASSPHRASE: simple, but visible in /proc/PID/environ to
// the same user), or, on a terminal, a prompt that does not echo.
#include "clicommon.h"
#include "storage/sealedjournal.h"

#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <termios.h>
#include <unistd.h>
#include <utility>

namespace ebb::cli {
namespace {

constexpr int kMaxPassphraseBytes = 4096;

struct Sources
{
    int fd = -1;
    int newFd = -1;
    std::optional<QString> cached;
    std::optional<QString> cachedNew;
};

Sources &sources()
{
    static Sources s;
    return s;
}

/** One line from `fd` (up to a newline or the end), without the newline. */
QString readLine(int fd)
{
    QByteArray bytes;
    char c = 0;
    while (bytes.size() < kMaxPassphraseBytes && ::read(fd, &c, 1) == 1 && c != '\n') {
        bytes.append(c);
    }
    if (bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    const QString text = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return text;
}

/**
 * Asks on the terminal (not stdout: that may be a file), with echo off; empty when ebb-cli was not
 * started from a terminal.
 */
QString prompt(const QString &question)
{
    if (!::isatty(STDIN_FILENO)) {
        return {}; // run by a script or another program: it gives the passphrase another way
    }
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0) {
        return {};
    }
    termios saved = {};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSANOW, &quiet);
    }
    const QByteArray asked = question.toUtf8();
    (void)!::write(tty, asked.constData(), size_t(asked.size()));
    const QString answer = readLine(tty);
    (void)!::write(tty, "\n", 1);
    if (isTerminal) {
        ::tcsetattr(tty, TCSANOW, &saved);
    }
    ::close(tty);
    return answer;
}

std::optional<int> fdOption(const QCommandLineParser &parser, const QString &name, QString &problem)
{
    if (!parser.isSet(name)) {
        return std::nullopt;
    }
    bool ok = false;
    const int fd = parser.value(name).toInt(&ok);
    if (!ok || fd < 0 || ::fcntl(fd, F_GETFD) < 0) {
        problem = tr("--%1 needs the number of an open file descriptor (it was '%2')").arg(name, parser.value(name));
        return std::nullopt;
    }
    return fd;
}

} // namespace

QList<QCommandLineOption> passphraseOptions(bool newOne)
{
    QList<QCommandLineOption> options{
        {QStringLiteral("passphrase-fd"),
         tr("Read the journal's passphrase from this file descriptor (one line), e.g. 3 with "
            "'3< file' or a password manager's pipe. Otherwise EBB_PASSPHRASE, or a prompt on a terminal."),
         QStringLiteral("N")}};
    if (newOne) {
        options.append({QStringLiteral("new-passphrase-fd"),
                        tr("Read the new passphrase from this file descriptor. Otherwise "
                           "EBB_NEW_PASSPHRASE, or a prompt (asked twice) on a terminal."),
                        QStringLiteral("N")});
    }
    return options;
}

bool readPassphraseOptions(const QCommandLineParser &parser, QString &problem)
{
    if (auto fd = fdOption(parser, QStringLiteral("passphrase-fd"), problem)) {
        sources().fd = *fd;
    }
    if (parser.optionNames().contains(QStringLiteral("new-passphrase-fd"))) {
        if (auto fd = fdOption(parser, QStringLiteral("new-passphrase-fd"), problem)) {
            sources().newFd = *fd;
        }
    }
    return problem.isEmpty();
}

QString passphrase()
{
    Sources &s = sources();
    if (!s.cached) {
        if (s.fd >= 0) {
            s.cached = readLine(s.fd);
        } else if (qEnvironmentVariableIsSet("EBB_PASSPHRASE")) {
            s.cached = qEnvironmentVariable("EBB_PASSPHRASE");
        } else {
            s.cached = prompt(tr("Passphrase: "));
        }
    }
    return *s.cached;
}

QString syncPassphrase()
{
    Sources &s = sources();
    if (s.fd >= 0) {
        // The descriptor is this command's: an encrypted journal's own passphrase comes another way.
        const int fd = std::exchange(s.fd, -1);
        return readLine(fd);
    }
    if (qEnvironmentVariableIsSet("EBB_SYNC_PASSPHRASE")) {
        return qEnvironmentVariable("EBB_SYNC_PASSPHRASE");
    }
    return prompt(tr("Sync passphrase (the same on every computer): "));
}

QString passphraseIfSealed(const QString &journalPath)
{
    return isSealedJournal(journalPath) ? passphrase() : QString();
}

QString newPassphrase()
{
    Sources &s = sources();
    if (!s.cachedNew) {
        if (s.newFd >= 0) {
            s.cachedNew = readLine(s.newFd);
        } else if (qEnvironmentVariableIsSet("EBB_NEW_PASSPHRASE")) {
            s.cachedNew = qEnvironmentVariable("EBB_NEW_PASSPHRASE");
        } else {
            const QString first = prompt(tr("New passphrase (at least 8 characters): "));
            const QString again = first.isEmpty() ? QString() : prompt(tr("The same again: "));
            s.cachedNew = first == again ? first : QString();
            if (first != again) {
                err() << "ebb-cli: " << tr("the two passphrases were not the same.") << Qt::endl;
            }
        }
    }
    return *s.cachedNew;
}

} // namespace ebb::cli
