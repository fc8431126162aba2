// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdata.h"

#include "domain/boundary.h"
#include "domain/note.h"
#include "domain/review.h"
#include "domain/selfcheck.h"
#include "pacing/humannames.h"
#include "pacing/pacingday.h"
#include "pacing/pacingengine.h"
#include "pacing/pacingreport.h"
#include "pacing/pacingsettings.h"
#include "settings/clock.h"
#include "storage/journal.h"

#include <QCoreApplication>
#include <QLocale>

namespace ebb {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

std::vector<FlagEpisode> episodesOf(const std::vector<TimelineDay> &timeline)
{
    std::vector<FlagEpisode> done;
    QHash<QString, FlagEpisode> open;
    for (const TimelineDay &day : timeline) {
        for (auto it = open.begin(); it != open.end();) {
            if (!day.flags.contains(it.key())) {
                done.push_back(it.value());
                it = open.erase(it);
            } else {
                ++it;
            }
        }
        for (const QString &id : day.flags) {
            FlagEpisode &e = open[id];
            if (!e.from.isValid()) {
                e = {id, day.date, day.date, false};
            }
            e.to = day.date;
            e.reachedWarning = e.reachedWarning || day.warnings.contains(id);
        }
    }
    for (const FlagEpisode &e : open) {
        done.push_back(e);
    }
    std::sort(done.begin(), done.end(), [](const FlagEpisode &a, const FlagEpisode &b) {
        return a.from != b.from ? a.from < b.from : a.id < b.id;
    });
    return done;
}

/** Fewer values than this before the range give no "before": one day is no period. */
int enoughDaysBefore(int daysInRange)
{
    return std::max(3, daysInRange / 4);
}

} // namespace

QString reportDay(QDate day)
{
    return shortDay(day);
}

QString reportDisclaimer()
{
    return tr("This report shows what the person recorded in Ebb, a self-tracking journal, and patterns Ebb "
              "computed from it against the person's own usual. They are observations, not diagnoses. Notes "
              "appear only if the person chose to share them.");
}

Result<std::vector<ReportNote>> availableNotes(Journal &journal, QDate from, QDate to)
{
    auto checkIns = journal.checkIns(from, to);
    if (!checkIns) {
        return checkIns.error();
    }
    auto notes = journal.notes(from, to);
    if (!notes) {
        return notes.error();
    }
    std::vector<ReportNote> out;
    for (const CheckIn &c : *checkIns) {
        if (!c.note.trimmed().isEmpty()) {
            out.push_back({QStringLiteral("checkin:") + c.date.toString(Qt::ISODate), c.date, c.note, c.noteShared,
                           c.noteBringUp});
        }
    }
    for (const Note &n : *notes) {
        out.push_back({QStringLiteral("note:%1").arg(n.id), n.date, n.body, n.shared, n.bringUp});
    }
    std::stable_sort(out.begin(), out.end(), [](const ReportNote &a, const ReportNote &b) { return a.day < b.day; });
    return out;
}

