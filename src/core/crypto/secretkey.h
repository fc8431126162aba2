// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace ebb {

/**
 * A 32-byte key in libsodium's guarded memory: locked out of swap (sodium_malloc mlocks it),
 * fenced by guard pages, and wiped (sodium_free zeroes it) when the key goes away. Move-only.
 */
class SecretKey
{
public:
    static constexpr size_t kSize = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(SecretKey &&other) noexcept;
    SecretKey &operator=(SecretKey &&other) noexcept;
    SecretKey(const SecretKey &) = delete;
    SecretKey &operator=(const SecretKey &) = delete;

    bool isValid() const { return m_bytes != nullptr; }
    unsigned char *data() { return m_bytes; }
    const unsigned char *data() const { return m_bytes; }
    /** Zeroes and frees the key now (e.g. when the app locks). */
    void wipe();

private:
    unsigned char *m_bytes = nullptr;
};

/** Initialises libsodium once; false if it cannot be (the caller refuses to go on). */
bool sodiumReady();

} // namespace ebb
