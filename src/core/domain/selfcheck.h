// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace ebb {

/**
 * The monthly burnout self-check: the personal burnout scale of the Copenhagen Burnout Inventory
 * (Kristensen, Borritz, Villadsen & Christensen 2005, Work & Stress 19(3), 192-207). Six questions,
 * each answered always / often / sometimes / seldom / never or almost never, scored 100 / 75 / 50 /
 * 25 / 0. The score is the mean of the answered questions when at least half were answered.
 */
constexpr int kSelfCheckItems = 6;
constexpr int kSelfCheckMinAnswered = 3;   ///< Half of the six: fewer give no score.
constexpr double kSelfCheckHighScore = 50; ///< The usual "high" cut-off in the literature.
constexpr int kSelfCheckDueDays = 28;      ///< A check is offered again this long after the last one.

struct SelfCheck
{
    QDate date;
    std::array<std::optional<int>, kSelfCheckItems> answers; ///< 0, 25, 50, 75 or 100; nullopt: skipped.
    QDateTime createdAt;                                     ///< Set by storage.
    QDateTime updatedAt;                                     ///< Set by storage.

    int answered() const;
    /** The scale score, 0-100, or nullopt when fewer than half the questions were answered. */
    std::optional<double> score() const;
    /** Equal in everything the person entered (timestamps are ignored). */
    bool sameContentAs(const SelfCheck &other) const { return date == other.date && answers == other.answers; }
};

/**
 * Whether to offer the monthly check on `today`: none in the last kSelfCheckDueDays days, and the
 * person did not say "not this month" (on `skippedOn`) in those days either.
 */
bool selfCheckDue(const std::vector<SelfCheck> &checks, QDate today, QDate skippedOn = {});

/** The checks that have a score (at least half answered), in their order. */
std::vector<SelfCheck> scoredSelfChecks(const std::vector<SelfCheck> &checks);

/** True for the five scores an answer can have: 0, 25, 50, 75, 100. */
bool isSelfCheckAnswer(int value);

/** Everything wrong with `check`, one plain sentence each; empty when it may be saved. */
QStringList validationProblems(const SelfCheck &check);

/**
 * Reads "A,B,C,D,E,F" (each 0, 25, 50, 75 or 100, or empty for a skipped question) into answers;
 * nullopt with `problem` set when it is anything else.
 */
std::optional<std::array<std::optional<int>, kSelfCheckItems>> parseSelfCheckAnswers(const QString &text,
                                                                                     QString *problem);

/**
 * The questions and answers exactly as the instrument's authors published them, in English. They
 * are never translated here: a validated questionnaire is not reworded ad hoc.
 */
QString selfCheckQuestion(int item);
/** The answer worth `value` (0, 25, 50, 75 or 100), e.g. "Sometimes". */
QString selfCheckAnswerText(int value);
/** The citation shown beside the questions and in docs/user-guide.md. */
QString selfCheckCitation();

} // namespace ebb
