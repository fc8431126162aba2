// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/boundary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ebb {

/**
 * One day's check-in. Every measure is optional: "not recorded" is std::nullopt, never 0.
 * Scores are 0–10 (stress and load: 10 = the most); sleep is kept in whole minutes, in quarter
 * hours, so it is exact; sleep quality is 1–5.
 */
struct CheckIn
{
    QDate date;
    std::optional<int> energy;
    std::optional<int> mood;
    std::optional<int> stress;
    std::optional<int> load;
    std::optional<int> sleepMinutes;
    std::optional<int> sleepQuality;
    std::vector<BoundaryAnswer> boundaries; ///< Sorted by boundary id; unanswered boundaries are absent.
    /**
     * Only on a day imported from a CSV that gave one boundary count and left the other empty:
     * the empty one. Answers always say both counts, so without this "not recorded" would come
     * back as 0. Kept while the answers are the imported ones; cleared when there are none.
     */
    std::optional<BoundaryCount> unrecordedCount;
    std::vector<qint64> tagIds; ///< Sorted, unique.
    QString note;
    bool noteShared = false;
    bool noteBringUp = false; ///< "Bring up in therapy": the note is a topic on the report's first page.
    QDateTime createdAt;      ///< Set by storage.
    QDateTime updatedAt;      ///< Set by storage.

    /** True when nothing at all was recorded. */
    bool isEmpty() const;
    std::optional<double> sleepHours() const;
    /** Sorts and de-duplicates boundaries and tags, so equal check-ins compare equal. */
    void normalize();
    /** Equal in everything the person entered (timestamps are ignored). */
    bool sameContentAs(const CheckIn &other) const;
};

constexpr int kScoreMin = 0;
constexpr int kScoreMax = 10;
constexpr int kSleepQualityMin = 1;
constexpr int kSleepQualityMax = 5;
constexpr int kSleepMinutesMax = 24 * 60;
constexpr int kSleepStepMinutes = 15;
/**
 * The longest note, in characters: about 15,000 words, far more than a day's note, yet few enough that
 * an import, a search or a report never has to hold a book in one cell.
 */
constexpr int kNoteMaxLength = 100000;

/** Everything wrong with `checkIn`, one plain sentence each; empty when it may be saved. */
QStringList validationProblems(const CheckIn &checkIn);

} // namespace ebb
