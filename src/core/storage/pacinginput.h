// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingday.h"
#include "result.h"

#include <vector>

namespace ebb {

class Database;

/** Every check-in of the journal as the pacing engine reads it, with slipped boundaries named. */
Result<std::vector<PacingDay>> loadPacingDays(Database &db);

} // namespace ebb
