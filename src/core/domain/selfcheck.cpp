// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "selfcheck.h"

#include <QCoreApplication>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

} // namespace

int SelfCheck::answered() const
{
    int n = 0;
    for (const auto &a : answers) {
        n += a ? 1 : 0;
    }
    return n;
}

std::optional<double> SelfCheck::score() const
{
    const int n = answered();
    if (n < kSelfCheckMinAnswered) {
        return std::nullopt;
    }
    double sum = 0;
    for (const auto &a : answers) {
        sum += a.value_or(0);
    }
    return sum / n;
}

bool selfCheckDue(const std::vector<SelfCheck> &checks, QDate today, QDate skippedOn)
{
    const auto recent = [&](QDate day) {
        const qint64 age = day.isValid() ? day.daysTo(today) : -1;
        return age >= 0 && age < kSelfCheckDueDays;
    };
    return !recent(skippedOn) &&
           std::none_of(checks.begin(), checks.end(), [&](const SelfCheck &c) { return recent(c.date); });
}

std::vector<SelfCheck> scoredSelfChecks(const std::vector<SelfCheck> &checks)
{
    std::vector<SelfCheck> out;
    std::copy_if(checks.begin(), checks.end(), std::back_inserter(out),
                 [](const SelfCheck &c) { return c.score().has_value(); });
    return out;
}

bool isSelfCheckAnswer(int value)
{
    return value >= 0 && value <= 100 && value % 25 == 0;
}

QStringList validationProblems(const SelfCheck &check)
{
    QStringList problems;
    if (!check.date.isValid()) {
        problems << tr("The self-check has no valid date.");
    }
    for (int i = 0; i < kSelfCheckItems; ++i) {
        if (const auto &a = check.answers[size_t(i)]; a && !isSelfCheckAnswer(*a)) {
            problems << tr("Answer %1 is %2; an answer is 0, 25, 50, 75 or 100.").arg(i + 1).arg(*a);
        }
    }
    if (check.answered() < kSelfCheckMinAnswered) {
        problems << tr("Answer at least %1 of the %2 questions: with fewer there is no score.")
                        .arg(kSelfCheckMinAnswered)
                        .arg(kSelfCheckItems);
    }
    return problems;
}

std::optional<std::array<std::optional<int>, kSelfCheckItems>> parseSelfCheckAnswers(const QString &text,
                                                                                     QString *problem)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != kSelfCheckItems) {
        *problem =
            tr("Give six answers separated by commas (an empty one skips a question); found %1.").arg(parts.size());
        return std::nullopt;
    }
    std::array<std::optional<int>, kSelfCheckItems> answers;
    for (int i = 0; i < kSelfCheckItems; ++i) {
        const QString part = parts[i].trimmed();
        if (part.isEmpty()) {
            continue;
        }
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || !isSelfCheckAnswer(value)) {
            *problem = tr("Answer %1 is \"%2\"; an answer is 0, 25, 50, 75 or 100, or empty to skip it.")
                           .arg(i + 1)
                           .arg(part.left(20));
            return std::nullopt;
        }
        answers[size_t(i)] = value;
    }
    return answers;
}

QString selfCheckQuestion(int item)
{
    // In other languages a careful translation of Kristensen et al.'s wording (selfCheckCitation
    // says so): no published German version's exact wording was at hand.
    static const char *const questions[kSelfCheckItems] = {
        QT_TRANSLATE_NOOP("ebb", "How often do you feel tired?"),
        QT_TRANSLATE_NOOP("ebb", "How often are you physically exhausted?"),
        QT_TRANSLATE_NOOP("ebb", "How often are you emotionally exhausted?"),
        QT_TRANSLATE_NOOP("ebb", "How often do you think: \"I can't take it anymore\"?"),
        QT_TRANSLATE_NOOP("ebb", "How often do you feel worn out?"),
        QT_TRANSLATE_NOOP("ebb", "How often do you feel weak and susceptible to illness?"),
    };
    return item >= 0 && item < kSelfCheckItems ? tr(questions[item]) : QString();
}

QString selfCheckAnswerText(int value)
{
    switch (value) {
    case 100:
        return tr("Always");
    case 75:
        return tr("Often");
    case 50:
        return tr("Sometimes");
    case 25:
        return tr("Seldom");
    case 0:
        return tr("Never or almost never");
    default:
        return {};
    }
}

QString selfCheckCitation()
{
    // A translation names itself as one (ebb_de.ts).
    return tr("Copenhagen Burnout Inventory, personal burnout scale. Kristensen, Borritz, Villadsen & "
              "Christensen (2005), Work & Stress 19(3), 192–207. Free to use; reproduced unchanged.");
}

} // namespace ebb
