// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the interchange CSV reader and importer.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ebb::fuzz::readAndApply(data, size, ebb::ImportFormat::Ebb);
    return 0;
}
