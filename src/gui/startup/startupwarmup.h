// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <thread>

namespace ebb {

/**
 * Work that Qt does on the GUI thread the first time it is needed, started earlier on the second
 * core so that it is done, or nearly, when the window needs it. Each is safe on any thread; each
 * object waits for its thread when it ends.
 */

/** One piece of start-up work on a thread of its own; wait() and the destructor both wait for it. */
class WarmUpThread
{
public:
    explicit WarmUpThread(std::function<void()> work);
    ~WarmUpThread();
    WarmUpThread(const WarmUpThread &) = delete;
    WarmUpThread &operator=(const WarmUpThread &) = delete;

    /** Returns once the work is done; at once if it already was. */
    void wait();

private:
    std::thread m_thread;
};

/**
 * fontconfig reading its XML configuration and font caches: the first text Qt measures needs it,
 * and it is the largest single cost before Ebb's first frame (24 M instructions, about 5 ms).
 * fontconfig sets up its configuration atomically, so Qt then finds it ready. Start it before the
 * QApplication (connecting to the display takes longer) and wait() before any widget is built.
 */
class FontConfigWarmUp
{
public:
    FontConfigWarmUp();

    /** Returns once the configuration has been read; at once if it already was. */
    void wait();

private:
    WarmUpThread m_work;
};

/**
 * Qt's image-format plugins: the first picture read without a named format (Fusion reads its
 * group-box frame from a PNG) makes Qt load every installed plugin (SVG, GIF, ICO, JPEG, and
 * TIFF or WebP where installed, each with its libraries) to ask whether it knows the data, about
 * 3 ms before the first frame can be painted. Reading a small PNG here does the same on the other
 * core while the window is built. Needs the QApplication (it says where plugins are); declare it
 * after the QApplication, so it has ended before the application does.
 */
class ImageFormatWarmUp
{
public:
    ImageFormatWarmUp();

    /** Returns once the plugins have been asked; at once if they already were. */
    void wait();

private:
    WarmUpThread m_work;
};

} // namespace ebb
