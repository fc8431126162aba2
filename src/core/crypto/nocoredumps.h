// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

namespace ebb {

/**
 * Keeps the journal out of core dumps: an unlocked encrypted journal lives in memory in plain, and
 * a crash must not write it to the disk. Sets the process non-dumpable (which also keeps other
 * processes of the same user from reading its memory through ptrace or /proc) and the core size
 * limit to 0. Both programs call it first thing; an Error says which step the system refused.
 */
Result<void> disableCoreDumps();

} // namespace ebb
