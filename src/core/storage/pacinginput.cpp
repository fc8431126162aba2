// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pacinginput.h"

#include "storage/boundaryrepository.h"
#include "storage/checkinrepository.h"

namespace ebb {

Result<std::vector<PacingDay>> loadPacingDays(Database &db)
{
    auto checkIns = CheckInRepository(db).inRange({}, {});
    if (!checkIns) {
        return checkIns.error();
    }
    auto boundaries = BoundaryRepository(db).all();
    if (!boundaries) {
        return boundaries.error();
    }
    return pacingDays(*checkIns, *boundaries);
}

} // namespace ebb
