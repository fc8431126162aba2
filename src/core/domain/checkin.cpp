// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkin.h"

#include <algorithm>

namespace ebb {

bool CheckIn::isEmpty() const
{
    return !energy && !mood && !stress && !load && !sleepMinutes && !sleepQuality && boundaries.empty() &&
           tagIds.empty() && note.trimmed().isEmpty();
}

std::optional<double> CheckIn::sleepHours() const
{
    if (!sleepMinutes) {
        return std::nullopt;
    }
    return *sleepMinutes / 60.0;
}

void CheckIn::normalize()
{
    std::sort(tagIds.begin(), tagIds.end());
    tagIds.erase(std::unique(tagIds.begin(), tagIds.end()), tagIds.end());
    std::stable_sort(boundaries.begin(), boundaries.end(),
                     [](const BoundaryAnswer &a, const BoundaryAnswer &b) { return a.boundaryId < b.boundaryId; });
    // Keep the last answer given for a boundary.
    std::vector<BoundaryAnswer> unique;
    for (const auto &answer : boundaries) {
        if (!unique.empty() && unique.back().boundaryId == answer.boundaryId) {
            unique.back() = answer;
        } else {
            unique.push_back(answer);
        }
    }
    boundaries = std::move(unique);
    if (boundaries.empty()) {
        unrecordedCount.reset(); // nothing answered: both counts are empty anyway
    }
}

bool CheckIn::sameContentAs(const CheckIn &other) const
{
    return date == other.date && energy == other.energy && mood == other.mood && stress == other.stress &&
           load == other.load && sleepMinutes == other.sleepMinutes && sleepQuality == other.sleepQuality &&
           boundaries == other.boundaries && unrecordedCount == other.unrecordedCount && tagIds == other.tagIds &&
           note == other.note && noteShared == other.noteShared && noteBringUp == other.noteBringUp;
}

namespace {

void checkRange(QStringList &problems, const char *name, std::optional<int> value, int min, int max)
{
    if (value && (*value < min || *value > max)) {
        problems << QStringLiteral("%1 must be between %2 and %3 (it was %4).")
                        .arg(QString::fromUtf8(name))
                        .arg(min)
                        .arg(max)
                        .arg(*value);
    }
}

} // namespace

QStringList validationProblems(const CheckIn &checkIn)
{
    QStringList problems;
    if (!checkIn.date.isValid()) {
        problems << QStringLiteral("The check-in has no valid date.");
    }
    checkRange(problems, "Energy", checkIn.energy, kScoreMin, kScoreMax);
    checkRange(problems, "Mood", checkIn.mood, kScoreMin, kScoreMax);
    checkRange(problems, "Stress", checkIn.stress, kScoreMin, kScoreMax);
    checkRange(problems, "Load", checkIn.load, kScoreMin, kScoreMax);
    checkRange(problems, "Sleep quality", checkIn.sleepQuality, kSleepQualityMin, kSleepQualityMax);
    if (checkIn.sleepMinutes) {
        const int minutes = *checkIn.sleepMinutes;
        if (minutes < 0 || minutes > kSleepMinutesMax) {
            problems
                << QStringLiteral("Sleep must be between 0 and 24 hours (it was %1 h).").arg(minutes / 60.0, 0, 'f', 2);
        } else if (minutes % kSleepStepMinutes != 0) {
            problems << QStringLiteral("Sleep is recorded in quarter hours, e.g. 7.25 (it was %1 h).")
                            .arg(minutes / 60.0, 0, 'f', 2);
        }
    }
    if (checkIn.note.size() > kNoteMaxLength) {
        problems << QStringLiteral("The note is %1 characters long; Ebb keeps notes of up to %2 characters.")
                        .arg(checkIn.note.size())
                        .arg(kNoteMaxLength);
    }
    return problems;
}

} // namespace ebb
