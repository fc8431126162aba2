// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "storage/boundaryrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/tagrepository.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace ebb {
namespace {

struct Counts
{
    int held = 0;
    int slipped = 0;
    int answered = 0;
};

/** The count a row left empty while giving the other; nullopt when both or neither were given. */
std::optional<BoundaryCount> unrecordedCountOf(const ImportedDay &day)
{
    if (day.held.has_value() == day.slipped.has_value()) {
        return std::nullopt;
    }
    return day.held ? BoundaryCount::Slipped : BoundaryCount::Held;
}

Counts countsOf(const CheckIn &c)
{
    Counts n;
    for (const BoundaryAnswer &a : c.boundaries) {
        n.held += a.status == BoundaryStatus::Held ? 1 : 0;
        n.slipped += a.status == BoundaryStatus::Slipped ? 1 : 0;
        ++n.answered;
    }
    return n;
}

/** The journal as the import sees it; with `create`, missing tags and placeholders are added. */
class ImportContext
{
public:
    ImportContext(Database &db, bool create, QDateTime now)
        : m_db(db)
        , m_create(create)
        , m_now(std::move(now))
    {}

    Result<void> load(const ImportFile &file)
    {
        auto tags = TagRepository(m_db).all();
        if (!tags) {
            return tags.error();
        }
        for (const Tag &t : *tags) {
            m_tagIds.insert(t.name.toLower(), t.id);
            m_tagNames.insert(t.id, t.name);
        }
        auto boundaries = BoundaryRepository(m_db).all();
        if (!boundaries) {
            return boundaries.error();
        }
        for (const Boundary &b : *boundaries) {
            m_boundaryIds.insert(b.text, b.id);
        }
        if (file.days.empty()) {
            return {};
        }
        const auto [first, last] =
            std::minmax_element(file.days.begin(), file.days.end(), [](const ImportedDay &a, const ImportedDay &b) {
                return a.checkIn.date < b.checkIn.date;
            });
        auto existing = CheckInRepository(m_db).inRange(first->checkIn.date, last->checkIn.date);
        if (!existing) {
            return existing.error();
        }
        for (const CheckIn &c : *existing) {
            m_existing.insert(c.date, c);
        }
        return {};
    }

    Result<PlannedDay> plan(const ImportedDay &day, ImportFormat format)
    {
        PlannedDay planned;
        const auto found = m_existing.constFind(day.checkIn.date);
        const bool had = found != m_existing.constEnd();
        if (had) {
            planned.before = *found;
        }
        CheckIn after = had ? *found : CheckIn{};
        after.date = day.checkIn.date;
        if (format == ImportFormat::Ebb) {
            after.energy = day.checkIn.energy;
            after.mood = day.checkIn.mood;
            after.stress = day.checkIn.stress;
            after.load = day.checkIn.load;
            after.sleepMinutes = day.checkIn.sleepMinutes;
            after.sleepQuality = day.checkIn.sleepQuality;
            after.note = day.checkIn.note;
            after.tagIds.clear();
            auto answers = boundaryAnswers(day, planned.before);
            if (!answers) {
                return answers.error();
            }
            after.boundaries = std::move(answers).value();
            after.unrecordedCount = unrecordedCountOf(day);
        } else {
            after.mood = day.checkIn.mood;
            if (!day.checkIn.note.isEmpty() && !after.note.contains(day.checkIn.note)) {
                after.note =
                    after.note.isEmpty() ? day.checkIn.note : after.note + QStringLiteral("\n\n") + day.checkIn.note;
            }
        }
        // A note's marks were given to the words it had: words an import brings are not shared or
        // put on a report's first page unless the person marks them again.
        if (had && after.note != found->note) {
            after.noteShared = false;
            after.noteBringUp = false;
        }
        for (const QString &name : day.tags) {
            auto id = tagId(name);
            if (!id) {
                return id.error();
            }
            after.tagIds.push_back(*id);
        }
        after.normalize();
        for (qint64 id : after.tagIds) {
            planned.afterTags << m_tagNames.value(id);
        }
        planned.change = !had ? ImportChange::New
                              : (planned.before.sameContentAs(after) ? ImportChange::Unchanged : ImportChange::Changed);
        planned.after = std::move(after);
        return planned;
    }

    QStringList newTags() const { return m_newTags; }
    int newPlaceholders() const { return m_newPlaceholders; }

private:
    Result<qint64> tagId(const QString &rawName)
    {
        // Stored names are simplified (see checkedName); so is the lookup, or a re-import would
        // not find the tag it created.
        const QString name = rawName.simplified();
        const QString key = name.toLower();
        if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd()) {
            return *it;
        }
        qint64 id = -(m_newTags.size() + 1);
        if (m_create) {
            auto tag = TagRepository(m_db).add(name, TagKind::Neutral, m_now);
            if (!tag) {
                return tag.error();
            }
            id = tag->id;
        }
        m_newTags << name;
        m_tagIds.insert(key, id);
        m_tagNames.insert(id, name);
        return id;
    }

