// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace ebb {

/**
 * For the start-up benchmark (tests/bench/startup_bench): when EBB_STARTUP_PROBE is set to a
 * number of milliseconds, prints "probe shown" to standard output once `window`'s first frame has
 * been drawn, then, that many milliseconds later, "probe peak-rss-kib N" (the process's peak
 * resident memory) and quits. A negative number ends the process the moment the first frame is
 * out, so that an instruction count (scripts/bench, valgrind) holds only what came before it.
 * Without the variable it does nothing. The hello-window floor the benchmark compares against
 * uses this same code.
 */
void installStartupProbe(QWidget *window);

} // namespace ebb
