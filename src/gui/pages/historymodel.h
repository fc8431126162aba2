// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/checkin.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace ebb {

class Journal;

/**
 * Every day from the first check-in (or the last two weeks, if that is earlier) to today,
 * newest first, with that day's check-in if there is one. Days without one are listed too, so a
 * missed day can be filled in later.
 */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DayColumn, EnergyColumn, MoodColumn, StressColumn, LoadColumn, SleepColumn, NoteColumn, ColumnCount };
    static constexpr int DateRole = Qt::UserRole;

    explicit HistoryModel(Journal &journal, QObject *parent = nullptr);

    /** Reads the journal again; returns the error, if any, and keeps the old rows then. */
    Result<void> reload();
    QDate dateAt(const QModelIndex &index) const;
    int rowOf(QDate day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QDate date;
        std::optional<CheckIn> checkIn;
    };
    QVariant displayText(const Row &row, int column) const;

    Journal &m_journal;
    std::vector<Row> m_rows;
    QDate m_today;
};

} // namespace ebb