    Result<qint64> placeholder(int n)
    {
        const QString text = importedBoundaryText(n);
        if (const auto it = m_boundaryIds.constFind(text); it != m_boundaryIds.constEnd()) {
            return *it;
        }
        qint64 id = -n;
        if (m_create) {
            BoundaryRepository boundaries(m_db);
            auto added = boundaries.add(text, m_now);
            if (!added) {
                return added.error();
            }
            if (auto r = boundaries.retire(added->id, m_now); !r) {
                return r.error();
            }
            id = added->id;
        }
        ++m_newPlaceholders;
        m_boundaryIds.insert(text, id);
        return id;
    }

    /**
     * The day's own answers when the counts match; else answers to placeholder boundaries. An
     * empty count makes no answers of its kind; unrecordedCountOf() keeps that it was empty.
     */
    Result<std::vector<BoundaryAnswer>> boundaryAnswers(const ImportedDay &day, const CheckIn &before)
    {
        const Counts had = countsOf(before);
        if (!day.held && !day.slipped) {
            return std::vector<BoundaryAnswer>{};
        }
        const int held = day.held.value_or(0);
        const int slipped = day.slipped.value_or(0);
        if (had.answered > 0 && had.held == held && had.slipped == slipped &&
            before.unrecordedCount == unrecordedCountOf(day)) {
            return before.boundaries;
        }
        std::vector<BoundaryAnswer> answers;
        // 0 held and 0 slipped still says boundaries were answered: one "not relevant" keeps that.
        const int total = std::max(held + slipped, 1);
        for (int n = 1; n <= total; ++n) {
            auto id = placeholder(n);
            if (!id) {
                return id.error();
            }
            const BoundaryStatus status = n <= held             ? BoundaryStatus::Held
                                          : n <= held + slipped ? BoundaryStatus::Slipped
                                                                : BoundaryStatus::NotRelevant;
            answers.push_back({*id, status});
        }
        return answers;
    }

    Database &m_db;
    bool m_create;
    QDateTime m_now;
    QHash<QString, qint64> m_tagIds; ///< lower-case name → id
    QHash<qint64, QString> m_tagNames;
    QHash<QString, qint64> m_boundaryIds; ///< text → id
    QMap<QDate, CheckIn> m_existing;
    QStringList m_newTags;
    int m_newPlaceholders = 0;
};

Result<ImportPlan> makePlan(ImportContext &context, const ImportFile &file)
{
    if (auto r = context.load(file); !r) {
        return r.error();
    }
    ImportPlan plan;
    plan.problems = file.problems;
    plan.unknownMoods = file.unknownMoods;
    plan.entries = file.entries;
    for (const ImportedDay &day : file.days) {
        auto planned = context.plan(day, file.format);
        if (!planned) {
            return planned.error();
        }
        plan.days.push_back(std::move(planned).value());
    }
    plan.newTags = context.newTags();
    plan.placeholderBoundaries = context.newPlaceholders();
    return plan;
}

} // namespace

int ImportPlan::count(ImportChange change) const
{
    return int(std::count_if(days.begin(), days.end(), [change](const PlannedDay &d) { return d.change == change; }));
}

QString importedBoundaryText(int n)
{
    return QStringLiteral("Imported boundary %1").arg(n);
}

Result<ImportPlan> planImport(Database &db, const ImportFile &file)
{
    ImportContext context(db, false, {});
    return makePlan(context, file);
}

Result<ImportPlan> applyImport(Database &db, const ImportFile &file, const QDateTime &now)
{
    if (!file.canApply()) {
        const qsizetype n = qsizetype(file.problems.size());
        return errorWith(file.unknownMoods.isEmpty()
                             ? QStringLiteral("Nothing was imported: %1 could not be read. Correct %2 and try again.")
                                   .arg(n == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(n),
                                        n == 1 ? QStringLiteral("it") : QStringLiteral("them"))
                             : QStringLiteral("Nothing was imported: place these moods on the 0–10 scale first: %1.")
                                   .arg(file.unknownMoods.join(QStringLiteral(", "))));
    }
    auto tx = Transaction::begin(db);
    if (!tx) {
        return tx.error();
    }
    ImportContext context(db, true, now);
    auto plan = makePlan(context, file);
    if (!plan) {
        return plan.error();
    }
    CheckInRepository checkIns(db);
    for (const PlannedDay &day : plan->days) {
        if (day.change == ImportChange::Unchanged) {
            continue;
        }
        if (auto saved = checkIns.save(day.after, now); !saved) {
            return Error{QStringLiteral("Nothing was imported: the day %1 could not be saved. %2")
                             .arg(day.after.date.toString(Qt::ISODate), saved.errorString()),
                         saved.error().code, saved.error().detail};
        }
    }
    if (auto r = tx->commit(); !r) {
        return Error{QStringLiteral("Nothing was imported: %1").arg(r.errorString()), r.error().code, r.error().detail};
    }
    return plan;
}

} // namespace ebb
