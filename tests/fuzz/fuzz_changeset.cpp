// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the change-set decoder: what runs on a sync folder's file once it has opened with the
// key (someone with the passphrase may write anything). A set it accepts must encode back to a set
// that decodes to the same.
#include "sync/changeset.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto set = ebb::decodeChangeSet(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (set) {
        const auto again = ebb::decodeChangeSet(ebb::encodeChangeSet(*set));
        if (!again || !(*again == *set)) {
            std::fprintf(stderr, "a change set accepted does not survive encoding\n");
            std::abort();
        }
    }
    return 0;
}
