// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "daylioreader.h"

#include "domain/tag.h"
#include "io/csvreader.h"
#include "io/importlimits.h"

#include <QMap>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

QString moodKey(const QString &mood)
{
    return mood.trimmed().toLower();
}

std::optional<int> moodValue(const QString &mood, const MoodMap &extra)
{
    const QString key = moodKey(mood);
    if (const auto it = extra.constFind(key); it != extra.constEnd()) {
        return *it;
    }
    static const MoodMap defaults = defaultDaylioMoods();
    if (const auto it = defaults.constFind(key); it != defaults.constEnd()) {
        return *it;
    }
    return std::nullopt;
}

/** Daylio writes "8:15 pm" or "20:15" depending on the phone; anything else is refused (readEntry). */
QTime parseTime(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    for (const char *format : {"h:mm AP", "h:mmAP", "H:mm", "H:mm:ss"}) {
        const QTime time = QTime::fromString(t, QString::fromLatin1(format));
        if (time.isValid()) {
            return time;
        }
    }
    return {};
}

QString withLineBreaks(QString note)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    note.replace(br, QStringLiteral("\n"));
    note.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return note.trimmed();
}

struct Columns
{
    int fullDate = -1;
    int time = -1;
    int mood = -1;
    int activities = -1;
    int title = -1;
    int note = -1;
};

Columns columnsOf(const QStringList &header)
{
    Columns c;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name == QLatin1String("full_date")) {
            c.fullDate = i;
        } else if (name == QLatin1String("time")) {
            c.time = i;
        } else if (name == QLatin1String("mood")) {
            c.mood = i;
        } else if (name == QLatin1String("activities")) {
            c.activities = i;
        } else if (name == QLatin1String("note_title")) {
            c.title = i;
        } else if (name == QLatin1String("note")) {
            c.note = i;
        }
    }
    return c;
}

QString field(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

Result<DaylioEntry> readEntry(const CsvRecord &record, const Columns &columns, const QStringList &header, QDate today)
{
    const QStringList &f = record.fields;
    if (f.size() != header.size()) {
        return errorWith(
            QStringLiteral("expected %1 fields, as in the header, but found %2.").arg(header.size()).arg(f.size()));
    }
    if (const QString problem = controlCharacterProblem(f, header); !problem.isEmpty()) {
        return errorWith(problem);
    }
    DaylioEntry entry;
    entry.line = record.line;
    entry.date = QDate::fromString(field(f, columns.fullDate).trimmed(), Qt::ISODate);
    if (!entry.date.isValid()) {
        return errorWith(QStringLiteral("full_date must be a real day written YYYY-MM-DD (it was %1).")
                             .arg(quotedForMessage(field(f, columns.fullDate).trimmed())));
    }
    if (const QString problem = dayWindowProblem("full_date", field(f, columns.fullDate).trimmed(), entry.date, today);
        !problem.isEmpty()) {
        return errorWith(problem);
    }
    entry.time = field(f, columns.time).trimmed();
    if (!entry.time.isEmpty() && !parseTime(entry.time).isValid()) {
        return errorWith(QStringLiteral("time must be a time of day like 20:15 or 8:15 pm (it was %1).")
                             .arg(quotedForMessage(entry.time)));
    }
    entry.mood = field(f, columns.mood).trimmed();
    if (entry.mood.isEmpty()) {
        return errorWith(QStringLiteral("the mood is empty."));
    }
    for (const QString &activity : field(f, columns.activities).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString name = activity.simplified();
        if (name.isEmpty() || entry.activities.contains(name, Qt::CaseInsensitive)) {
            continue;
        }
        if (const QString problem = tagNameProblem(name); !problem.isEmpty()) {
            return errorWith(QStringLiteral("the activity %1 %2 Rename it in Daylio or in the file.")
                                 .arg(quotedForMessage(name), problem));
        }
        entry.activities << name;
    }
    entry.title = withLineBreaks(field(f, columns.title));
    entry.note = withLineBreaks(field(f, columns.note));
    if (const QString problem = noteLengthProblem(entry.note.size()); !problem.isEmpty()) {
        return errorWith(problem);
    }
    return entry;
}

} // namespace

MoodMap defaultDaylioMoods()
{
    return {{QStringLiteral("rad"), 9},
            {QStringLiteral("good"), 7},
            {QStringLiteral("meh"), 5},
            {QStringLiteral("bad"), 3},
            {QStringLiteral("awful"), 1}};
}

