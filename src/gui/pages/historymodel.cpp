// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/historymodel.h"

#include "domain/note.h"
#include "domain/sleeptime.h"
#include "settings/clock.h"
#include "storage/journal.h"

#include <QLocale>
#include <QPalette>

namespace ebb {
namespace {

QString score(std::optional<int> value)
{
    return value ? QString::number(*value) : QStringLiteral("–");
}

} // namespace

HistoryModel::HistoryModel(Journal &journal, QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{}

Result<void> HistoryModel::reload()
{
    m_today = m_journal.clock().today();
    auto checkIns = m_journal.checkIns({}, m_today);
    if (!checkIns) {
        return checkIns.error();
    }
    // From the first check-in on: days before the journal began are not missed days (on day one a
    // column of "No check-in" rows read as a reproach). Earlier days stay reachable on the check-in page.
    QDate first = m_today;
    if (!checkIns->empty() && checkIns->front().date < first) {
        first = checkIns->front().date;
    }
    std::vector<Row> rows;
    rows.reserve(size_t(first.daysTo(m_today) + 1));
    auto next = checkIns->rbegin();
    for (QDate day = m_today; day >= first; day = day.addDays(-1)) {
        Row row{day, std::nullopt};
        if (next != checkIns->rend() && next->date == day) {
            row.checkIn = std::move(*next);
            ++next;
        }
        rows.push_back(std::move(row));
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return {};
}

QDate HistoryModel::dateAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < int(m_rows.size()) ? m_rows[size_t(index.row())].date : QDate();
}

int HistoryModel::rowOf(QDate day) const
{
    // Rows are one per day, newest first, so the row is the distance from today.
    const qint64 row = day.daysTo(m_today);
    return row >= 0 && row < qint64(m_rows.size()) ? int(row) : -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::displayText(const Row &row, int column) const
{
    if (column == DayColumn) {
        return QLocale().toString(row.date, QStringLiteral("ddd d MMM yyyy"));
    }
    if (!row.checkIn) {
        return column == NoteColumn ? tr("No check-in — press Enter to add one") : QVariant();
    }
    const CheckIn &c = *row.checkIn;
    switch (column) {
    case EnergyColumn:
        return score(c.energy);
    case MoodColumn:
        return score(c.mood);
    case StressColumn:
        return score(c.stress);
    case LoadColumn:
        return score(c.load);
    case SleepColumn:
        return c.sleepMinutes ? sleepTimeText(*c.sleepMinutes) : QStringLiteral("–");
    case NoteColumn:
        return c.note.section(QLatin1Char('\n'), 0, 0).left(120);
    default:
        return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ForegroundRole:
        if (!row.checkIn && index.column() != DayColumn) {
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() != DayColumn && index.column() != NoteColumn) {
            return int(Qt::AlignCenter);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == NoteColumn && row.checkIn ? QVariant(row.checkIn->note) : QVariant();
    case DateRole:
        return row.date;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DayColumn:
        return tr("Day");
    case EnergyColumn:
        return tr("Energy");
    case MoodColumn:
        return tr("Mood");
    case StressColumn:
        return tr("Stress");
    case LoadColumn:
        return tr("Load");
    case SleepColumn:
        return tr("Sleep");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ebb
