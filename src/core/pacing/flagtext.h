// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingreport.h"

#include <QString>

namespace ebb {

/** Fills a flag's message and suggestion from its id and evidence: plain, kind, no diagnosis. */
void describeFlag(Flag &flag);

/** The kind words for a flag that has cleared ("Your energy is back near your usual."). */
QString clearedMessage(const QString &id);

/** Said wherever flags are shown. */
QString notMedicalNotice();

} // namespace ebb