Result<MoodMap> parseMoodMap(const QString &text)
{
    MoodMap map;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        const QString name = eq > 0 ? moodKey(pair.left(eq)) : QString();
        bool ok = false;
        const int value = eq > 0 ? pair.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (name.isEmpty() || !ok || value < kScoreMin || value > kScoreMax) {
            return errorWith(QStringLiteral("The mood map entry %1 is not of the form name=value with a value from "
                                            "0 to 10, like 'super=9,ok=5'.")
                                 .arg(quotedForMessage(pair.trimmed())));
        }
        map.insert(name, value);
    }
    return map;
}

bool isDaylioHeader(const QStringList &header)
{
    const Columns c = columnsOf(header);
    return c.fullDate >= 0 && c.mood >= 0 && c.activities >= 0 && c.note >= 0;
}

Result<DaylioFile> readDaylioCsv(const QString &text, QDate today)
{
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = text.left(lineEnd < 0 ? text.size() : lineEnd);
    const QChar separator = firstLine.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
    auto records = parseCsv(text, separator);
    if (!records) {
        return records.error();
    }
    if (records->empty() || !isDaylioHeader(records->front().fields)) {
        return Error{QStringLiteral("Line 1: this is not a Daylio export; its header needs the columns "
                                    "full_date, mood, activities and note."),
                     0, QStringLiteral("csv")};
    }
    const QStringList &header = records->front().fields;
    const Columns columns = columnsOf(header);
    DaylioFile file;
    for (size_t i = 1; i < records->size(); ++i) {
        const CsvRecord &record = (*records)[i];
        auto entry = readEntry(record, columns, header, today);
        if (entry) {
            file.entries.push_back(std::move(entry).value());
        } else {
            file.problems.push_back({record.line, entry.errorString()});
        }
    }
    return file;
}

QStringList unknownDaylioMoods(const std::vector<DaylioEntry> &entries, const MoodMap &extra)
{
    QStringList unknown;
    for (const DaylioEntry &e : entries) {
        if (!moodValue(e.mood, extra) && !unknown.contains(e.mood, Qt::CaseInsensitive)) {
            unknown << e.mood;
        }
    }
    unknown.sort(Qt::CaseInsensitive);
    return unknown;
}

std::vector<ImportedDay> daylioDays(const std::vector<DaylioEntry> &entries, const MoodMap &extra)
{
    QMap<QDate, std::vector<const DaylioEntry *>> byDay;
    for (const DaylioEntry &e : entries) {
        if (moodValue(e.mood, extra)) {
            byDay[e.date].push_back(&e);
        }
    }
    std::vector<ImportedDay> days;
    days.reserve(size_t(byDay.size()));
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        std::vector<const DaylioEntry *> &dayEntries = it.value();
        // Daylio lists newest first; a day reads better in the order it was lived.
        std::stable_sort(dayEntries.begin(), dayEntries.end(), [](const DaylioEntry *a, const DaylioEntry *b) {
            const QTime ta = parseTime(a->time);
            const QTime tb = parseTime(b->time);
            if (ta.isValid() != tb.isValid()) {
                return ta.isValid();
            }
            return ta.isValid() && ta < tb;
        });
        ImportedDay day;
        day.checkIn.date = it.key();
        day.line = (*std::min_element(dayEntries.begin(), dayEntries.end(), [](auto *a, auto *b) {
                       return a->line < b->line;
                   }))->line;
        double moodSum = 0;
        QStringList parts;
        const bool several = dayEntries.size() > 1;
        for (const DaylioEntry *e : dayEntries) {
            moodSum += *moodValue(e->mood, extra);
            for (const QString &activity : e->activities) {
                if (!day.tags.contains(activity, Qt::CaseInsensitive)) {
                    day.tags << activity;
                }
            }
            QStringList label;
            if (several && !e->time.isEmpty()) {
                label << e->time;
            }
            if (!e->title.isEmpty()) {
                label << e->title;
            }
            const QString heading = label.join(QStringLiteral(" · "));
            if (!e->note.isEmpty() || !e->title.isEmpty()) {
                parts << (e->note.isEmpty()   ? heading
                          : heading.isEmpty() ? e->note
                                              : heading + QLatin1Char('\n') + e->note);
            }
        }
        day.checkIn.mood = int(std::floor(moodSum / double(dayEntries.size()) + 0.5));
        day.checkIn.note = parts.join(QStringLiteral("\n\n"));
        days.push_back(std::move(day));
    }
    return days;
}

} // namespace ebb
