// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "result.h"

#include <QString>

namespace ebb {

/** The check-in as compact JSON; missing values are left out, never written as 0. */
QString checkInToJson(const CheckIn &checkIn);
/** Reads what checkInToJson wrote. Values out of range are kept, for validation to report. */
Result<CheckIn> checkInFromJson(const QString &json);

} // namespace ebb