Result<ReportData> gatherReport(Journal &journal, const ReportOptions &options)
{
    ReportData data;
    data.options = options;
    auto all = journal.checkIns({}, options.to);
    auto boundaries = journal.boundaries();
    auto pacing = journal.pacingDays();
    auto weeks = journal.reviewedWeeks();
    auto notes = availableNotes(journal, options.from, options.to);
    auto tags = journal.tags();
    auto selfChecks = journal.selfChecks();
    for (const Error *e :
         {all ? nullptr : &all.error(), boundaries ? nullptr : &boundaries.error(), pacing ? nullptr : &pacing.error(),
          weeks ? nullptr : &weeks.error(), notes ? nullptr : &notes.error(), tags ? nullptr : &tags.error(),
          selfChecks ? nullptr : &selfChecks.error()}) {
        if (e != nullptr) {
            return *e;
        }
    }
    std::vector<const CheckIn *> inRange;
    std::vector<const CheckIn *> before; // as many days before the range as it has
    data.daysInRange = options.from.isValid() && options.to.isValid() ? int(options.from.daysTo(options.to)) + 1 : 0;
    const QDate beforeFrom = options.from.addDays(-data.daysInRange);
    for (const CheckIn &c : *all) {
        if (c.date >= options.from) {
            inRange.push_back(&c);
        } else if (c.date >= beforeFrom) {
            before.push_back(&c);
        }
    }
    data.daysRecorded = int(inRange.size());
    // Missed days: from the journal's first check-in, up to yesterday or a recorded today.
    if (!all->empty() && data.daysInRange > 0) {
        const QDate today = journal.clock().today();
        const QDate start = std::max(options.from, all->front().date);
        QDate end = std::min(options.to, today);
        const bool todayRecorded =
            std::any_of(inRange.begin(), inRange.end(), [&](const CheckIn *c) { return c->date == today; });
        if (end == today && !todayRecorded) {
            end = end.addDays(-1);
        }
        data.daysExpected = start <= end ? int(start.daysTo(end)) + 1 : 0;
        for (const CheckIn *c : inRange) {
            data.daysRecordedExpected += c->date >= start && c->date <= end ? 1 : 0;
        }
    }
    for (int m = 0; m < kMetricCount; ++m) {
        MetricWeek &w = data.metrics[size_t(m)];
        double sum = 0;
        for (const CheckIn *c : inRange) {
            if (const auto v = metricValue(*c, Metric(m))) {
                sum += *v, ++w.days;
                w.min = std::min(w.min.value_or(*v), *v);
                w.max = std::max(w.max.value_or(*v), *v);
            }
        }
        if (w.days > 0) {
            w.mean = sum / w.days;
        }
        double beforeSum = 0;
        int beforeDays = 0;
        for (const CheckIn *c : before) {
            if (const auto v = metricValue(*c, Metric(m))) {
                beforeSum += *v, ++beforeDays;
            }
        }
        if (beforeDays >= enoughDaysBefore(data.daysInRange)) {
            w.previousMean = beforeSum / beforeDays;
        }
    }

    // The flags as the person was shown them: what they dismissed stays out (shownReport).
    auto dismissed = journal.dismissedFlags();
    if (!dismissed) {
        return dismissed.error();
    }
    std::vector<TimelineDay> timeline = pacingTimeline(*pacing, journal.pacingSettings(), options.to, *dismissed);
    if (!timeline.empty()) {
        data.longerView = timeline.back().longerView;
    }
    data.tagsBefore = tagsBeforeDays(timeline, *all, *tags, options.to);
    for (TimelineDay &day : timeline) {
        if (day.date >= options.from) {
            data.timeline.push_back(std::move(day));
        }
    }
    for (const SelfCheck &c : *selfChecks) {
        if (!options.to.isValid() || c.date <= options.to) {
            data.selfChecks.push_back(c);
        }
    }
    for (int m = 0; m < kMetricCount; ++m) {
        if (!data.timeline.empty() && data.timeline.back().baselines[size_t(m)].ready) {
            data.metrics[size_t(m)].usual = data.timeline.back().baselines[size_t(m)].median;
        }
    }
    data.episodes = episodesOf(data.timeline);

    for (const QString &week : *weeks) {
        const auto monday = mondayOfWeek(week);
        if (!monday || monday->addDays(6) < options.from || *monday > options.to) {
            continue;
        }
        auto review = journal.review(week);
        if (!review) {
            return review.error();
        }
        if (review->has_value()) {
            data.reviews.insert(data.reviews.begin(), **review); // weeks come newest first
        }
    }

    for (const Boundary &b : *boundaries) {
        BoundaryWeek total{b.text, 0, 0};
        for (const CheckIn *c : inRange) {
            for (const BoundaryAnswer &a : c->boundaries) {
                if (a.boundaryId == b.id) {
                    total.held += a.status == BoundaryStatus::Held ? 1 : 0;
                    total.slipped += a.status == BoundaryStatus::Slipped ? 1 : 0;
                }
            }
        }
        if (total.held + total.slipped > 0) {
            data.boundaries.push_back(total);
        }
    }

    for (const ReportNote &n : *notes) {
        const bool byPolicy = options.notes == NotesPolicy::All || (options.notes == NotesPolicy::Shared && n.shared);
        if (byPolicy || options.pickedNotes.contains(n.key)) {
            data.notes.push_back(n);
        }
        if (n.bringUp && options.has(ReportSection::Topics)) {
            data.topics.push_back(n);
        }
    }
    return data;
}

} // namespace ebb
