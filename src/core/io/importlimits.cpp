// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlimits.h"

#include "domain/checkin.h"

#include <algorithm>

namespace ebb {
namespace {

constexpr qsizetype kQuotedMaxLength = 40;

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

QString quotedForMessage(const QString &value)
{
    qsizetype shown = std::min(value.size(), kQuotedMaxLength);
    if (shown < value.size() && value.at(shown - 1).isHighSurrogate()) {
        --shown; // never cut a character in two
    }
    QString excerpt = value.left(shown);
    for (QChar &c : excerpt) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            c = QLatin1Char(' ');
        } else if (c.category() == QChar::Other_Control) {
            c = QChar::ReplacementCharacter;
        }
    }
    if (shown == value.size()) {
        return QStringLiteral("\"%1\"").arg(excerpt);
    }
    return QStringLiteral("\"%1…\" (%2 characters)").arg(excerpt, QString::number(value.size()));
}

QString dayWindowProblem(const char *column, const QString &text, QDate day, QDate today)
{
    const QDate first(1900, 1, 1);
    const QDate last = today.addYears(1);
    if (day >= first && day <= last) {
        return {};
    }
    return QStringLiteral("%1 must be a day from %2 to %3, a year after today (it was %4).")
        .arg(QString::fromLatin1(column), first.toString(Qt::ISODate), last.toString(Qt::ISODate),
             quotedForMessage(text));
}

QString noteLengthProblem(qsizetype length)
{
    if (length <= kNoteMaxLength) {
        return {};
    }
    return QStringLiteral("the note is %1 characters long; Ebb keeps notes of up to %2 characters. Shorten it or "
                          "split it over other days, and try again.")
        .arg(length)
        .arg(kNoteMaxLength);
}

QString controlCharacterProblem(const QStringList &fields, const QStringList &columns)
{
    for (qsizetype column = 0; column < fields.size(); ++column) {
        const QString &cell = fields.at(column);
        for (qsizetype i = 0; i < cell.size(); ++i) {
            const QChar c = cell.at(i);
            if (!isControl(c)) {
                continue;
            }
            const QString header = column < columns.size() ? columns.at(column).trimmed() : QString();
            const QString name = header.isEmpty()                   ? QStringLiteral("column %1").arg(column + 1)
                                 : header.size() > kQuotedMaxLength ? quotedForMessage(header)
                                                                    : header;
            return QStringLiteral("the %1 cell holds an invisible control character (%2)%3 at position %4. Remove "
                                  "it and try again.")
                .arg(name, codePoint(c), c.unicode() == 0 ? QStringLiteral(", the NUL character,") : QString(),
                     QString::number(i + 1));
        }
    }
    return {};
}

} // namespace ebb
