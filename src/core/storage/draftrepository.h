// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace ebb {

class Database;

/** An unsaved check-in form, kept so that nothing typed is lost if Ebb is closed or killed. */
struct Draft
{
    QDate date;
    QString payload; ///< The form as JSON (see checkinjson.h).
    QDateTime savedAt;
};

/** Drafts live in the journal itself, so they get the same durability and, later, encryption. */
class DraftRepository
{
public:
    explicit DraftRepository(Database &db);

    Result<void> save(QDate day, const QString &payload, const QDateTime &now);
    Result<std::optional<Draft>> find(QDate day) const;
    Result<void> remove(QDate day);
    /** Days that have a draft, oldest first. */
    Result<std::vector<QDate>> days() const;

private:
    Database &m_db;
};

} // namespace ebb
