// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace ebb {

/**
 * One Ebb per journal. The first instance holds a lock file beside the journal and listens on a
 * local socket named after the journal; a second one finds the lock taken, asks the first to
 * come to the front, and stops. A lock left behind by a crashed Ebb is stale (its process is
 * gone) and does not block.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &journalPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** True when this is the only Ebb on the journal; otherwise the other one has been asked to show itself. */
    bool acquire();
    /** True when the running instance answered the request to show itself. */
    bool otherInstanceRaised() const { return m_otherRaised; }

signals:
    /** Another Ebb was started on the same journal and asked this one to come to the front. */
    void raiseRequested();

private:
    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    bool m_otherRaised = false;
};

} // namespace ebb
