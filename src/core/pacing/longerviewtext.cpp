// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "longerviewtext.h"

#include <QCoreApplication>
#include <QLocale>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

QString monthName(QDate d, QDate asOf)
{
    const QString name = QLocale().standaloneMonthName(d.month(), QLocale::LongFormat);
    return d.year() == asOf.year() ? name : tr("%1 %2").arg(name).arg(d.year());
}

/** The sentence for one measure and direction; %1 the stretch (worse) and %2 how long. */
QString sentence(const QString &measure, Direction direction, bool firstWeeks)
{
    const bool worse = direction == Direction::Worse;
    if (measure == QLatin1String("energy")) {
        return worse        ? tr("Compared with your steadier weeks %1, your energy has been lower for %2.")
               : firstWeeks ? tr("Your energy has been higher than in your first weeks with Ebb.")
                            : tr("Your energy has been higher than in your steadier weeks %1.");
    }
    if (measure == QLatin1String("mood")) {
        return worse        ? tr("Compared with your steadier weeks %1, your mood has been lower for %2.")
               : firstWeeks ? tr("Your mood has been brighter than in your first weeks with Ebb.")
                            : tr("Your mood has been brighter than in your steadier weeks %1.");
    }
    if (measure == QLatin1String("stress")) {
        return worse        ? tr("Compared with your steadier weeks %1, stress has been higher for %2.")
               : firstWeeks ? tr("Your stress has been lower than in your first weeks with Ebb.")
                            : tr("Your stress has been lower than in your steadier weeks %1.");
    }
    if (measure == QLatin1String("load")) {
        return worse        ? tr("Compared with your steadier weeks %1, your days have asked more of you for %2.")
               : firstWeeks ? tr("Your days have asked less of you than in your first weeks with Ebb.")
                            : tr("Your days have asked less of you than in your steadier weeks %1.");
    }
    if (measure == QLatin1String("sleep_hours")) {
        return worse        ? tr("Compared with your steadier weeks %1, you have slept less for %2.")
               : firstWeeks ? tr("You have been sleeping longer than in your first weeks with Ebb.")
                            : tr("You have been sleeping longer than in your steadier weeks %1.");
    }
    return worse        ? tr("Compared with your steadier weeks %1, your nights have felt less restful for %2.")
           : firstWeeks ? tr("Your nights have felt more restful than in your first weeks with Ebb.")
                        : tr("Your nights have felt more restful than in your steadier weeks %1.");
}

} // namespace

QString monthsInWords(QDate from, QDate to, QDate asOf)
{
    const int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (months == 0) {
        return tr("in %1").arg(monthName(to, asOf));
    }
    // "in March and April 2025", not "in March 2025 and April 2025".
    const QString first = from.year() == to.year() ? QLocale().standaloneMonthName(from.month(), QLocale::LongFormat)
                                                   : monthName(from, asOf);
    return months == 1 ? tr("in %1 and %2").arg(first, monthName(to, asOf))
                       : tr("from %1 to %2").arg(first, monthName(to, asOf));
}

QString aboutHowLong(int days)
{
    if (days < 32) {
        return tr("about a month");
    }
    if (days < 53) {
        return tr("about six weeks");
    }
    // Months of about 30 days, said in words up to half a year.
    const char *const months[] = {
        QT_TRANSLATE_NOOP("ebb", "about two months"), QT_TRANSLATE_NOOP("ebb", "about three months"),
        QT_TRANSLATE_NOOP("ebb", "about four months"), QT_TRANSLATE_NOOP("ebb", "about five months"),
        QT_TRANSLATE_NOOP("ebb", "about six months")};
    const int index = (days + 15) / 30 - 2;
    if (index < 5) {
        return tr(months[std::max(index, 0)]);
    }
    return days < 330 ? tr("more than half a year") : tr("about a year or more");
}

void describeLongerView(LongerViewNote &note, QDate asOf)
{
    const QString text = sentence(note.measure, note.direction, note.firstWeeks);
    const QString months = monthsInWords(note.anchorFrom, note.anchorTo, asOf);
    note.message = note.direction == Direction::Worse ? text.arg(months, aboutHowLong(int(note.since.daysTo(asOf)) + 1))
                   : note.firstWeeks                  ? text
                                                      : text.arg(months);
}

} // namespace ebb
