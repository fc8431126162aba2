// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <optional>

namespace ebb {

/**
 * Pads what a sync folder file carries before it is sealed, so that its size says little about
 * what is in it: the bytes, framed with their length, filled with zeros up to the next power of two
 * (at least 1 KiB). A note of ten characters and one of five hundred make files of the same size.
 */
QByteArray padForSealing(const QByteArray &plain);

/**
 * The bytes padForSealing framed, once unsealed; a file from before padding (no frame) is returned
 * as it is. nullopt for a frame whose length does not fit.
 */
std::optional<QByteArray> unpadAfterUnsealing(const QByteArray &unsealed);

} // namespace ebb
