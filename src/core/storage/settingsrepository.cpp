// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "storage/database.h"
#include "storage/sqlhelpers.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace ebb {
namespace {

using Stored = QHash<QString, QString>;

/** One setting: its key, and how its value is written (nullopt: the default, not stored) and read. */
struct Field
{
    QLatin1String key;
    std::optional<QString> (*write)(const JournalSettings &);
    void (*read)(JournalSettings &, const Stored &);
};

std::optional<QString> unlessDefault(QString value, const QString &defaultValue)
{
    return value == defaultValue ? std::nullopt : std::optional<QString>(std::move(value));
}

std::optional<QString> storedValue(const Stored &stored, QLatin1String key)
{
    const auto it = stored.constFind(key);
    return it == stored.constEnd() ? std::nullopt : std::optional<QString>(*it);
}

// The keys are the journal's file format: never rename one.
const Field kFields[] = {
    {QLatin1String("onboarding/done"),
     [](const JournalSettings &s) {
         return s.onboardingDone ? std::optional<QString>(QStringLiteral("1")) : std::nullopt;
     },
     [](JournalSettings &s, const Stored &stored) {
         s.onboardingDone = stored.contains(QLatin1String("onboarding/done"));
     }},
    {QLatin1String("lock.pin_hash"), [](const JournalSettings &s) { return unlessDefault(s.pinHash, QString()); },
     [](JournalSettings &s, const Stored &stored) {
         s.pinHash = stored.value(QLatin1String("lock.pin_hash"));
     }},
    {QLatin1String("lock.idle_minutes"),
     [](const JournalSettings &s) { return unlessDefault(QString::number(s.lockIdleMinutes), QStringLiteral("0")); },
     [](JournalSettings &s, const Stored &stored) {
         s.lockIdleMinutes = std::max(0, stored.value(QLatin1String("lock.idle_minutes")).toInt());
     }},
    {QLatin1String("review/prompts"),
     [](const JournalSettings &s) {
         return unlessDefault(s.review.promptsToStored(), ReviewSettings().promptsToStored());
     },
     [](JournalSettings &s, const Stored &stored) {
         s.review.prompts =
             ReviewSettings::fromStored(storedValue(stored, QLatin1String("review/prompts")), {}).prompts;
     }},
    {QLatin1String("review/weekday"),
     [](const JournalSettings &s) {
         return unlessDefault(QString::number(s.review.weekday), QString::number(ReviewSettings().weekday));
     },
     [](JournalSettings &s, const Stored &stored) {
         s.review.weekday =
             ReviewSettings::fromStored({}, storedValue(stored, QLatin1String("review/weekday"))).weekday;
     }},
    {QLatin1String("review/gentle_question"),
     [](const JournalSettings &s) {
         return s.review.gentleQuestion ? std::nullopt : std::optional<QString>(QStringLiteral("0"));
     },
     [](JournalSettings &s, const Stored &stored) {
         s.review.gentleQuestion = stored.value(QLatin1String("review/gentle_question")) != QLatin1String("0");
     }},
    {QLatin1String("selfcheck/reminder"),
     [](const JournalSettings &s) {
         return s.selfCheckReminder ? std::nullopt : std::optional<QString>(QStringLiteral("0"));
     },
     [](JournalSettings &s, const Stored &stored) {
         s.selfCheckReminder = stored.value(QLatin1String("selfcheck/reminder")) != QLatin1String("0");
     }},
    {QLatin1String("selfcheck/skipped_on"),
     [](const JournalSettings &s) {
         return s.selfCheckSkippedOn.isValid() ? std::optional<QString>(s.selfCheckSkippedOn.toString(Qt::ISODate))
                                               : std::nullopt;
     },
     [](JournalSettings &s, const Stored &stored) {
         s.selfCheckSkippedOn = QDate::fromString(stored.value(QLatin1String("selfcheck/skipped_on")), Qt::ISODate);
     }},
    // "A time I felt more like myself": both days, or neither (Ebb then finds a steadier stretch).
    {QLatin1String("pacing/steadier_from"),
     [](const JournalSettings &s) {
         return s.hasSteadierStretch() ? std::optional<QString>(s.steadierFrom.toString(Qt::ISODate)) : std::nullopt;
     },
     [](JournalSettings &s, const Stored &stored) {
         s.steadierFrom = QDate::fromString(stored.value(QLatin1String("pacing/steadier_from")), Qt::ISODate);
     }},
    {QLatin1String("pacing/steadier_to"),
     [](const JournalSettings &s) {
         return s.hasSteadierStretch() ? std::optional<QString>(s.steadierTo.toString(Qt::ISODate)) : std::nullopt;
     },
     [](JournalSettings &s, const Stored &stored) {
         s.steadierTo = QDate::fromString(stored.value(QLatin1String("pacing/steadier_to")), Qt::ISODate);
     }},
};

Result<Stored> readStored(Database &db)
{
    const QString context = QStringLiteral("Could not read the journal's settings");
    auto s = db.prepare(QStringLiteral("SELECT key, value FROM settings"));
    if (!s) {
        return withContext(s.error(), context);
    }
    Stored stored;
    if (auto r = s->forEachRow([&](const Statement &row) { stored.insert(row.columnText(0), row.columnText(1)); });
        !r) {
        return withContext(r.error(), context);
    }
    return stored;
}

} // namespace

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{}

Result<JournalSettings> SettingsRepository::load() const
{
    auto stored = readStored(m_db);
    if (!stored) {
        return stored.error();
    }
    JournalSettings settings;
    for (const Field &field : kFields) {
        field.read(settings, *stored);
    }
    return settings;
}

Result<bool> SettingsRepository::save(const JournalSettings &settings)
{
    const QString context = QStringLiteral("Could not save the setting");
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        return withContext(tx.error(), context);
    }
    auto current = load(); // in the transaction: what is stored now, as this Ebb reads it
    if (!current) {
        return current.error();
    }
    bool changed = false;
    for (const Field &field : kFields) {
        // Only what the caller changed is written: a value this Ebb cannot read (a newer Ebb's,
        // say) stays as it is while another setting is saved.
        const std::optional<QString> value = field.write(settings);
        if (value == field.write(*current)) {
            continue;
        }
        auto s = value ? m_db.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))
                       : m_db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?1"));
        if (!s) {
            return withContext(s.error(), context);
        }
        s->bind(1, QString(field.key));
        if (value) {
            s->bind(2, *value);
        }
        if (auto r = s->run(); !r) {
            return withContext(r.error(), context);
        }
        changed = true;
    }
    if (auto r = tx->commit(); !r) {
        return withContext(r.error(), context);
    }
    return changed;
}

} // namespace ebb
