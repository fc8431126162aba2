// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <thread>

namespace ebb {

/**
 * Reads the system's font configuration on a second thread while Qt connects to the display.
 *
 * The first text Qt measures makes fontconfig parse its XML configuration and font caches: the
 * largest single cost before Ebb's first frame (24 M instructions, about 5 ms), spent while the
 * second core sits idle. fontconfig sets up its configuration atomically, so it can be read on
 * any thread; Qt then finds it ready. Start this before the QApplication and wait() once the
 * QApplication exists, before any widget is built.
 */
class FontConfigWarmUp
{
public:
    FontConfigWarmUp();
    ~FontConfigWarmUp();
    FontConfigWarmUp(const FontConfigWarmUp &) = delete;
    FontConfigWarmUp &operator=(const FontConfigWarmUp &) = delete;

    /** Returns once the configuration has been read; at once if it already was. */
    void wait();

private:
    std::thread m_thread;
};

} // namespace ebb
