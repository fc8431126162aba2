// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagtext.h"

#include <QCoreApplication>

namespace ebb {
namespace {

double evidence(const Flag &flag, const char *key)
{
    for (const auto &[name, value] : flag.evidence) {
        if (name == QLatin1String(key)) {
            return value;
        }
    }
    return 0.0;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

} // namespace

void describeFlag(Flag &flag)
{
    const QString &id = flag.id;
    if (id == QLatin1String("energy_slide")) {
        // The counts are told in "Why am I seeing this?": the card itself says it in words.
        flag.message = tr("Your energy has been lower than usual lately.");
        flag.suggestion = tr("Could you protect one quiet hour tomorrow?");
    } else if (id == QLatin1String("mood_slide")) {
        flag.message = tr("Your mood has been lower than usual lately.");
        flag.suggestion = tr("Is there one small thing that often lifts you — a walk, a call, some music — that "
                             "could fit into tomorrow?");
    } else if (id == QLatin1String("stress_slide")) {
        flag.message = tr("Your stress has been higher than usual lately.");
        flag.suggestion = tr("Could you choose one thing to postpone or hand over this week?");
    } else if (id == QLatin1String("load_slide")) {
        flag.message = tr("Your days have been asking more of you than usual lately.");
        flag.suggestion = tr("Is there one thing you could say no to, or hand over, this week?");
    } else if (id == QLatin1String("sleep_quality_slide")) {
        flag.message = tr("Your nights have felt less restful than usual lately.");
        flag.suggestion = tr("Could tonight have a slower, screen-free half hour before bed?");
    } else if (id == QLatin1String("sleep_slide")) {
        flag.message = tr("You have been sleeping less than usual lately.");
        flag.suggestion = tr("Could you go to bed a little earlier, or give yourself a slower morning, this week?");
    } else if (id == QLatin1String("stress_climbing")) {
        flag.message = tr("Your stress has been rising steadily over the last two weeks.");
        flag.suggestion = tr("Could you notice what has been adding to it, and pause one of those things?");
    } else if (id == QLatin1String("sleep_debt")) {
        flag.message = tr("Over the last week you slept about %1 hours less than the %2 hours you need.")
                           .arg(evidence(flag, "debt_hours"), 0, 'f', 1)
                           .arg(evidence(flag, "need_hours"), 0, 'g', 3);
        flag.suggestion = tr("An earlier night, or a rest in the afternoon, might help you catch up.");
    } else if (id == QLatin1String("poor_sleep")) {
        flag.message = tr("Your sleep felt poor on %1 of the last %2 nights you recorded.")
                           .arg(evidence(flag, "poor_nights"))
                           .arg(evidence(flag, "nights"));
        flag.suggestion = tr("A calm wind-down before bed could be worth a try.");
    } else if (id == QLatin1String("boundary_slips")) {
        flag.message = tr("Your boundaries slipped more often than usual this week (%1 of %2 answers).")
                           .arg(evidence(flag, "slipped"))
                           .arg(evidence(flag, "answers"));
        if (!flag.evidenceNames.isEmpty()) {
            flag.message += QLatin1Char(' ') + tr("Most often: %1.").arg(flag.evidenceNames.join(QStringLiteral("; ")));
        }
        flag.suggestion = tr("Which one boundary would be kindest to protect tomorrow?");
    } else if (id == QLatin1String("envelope")) {
        flag.message =
            tr("On %1 of your last %2 recorded days, the day asked much more of you than the energy you had.")
                .arg(evidence(flag, "days_over"))
                .arg(evidence(flag, "days_recorded"));
        flag.suggestion = tr("Could you plan one lighter day soon?");
    } else if (id == QLatin1String("boom_bust")) {
        flag.message = tr("%1 times in the last four weeks, a big day was followed by a low-energy day soon after.")
                           .arg(evidence(flag, "episodes"));
        flag.suggestion = tr("On good days, could you stop a little before you feel done?");
    } else if (id == QLatin1String("early_warning")) {
        flag.message = tr("Your days have been getting more up-and-down and slower to settle. This is an uncertain, "
                          "early sign, not a prediction.");
        flag.suggestion = tr("It may be a good moment to check in with yourself, or with someone you trust.");
    }
}

QString clearedMessage(const QString &id)
{
    if (id == QLatin1String("energy_slide")) {
        return tr("Your energy is back near your usual.");
    }
    if (id == QLatin1String("mood_slide")) {
        return tr("Your mood is back near your usual.");
    }
    if (id == QLatin1String("stress_slide") || id == QLatin1String("stress_climbing")) {
        return tr("Your stress has eased back towards your usual.");
    }
    if (id == QLatin1String("load_slide")) {
        return tr("Your days are asking about as much of you as usual again.");
    }
    if (id == QLatin1String("sleep_slide")) {
        return tr("You are sleeping about as long as usual again.");
    }
    if (id == QLatin1String("sleep_debt") || id == QLatin1String("poor_sleep") ||
        id == QLatin1String("sleep_quality_slide")) {
        return tr("Your sleep has picked up again.");
    }
    if (id == QLatin1String("boundary_slips")) {
        return tr("Your boundaries are holding more often again.");
    }
    if (id == QLatin1String("envelope")) {
        return tr("Your days have been closer to the energy you had.");
    }
    if (id == QLatin1String("boom_bust")) {
        return tr("Your days have been steadier lately.");
    }
    return tr("The earlier sign of change has faded.");
}

QString notMedicalNotice()
{
    return tr("Ebb is not a medical tool and cannot diagnose anything. If you feel unsafe, please contact your "
              "doctor, a local crisis line or emergency services.");
}

} // namespace ebb
