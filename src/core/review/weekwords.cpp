// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/weekwords.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

QString capitalized(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

QString quoted(const QString &name)
{
    return tr("“%1”").arg(name);
}

QString dayName(QDate day)
{
    return QLocale().dayName(day.dayOfWeek());
}

bool above(const MetricWeek &w, double by)
{
    return w.mean && w.usual && *w.mean >= *w.usual + by;
}

/** What was heavy this week, as a clause; empty when nothing stood out. */
QString heavyClause(const WeekSummary &s)
{
    for (const TagWeek &t : s.tagsThisWeek) {
        if (t.kind == TagKind::Drained && t.days >= 2) {
            return tr("%1 weighed on %2 days").arg(quoted(t.tag), QString::number(t.days));
        }
    }
    if (s.hardestDay) {
        return tr("%1 was the heaviest day").arg(dayName(*s.hardestDay));
    }
    if (above(s.metrics[size_t(Metric::Stress)], 1.0)) {
        return tr("stress ran higher than your usual");
    }
    return {};
}

/** What helped, as a clause; empty when nothing restoring was ticked. */
QString helpedClause(const WeekSummary &s)
{
    for (const TagWeek &t : s.tagsThisWeek) {
        if (t.kind == TagKind::Restored) {
            return t.days == 1 ? tr("%1 helped on one day").arg(quoted(t.tag))
                               : tr("%1 helped on %2 days").arg(quoted(t.tag), QString::number(t.days));
        }
    }
    return {};
}

/** One thing that went well, as a clause; empty when the week had none to point at. */
QString wentWellClause(const WeekSummary &s)
{
    const BoundaryWeek *held = nullptr;
    for (const BoundaryWeek &b : s.boundaries) {
        if (b.held > b.slipped && (held == nullptr || b.held > held->held)) {
            held = &b;
        }
    }
    if (held != nullptr) {
        return held->held == 1 ? tr("you held %1 once").arg(quoted(held->text))
                               : tr("you held %1 %2 times").arg(quoted(held->text), QString::number(held->held));
    }
    if (s.sleepNights >= 3 && s.sleepDebtHours / s.sleepNights < 0.5) {
        return tr("you slept about as much as you need");
    }
    if (above(s.metrics[size_t(Metric::Energy)], 0.5)) {
        return tr("your energy was above your usual");
    }
    if (s.bestDay) {
        return tr("%1 was a lighter day").arg(dayName(*s.bestDay));
    }
    return {};
}

/** How many of the week's check-ins, in words: "on most days", "on some days", "on one day". */
QString howOften(int days, int recorded)
{
    if (recorded <= 1 || days <= 1) {
        return recorded <= 1 ? tr("on your one check-in") : tr("on one day");
    }
    return days * 3 >= recorded * 2 ? tr("on most days") : tr("on some days");
}

/** The flags in plain groups: sleep's three flags are one thing to a person, stress's two too. */
QString flagGroup(const QString &id)
{
    if (id.startsWith(QLatin1String("sleep")) || id == QLatin1String("poor_sleep")) {
        return QStringLiteral("sleep");
    }
    if (id.startsWith(QLatin1String("stress"))) {
        return QStringLiteral("stress");
    }
    if (id == QLatin1String("load_slide") || id == QLatin1String("envelope")) {
        return QStringLiteral("load");
    }
    return id;
}

QString noticedLine(const QString &group, const QString &often)
{
    if (group == QLatin1String("energy_slide")) {
        return tr("Your energy was lower than your usual %1.").arg(often);
    }
    if (group == QLatin1String("mood_slide")) {
        return tr("Your mood was lower than your usual %1.").arg(often);
    }
    if (group == QLatin1String("stress")) {
        return tr("Stress was higher than your usual %1.").arg(often);
    }
    if (group == QLatin1String("load")) {
        return tr("The days asked more of you than usual %1.").arg(often);
    }
    if (group == QLatin1String("sleep")) {
        return tr("Sleep was shorter or poorer than you need %1.").arg(often);
    }
    if (group == QLatin1String("boundary_slips")) {
        return tr("Your boundaries slipped more often than usual.");
    }
    if (group == QLatin1String("boom_bust")) {
        return tr("Bigger days were followed by crashes.");
    }
    if (group == QLatin1String("early_warning")) {
        return tr("Your days were more changeable than usual, which can be an early sign.");
    }
    return tr("Something in your recent days differed from your usual %1.").arg(often);
}

} // namespace

WeekWords weekInWords(const WeekSummary &s)
{
    WeekWords words;
    if (s.daysRecorded == 0) {
        words.lead << tr("No check-ins this week, and that is all right. Whatever you remember of it can go into "
                         "the reflection.");
        return words;
    }
    const QString heavy = heavyClause(s);
    const QString helped = helpedClause(s);
    if (!heavy.isEmpty() && !helped.isEmpty()) {
        words.lead << capitalized(tr("%1, and %2.").arg(heavy, helped));
    } else if (!heavy.isEmpty() || !helped.isEmpty()) {
        words.lead << capitalized(tr("%1.").arg(heavy.isEmpty() ? helped : heavy));
    }
    if (const QString well = wentWellClause(s); !well.isEmpty()) {
        words.lead << tr("One thing that went well: %1.").arg(well);
    }
    if (words.lead.isEmpty()) {
        words.lead << (s.daysRecorded == 1 ? tr("One check-in this week; nothing in it stands out.")
                                           : tr("A quiet week in your check-ins: nothing stands out."));
    }

    std::map<QString, int> groups; // the most days any flag of the group was on
    for (const FlagWeek &f : s.flags) {
        int &days = groups[flagGroup(f.id)];
        days = std::max(days, f.days);
    }
    std::vector<std::pair<QString, int>> ordered(groups.begin(), groups.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    for (const auto &[group, days] : ordered) {
        if (words.noticed.size() == kMaxNoticedLines) {
            break;
        }
        words.noticed << noticedLine(group, howOften(days, s.daysRecorded));
    }
    return words;
}

std::vector<GentleQuestion> gentleQuestions()
{
    return {
        {QStringLiteral("good_enough"), tr("What did I let be good enough this week?")},
        {QStringLiteral("not_mine"), tr("What did I carry that was not mine to carry?")},
        {QStringLiteral("a_friend"), tr("What would I say to a friend who had my week?")},
        {QStringLiteral("not_for_doing"), tr("When did I feel I mattered for who I am, not for what I did?")},
        {QStringLiteral("too_much_asked"), tr("Which expectation this week was more than anyone could meet?")},
        {QStringLiteral("yes_meant_no"), tr("Where did I say yes when I meant no?")},
    };
}

GentleQuestion gentleQuestionFor(QDate monday)
{
    const auto questions = gentleQuestions();
    const QDate start = monday.addDays(1 - monday.dayOfWeek());
    // Weeks counted from a fixed Monday: consecutive weeks always take consecutive questions.
    const qint64 week = QDate(2024, 1, 1).daysTo(start) / 7;
    const auto count = qint64(questions.size());
    return questions[size_t(((week % count) + count) % count)];
}

} // namespace ebb
