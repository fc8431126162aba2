// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the snapshot decoder, as fuzz_changeset does the change sets': a snapshot it accepts must
// encode back to one that decodes to the same device, number, covers and records.
#include "sync/snapshot.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto snapshot = ebb::decodeSnapshot(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (snapshot) {
        const auto again = ebb::decodeSnapshot(ebb::encodeSnapshot(*snapshot));
        if (!again || again->device != snapshot->device || again->sequence != snapshot->sequence ||
            again->covers != snapshot->covers || !(again->latest == snapshot->latest) ||
            again->records.size() != snapshot->records.size()) {
            std::fprintf(stderr, "a snapshot accepted does not survive encoding\n");
            std::abort();
        }
    }
    return 0;
}
