// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "io/importfile.h"
#include "result.h"

#include <QDateTime>
#include <QStringList>

#include <vector>

namespace ebb {

class Database;

/** What importing one day would do to the journal. */
enum class ImportChange { New, Changed, Unchanged };

struct PlannedDay
{
    ImportChange change = ImportChange::New;
    CheckIn before; ///< The journal's check-in (empty date when there was none).
    CheckIn after;  ///< What the day will hold; tags that do not exist yet have negative ids.
    QStringList afterTags;
};

/**
 * The preview of an import: what would be new, changed, unchanged and rejected. Nothing is
 * written to make it.
 *
 * How a day meets the journal:
 * - an Ebb CSV row is the whole day: its measures, tags and note replace the journal's (the
 *   "share with my therapist" mark, which the CSV does not carry, is kept). Boundary counts keep
 *   the day's own answers when they already match; otherwise they are kept as answers to
 *   retired placeholder boundaries "Imported boundary 1", "… 2", so the counts (and the pacing
 *   that reads them) survive. A count left empty beside a given one stays empty
 *   (CheckIn::unrecordedCount): "not recorded" never becomes 0.
 * - a Daylio day sets the mood, adds its activities as tags and appends its notes (unless the
 *   note already holds them); what Daylio does not record (energy, sleep, …) is left alone.
 * So importing the same file twice changes nothing the second time.
 */
struct ImportPlan
{
    std::vector<PlannedDay> days;
    std::vector<ImportProblem> problems;
    QStringList unknownMoods;
    QStringList newTags;
    int entries = 0;
    int placeholderBoundaries = 0; ///< Placeholder boundaries the import would create.

    int count(ImportChange change) const;
    int rejected() const { return int(problems.size()); }
    bool canApply() const { return problems.empty() && unknownMoods.isEmpty(); }
};

/** Plans `file` against the journal without writing. */
Result<ImportPlan> planImport(Database &db, const ImportFile &file);

/**
 * Applies `file` in one transaction: every day or none. Refuses a file with rejected rows or
 * unknown moods. Returns the plan that was carried out.
 */
Result<ImportPlan> applyImport(Database &db, const ImportFile &file, const QDateTime &now);

/** The placeholder boundary text for the n-th (1-based) counted boundary of an Ebb CSV. */
QString importedBoundaryText(int n);

} // namespace ebb
