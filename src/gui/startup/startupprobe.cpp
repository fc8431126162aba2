// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <cstdlib>

namespace ebb {
namespace {

/** VmHWM from /proc/self/status: the most resident memory the process has had, in KiB. */
long peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
    }
    return -1;
}

/** Waits for the first expose of the window, then reports once the frame has been flushed. */
class StartupProbe : public QObject
{
public:
    StartupProbe(QWidget *window, int settleMs)
        : QObject(window)
        , m_window(window)
        , m_settleMs(settleMs)
    {
        // The application hears of every window's expose; the QWindow itself exists only once shown.
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_reported && watched == m_window->windowHandle() &&
            m_window->windowHandle()->isExposed()) {
            m_reported = true;
            // Posted, so it runs after the expose has painted and flushed the first frame.
            QTimer::singleShot(0, this, [this] {
                std::printf("probe shown\n");
                std::fflush(stdout);
                if (m_settleMs < 0) {
                    std::_Exit(0); // counting instructions: nothing after the first frame may count
                }
                QTimer::singleShot(m_settleMs, this, [] {
                    std::printf("probe peak-rss-kib %ld\n", peakRssKib());
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    int m_settleMs;
    bool m_reported = false;
};

} // namespace

void installStartupProbe(QWidget *window)
{
    bool ok = false;
    const int settleMs = qEnvironmentVariableIntValue("EBB_STARTUP_PROBE", &ok);
    if (ok) {
        new StartupProbe(window, settleMs);
    }
}

} // namespace ebb
