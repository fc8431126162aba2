// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/changeset.h"

#include <QDate>
#include <QString>

namespace ebb {

/** The most changes one change set may carry: a century of daily check-ins sent at once is about 450,000. */
constexpr qsizetype kMaxChangesPerSet = 1'000'000;

/**
 * Why `set` may not be taken in, in words, or empty when it may: the journal's own limits, as an
 * import has them — a text longer than a note may be (100,000 characters), a day outside 1900 to a
 * year after `today`, a key or field name longer than any Ebb writes, too many changes. A set that
 * fails is never half taken in.
 */
QString changeSetProblem(const ChangeSet &set, QDate today);

} // namespace ebb
