// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "humannames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

struct MeasureWords
{
    const char *name;
    const char *inSentence;
    const char *withScale;
};

// In Metric's order.
constexpr MeasureWords kMeasures[kMetricCount] = {
    {QT_TRANSLATE_NOOP("ebb", "Energy"), QT_TRANSLATE_NOOP("ebb", "energy"), QT_TRANSLATE_NOOP("ebb", "Energy (0–10)")},
    {QT_TRANSLATE_NOOP("ebb", "Mood"), QT_TRANSLATE_NOOP("ebb", "mood"), QT_TRANSLATE_NOOP("ebb", "Mood (0–10)")},
    {QT_TRANSLATE_NOOP("ebb", "Stress"), QT_TRANSLATE_NOOP("ebb", "stress"),
     QT_TRANSLATE_NOOP("ebb", "Stress (0–10, 10 = most)")},
    {QT_TRANSLATE_NOOP("ebb", "Load"), QT_TRANSLATE_NOOP("ebb", "load"), QT_TRANSLATE_NOOP("ebb", "Load (0–10)")},
    {QT_TRANSLATE_NOOP("ebb", "Hours of sleep"), QT_TRANSLATE_NOOP("ebb", "hours of sleep"),
     QT_TRANSLATE_NOOP("ebb", "Sleep (hours)")},
    {QT_TRANSLATE_NOOP("ebb", "Sleep quality"), QT_TRANSLATE_NOOP("ebb", "sleep quality"),
     QT_TRANSLATE_NOOP("ebb", "Sleep quality (1–5)")},
};

} // namespace

QString flagName(const QString &id)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("energy_slide"), QT_TRANSLATE_NOOP("ebb", "Energy below the usual")},
        {QStringLiteral("mood_slide"), QT_TRANSLATE_NOOP("ebb", "Mood below the usual")},
        {QStringLiteral("stress_slide"), QT_TRANSLATE_NOOP("ebb", "Stress above the usual")},
        {QStringLiteral("load_slide"), QT_TRANSLATE_NOOP("ebb", "Days asking more than usual")},
        {QStringLiteral("sleep_slide"), QT_TRANSLATE_NOOP("ebb", "Less sleep than usual")},
        {QStringLiteral("sleep_quality_slide"), QT_TRANSLATE_NOOP("ebb", "Nights feeling worse than usual")},
        {QStringLiteral("stress_climbing"), QT_TRANSLATE_NOOP("ebb", "Stress rising steadily")},
        {QStringLiteral("sleep_debt"), QT_TRANSLATE_NOOP("ebb", "Less sleep than needed")},
        {QStringLiteral("poor_sleep"), QT_TRANSLATE_NOOP("ebb", "Sleep felt poor")},
        {QStringLiteral("boundary_slips"), QT_TRANSLATE_NOOP("ebb", "Boundaries slipping more often")},
        {QStringLiteral("envelope"), QT_TRANSLATE_NOOP("ebb", "Days asking more than the energy there was")},
        {QStringLiteral("boom_bust"), QT_TRANSLATE_NOOP("ebb", "Big days followed by crashes")},
        {QStringLiteral("early_warning"), QT_TRANSLATE_NOOP("ebb", "Days more changeable (uncertain sign)")},
    };
    const char *name = names.value(id);
    // A flag added to the engine but not yet named here must still read as words.
    return name != nullptr ? tr(name) : tr("A pattern in the recent days");
}

QString listInWords(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.join(QString());
    }
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString measureName(Metric metric)
{
    return tr(kMeasures[int(metric)].name);
}

QString measureInSentence(Metric metric)
{
    return tr(kMeasures[int(metric)].inSentence);
}

QString measureWithScale(Metric metric)
{
    return tr(kMeasures[int(metric)].withScale);
}

QString dayInWords(QDate day)
{
    // The locale's long format without its year: "dddd d MMMM yyyy", "dddd, d. MMMM yyyy",
    // "dddd, MMMM d, yyyy" all keep their own order and punctuation.
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(QRegularExpression(QStringLiteral("[,\\s]*y+[.\\s]*")));
    return QLocale().toString(day, format.trimmed());
}

QString shortDayFormat(bool withYear)
{
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    // Only a format of day, month and year with spaces, dots and commas is cut down; one with
    // words in it ("d 'de' MMMM", "y年M月d日") keeps the locale's short format whole.
    static const QRegularExpression plain(QStringLiteral("^[dMy\\s.,/-]+$"));
    QString withoutWeekday = format;
    withoutWeekday.remove(QRegularExpression(QStringLiteral("d{4}[,\\s]*")));
    if (!plain.match(withoutWeekday.trimmed()).hasMatch()) {
        return QLocale().dateFormat(QLocale::ShortFormat);
    }
    format.remove(QRegularExpression(QStringLiteral("d{4}[,\\s]*"))); // the weekday's name
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    if (!withYear) {
        format.remove(QRegularExpression(QStringLiteral("[,\\s]*y+[.\\s]*")));
    }
    return format.trimmed();
}

QString shortDay(QDate day, bool withYear)
{
    return QLocale().toString(day, shortDayFormat(withYear));
}

ScaleEnds scaleEnds(Metric metric)
{
    switch (metric) {
    case Metric::Energy:
        return {0, 10, tr("empty"), tr("full of energy")};
    case Metric::Mood:
        return {0, 10, tr("very low"), tr("very good")};
    case Metric::Stress:
        return {0, 10, tr("calm"), tr("overwhelmed")};
    case Metric::Load:
        return {0, 10, tr("nothing asked of me"), tr("far too much")};
    case Metric::SleepQuality:
        return {1, 5, tr("very poor"), tr("very good")};
    case Metric::SleepHours:
        break;
    }
    return {0, 24, {}, {}};
}

} // namespace ebb
