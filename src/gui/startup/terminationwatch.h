// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace ebb {

/**
 * Turns SIGTERM (a logout, a shutdown, `kill`) into a Qt signal, through a self-pipe: the signal
 * handler only writes a byte, and the event loop reads it. Without it the process died at once,
 * and what was typed since the last draft (up to 800 ms) was lost.
 */
class TerminationWatch : public QObject
{
    Q_OBJECT

public:
    /** Installs the handler (once per process; later ones share it). False when it cannot. */
    explicit TerminationWatch(QObject *parent = nullptr);
    ~TerminationWatch() override;
    bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace ebb
