// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fontwarmup.h"

#include <fontconfig/fontconfig.h>

namespace ebb {

FontConfigWarmUp::FontConfigWarmUp()
    : m_thread([] { FcInit(); })
{}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

} // namespace ebb
