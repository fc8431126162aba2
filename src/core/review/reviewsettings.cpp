// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ebb {

ReviewSettings ReviewSettings::fromStored(const std::optional<QString> &prompts, const std::optional<QString> &weekday)
{
    ReviewSettings settings;
    if (prompts) {
        std::vector<ReviewPrompt> read;
        for (const auto &v : QJsonDocument::fromJson(prompts->toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            const QString key = o.value(QStringLiteral("key")).toString();
            const QString text = o.value(QStringLiteral("text")).toString().trimmed();
            if (!key.isEmpty() && !text.isEmpty()) {
                read.push_back({key, text});
            }
        }
        if (!read.empty()) {
            settings.prompts = std::move(read);
        }
    }
    if (weekday) {
        const int day = weekday->toInt();
        if (day >= 1 && day <= 7) {
            settings.weekday = day;
        }
    }
    return settings;
}

QString ReviewSettings::promptsToStored() const
{
    QJsonArray array;
    for (const ReviewPrompt &p : prompts) {
        array.append(QJsonObject{{QStringLiteral("key"), p.key}, {QStringLiteral("text"), p.text}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace ebb
