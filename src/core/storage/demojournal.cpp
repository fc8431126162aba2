// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demojournal.h"

#include "domain/boundary.h"
#include "domain/review.h"
#include "review/reviewsettings.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

constexpr int kDays = 84;
constexpr int kSlideDays = 21;

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

int clampScore(double value)
{
    return std::clamp(int(std::lround(value)), kScoreMin, kScoreMax);
}

} // namespace

QString demoJournalPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo/demo.sqlite"));
}

Result<void> fillDemoJournal(Journal &journal, QDate today)
{
    QRandomGenerator random(quint32(today.toJulianDay()));
    const auto noise = [&random](double spread) {
        return (random.generateDouble() * 2.0 - 1.0) * spread;
    };
    std::vector<Boundary> boundaries;
    // In the person's language, like the journal they would keep (demo journals are made in it).
    for (const char *text :
         {QT_TRANSLATE_NOOP("ebb", "Stopped work by 18:00"), QT_TRANSLATE_NOOP("ebb", "Took a real lunch break"),
          QT_TRANSLATE_NOOP("ebb", "Said no to one extra task")}) {
        auto added = journal.addBoundary(tr(text));
        if (!added) {
            return added.error();
        }
        boundaries.push_back(*added);
    }
    std::vector<Tag> tags;
    for (const auto &[name, kind] : {std::pair{QT_TRANSLATE_NOOP("ebb", "meetings"), TagKind::Drained},
                                     std::pair{QT_TRANSLATE_NOOP("ebb", "commute"), TagKind::Drained},
                                     std::pair{QT_TRANSLATE_NOOP("ebb", "walk outside"), TagKind::Restored},
                                     std::pair{QT_TRANSLATE_NOOP("ebb", "time with friends"), TagKind::Restored}}) {
        auto added = journal.addTag(tr(name), kind);
        if (!added) {
            return added.error();
        }
        tags.push_back(*added);
    }
    const QStringList notes = {
        tr("Slow morning, long walk by the river. Felt like myself for a while."),
        tr("Three meetings back to back. Skipped lunch again."),
        tr("Said no to the extra report. Scary, but it was fine."),
        tr("Tired all day. Early night."),
        tr("Dinner with Sam. Laughed a lot."),
    };
    for (int i = 0; i < kDays; ++i) {
        const QDate day = today.addDays(i - kDays);
        if (random.bounded(100) < 12) {
            continue; // some days are missed, as in life
        }
        const double slide = i >= kDays - kSlideDays ? double(i - (kDays - kSlideDays)) / kSlideDays : 0.0;
        const bool weekend = day.dayOfWeek() >= 6;
        CheckIn c;
        c.date = day;
        c.energy = clampScore(6.2 - 3.0 * slide + (weekend ? 0.6 : 0.0) + noise(1.4));
        c.mood = clampScore(6.5 - 2.5 * slide + noise(1.3));
        c.stress = clampScore(4.0 + 3.5 * slide - (weekend ? 1.0 : 0.0) + noise(1.3));
        c.load = clampScore(weekend ? 3 + noise(1.5) : 6.0 + 2.0 * slide + noise(1.5));
        c.sleepMinutes = std::clamp(int(std::lround((7.4 - 1.2 * slide + noise(0.8)) * 4)) * 15, 0, kSleepMinutesMax);
        c.sleepQuality =
            std::clamp(int(std::lround(3.4 - 1.2 * slide + noise(0.9))), kSleepQualityMin, kSleepQualityMax);
        for (const Boundary &b : boundaries) {
            const bool slipped = random.generateDouble() < 0.15 + 0.45 * slide;
            c.boundaries.push_back({b.id, weekend && random.bounded(2) == 0 ? BoundaryStatus::NotRelevant
                                          : slipped                         ? BoundaryStatus::Slipped
                                                                            : BoundaryStatus::Held});
        }
        if (!weekend && random.bounded(100) < 60 + 30 * slide) {
            c.tagIds.push_back(tags[0].id);
        }
        if (!weekend && random.bounded(100) < 50) {
            c.tagIds.push_back(tags[1].id);
        }
        if (random.bounded(100) < 45 - 25 * slide) {
            c.tagIds.push_back(tags[2].id);
        }
        if (weekend && random.bounded(100) < 50) {
            c.tagIds.push_back(tags[3].id);
        }
        if (random.bounded(100) < 25) {
            c.note = notes.at(int(random.bounded(int(notes.size()))));
        }
        c.normalize();
        if (auto saved = journal.saveCheckIn(c); !saved) {
            return saved.error();
        }
    }
    WeeklyReview review;
    review.week = isoWeekKey(today.addDays(-7));
    auto settings = journal.reviewSettings();
    if (!settings) {
        return settings.error();
    }
    const QStringList answers = {tr("Back-to-back meetings and skipping lunch."), tr("Walks, and dinner with Sam."),
                                 tr("Stopping at 18:00 — I want to hold it more often."),
                                 tr("Resting on Sunday without feeling guilty."), tr("One meeting-free morning.")};
    for (size_t i = 0; i < settings->prompts.size() && i < size_t(answers.size()); ++i) {
        review.answers.push_back({settings->prompts[i].key, settings->prompts[i].text, answers.at(qsizetype(i))});
    }
    if (auto saved = journal.saveReview(review); !saved) {
        return saved.error();
    }
    return {};
}

} // namespace ebb
