// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/journalpreopen.h"

#include "startup/journalopener.h"
#include "startup/singleinstance.h"
#include "storage/journal.h"

#include <QThread>

namespace ebb {

JournalPreOpen::JournalPreOpen(QString path, const Clock &clock, SingleInstance &instance)
    : m_path(std::move(path))
{
    QThread *guiThread = QThread::currentThread();
    m_thread = std::thread([this, &clock, &instance, guiThread] {
        m_acquired = instance.acquire();
        if (!m_acquired) {
            return;
        }
        if (auto opened = openJournalUnattended(m_path, clock)) {
            m_journal = std::move(opened).value();
            m_journal->moveToThread(guiThread); // its signals are the window's to hear
        }
    });
}

JournalPreOpen::~JournalPreOpen()
{
    wait();
}

void JournalPreOpen::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

bool JournalPreOpen::acquired()
{
    wait();
    return m_acquired;
}

std::unique_ptr<Journal> JournalPreOpen::takeJournal()
{
    wait();
    return std::move(m_journal);
}

} // namespace ebb
