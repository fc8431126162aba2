// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretkey.h"

#include <sodium.h>

#include <utility>

namespace ebb {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecretKey::SecretKey()
{
    if (sodiumReady()) {
        m_bytes = static_cast<unsigned char *>(sodium_malloc(kSize));
    }
}

SecretKey::~SecretKey()
{
    wipe();
}

SecretKey::SecretKey(SecretKey &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, nullptr))
{}

SecretKey &SecretKey::operator=(SecretKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, nullptr);
    }
    return *this;
}

void SecretKey::wipe()
{
    if (m_bytes != nullptr) {
        sodium_memzero(m_bytes, kSize);
        sodium_free(m_bytes);
        m_bytes = nullptr;
    }
}

} // namespace ebb
