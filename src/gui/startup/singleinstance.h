// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/journallock.h"

#include <QObject>
#include <QString>

#include <memory>

class QDBusConnection;

namespace ebb {

class RaiseRequests;

/**
 * One Ebb per journal. The first instance holds a lock file beside the journal; a second one
 * finds the lock taken, asks the first over the D-Bus session bus to come to the front, and
 * stops. A lock left behind by a crashed Ebb is stale (its process is gone) and does not block.
 *
 * The lock alone decides who owns the journal; the bus only carries "come to the front". The
 * first Ebb answers once its window is on screen (answerRequests()): joining the bus is work
 * the first frame need not wait for, and Qt's D-Bus module is loaded anyway, where a local
 * socket would load Qt Network (2 ms) before the window. A second Ebb started in that moment
 * keeps asking for a few seconds; without a bus, or without an answer, it says the journal is
 * open elsewhere.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** On the session bus. */
    explicit SingleInstance(const QString &journalPath, QObject *parent = nullptr);
    /** On the message bus at `busAddress` (for tests: a bus of their own). */
    SingleInstance(const QString &journalPath, const QString &busAddress, QObject *parent = nullptr);
    ~SingleInstance() override;

    /** True when this is the only Ebb on the journal; otherwise the other one has been asked to show itself. */
    bool acquire();
    /** True when the running instance answered the request to show itself. */
    bool otherInstanceRaised() const { return m_otherRaised; }
    /**
     * Starts answering a second Ebb's request to come forward (once; only after acquire() took
     * the lock). False when there is no bus to answer on.
     */
    bool answerRequests();

signals:
    /** Another Ebb was started on the same journal and asked this one to come to the front. */
    void raiseRequested();

private:
    QDBusConnection bus() const;
    bool askOtherToShow() const;

    QString m_serviceName;
    QString m_journalPath;
    QString m_busAddress;
    QString m_connectionName;
    JournalLock m_lock;
    std::unique_ptr<RaiseRequests> m_requests;
    bool m_locked = false;
    bool m_otherRaised = false;
};

} // namespace ebb
