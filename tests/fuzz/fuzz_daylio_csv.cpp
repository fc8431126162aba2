// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Daylio CSV reader and importer (with one custom mood placed, as a person would).
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ebb::MoodMap moods = {{QStringLiteral("super"), 8}};
    ebb::fuzz::readAndApply(data, size, ebb::ImportFormat::Daylio, moods);
    return 0;
}
