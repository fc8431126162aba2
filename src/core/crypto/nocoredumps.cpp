// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nocoredumps.h"

#include <cerrno>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace ebb {

Result<void> disableCoreDumps()
{
    const rlimit none{0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        return Error{QStringLiteral("The system did not let Ebb turn off core dumps."), 0,
                     QString::fromLocal8Bit(std::strerror(errno))};
    }
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 || ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0) {
        return Error{QStringLiteral("The system did not let Ebb keep its memory out of core dumps."), 0,
                     QString::fromLocal8Bit(std::strerror(errno))};
    }
    return {};
}

} // namespace ebb
