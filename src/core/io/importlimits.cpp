// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlimits.h"

namespace ebb {
namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control && c != QLatin1Char('\t') && c != QLatin1Char('\n') &&
           c != QLatin1Char('\r');
}

QString codePoint(QChar c)
{
    return QStringLiteral("U+%1").arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0')));
}

} // namespace

QString controlCharacterProblem(const QStringList &fields, const QStringList &columns)
{
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const QString &cell = fields.at(column);
        for (qsizetype i = 0; i < cell.size(); ++i) {
            const QChar c = cell.at(i);
            if (!isControl(c)) {
                continue;
            }
            const QString name = column < columns.size() && !columns.at(column).trimmed().isEmpty()
                                     ? columns.at(column).trimmed()
                                     : QStringLiteral("column %1").arg(column + 1);
            return QStringLiteral("the %1 cell holds an invisible control character (%2)%3 at position %4. Remove "
                                  "it and try again.")
                .arg(name, codePoint(c), c.unicode() == 0 ? QStringLiteral(", the NUL character,") : QString(),
                     QString::number(i + 1));
        }
    }
    return {};
}

} // namespace ebb
