// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ebb-cli selfcheck: add a monthly burnout self-check (the Copenhagen Burnout Inventory's personal
// burnout scale), or list them.
#include "clicommon.h"
#include "domain/selfcheck.h"
#include "settings/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ebb::cli {
namespace {

const QDate kEarliestDay(1900, 1, 1); // as for imported days

int add(const QCommandLineParser &parser, const QCommandLineOption &dateOption, const QCommandLineOption &answers)
{
    const SystemClock clock;
    QDate day = clock.today();
    if (!readDate(parser, dateOption.names().first(), day)) {
        return usage(tr("--date wants a day as YYYY-MM-DD, not '%1'").arg(parser.value(dateOption).left(40)));
    }
    if (!parser.isSet(answers)) {
        return usage(tr("--answers is missing: six answers, each 0, 25, 50, 75 or 100, or empty to skip "
                        "one (e.g. --answers 50,75,,25,50,0)"));
    }
    if (day > clock.today() || day < kEarliestDay) {
        return fail(tr("Nothing was stored: %1 is not a day a self-check can look back from (from "
                       "1900-01-01 to today).")
                        .arg(day.toString(Qt::ISODate)));
    }
    SelfCheck check;
    check.date = day;
    QString problem;
    const auto parsed = parseSelfCheckAnswers(parser.value(answers), &problem);
    if (!parsed) {
        return fail(tr("Nothing was stored: ") + problem);
    }
    check.answers = *parsed;
    if (const QStringList problems = validationProblems(check); !problems.isEmpty()) {
        return fail(tr("Nothing was stored: ") + problems.join(QLatin1Char(' ')));
    }
    const QString path = journalPath(parser);
    auto lock = lockJournal(path);
    if (!lock) {
        return fail(lock.errorString());
    }
    auto journal = openForWriting(path);
    if (!journal) {
        return fail(journal.errorString());
    }
    auto saved = (*journal)->saveSelfCheck(check);
    if (!saved) {
        return fail(saved.errorString());
    }
    out() << tr("Self-check for %1 kept: %2 of 100 (%3 of %4 questions answered).")
                 .arg(day.toString(Qt::ISODate))
                 .arg(std::lround(saved->score().value_or(0)))
                 .arg(saved->answered())
                 .arg(kSelfCheckItems)
          << Qt::endl;
    return kOk;
}

int list(const QCommandLineParser &parser, const QCommandLineOption &format)
{
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json")) {
        return usage(tr("unknown format '%1' (text or json)").arg(outputFormat.left(40)));
    }
    auto journal = openForReading(parser);
    if (!journal) {
        return fail(journal.errorString());
    }
    auto checks = (*journal)->selfChecks();
    if (!checks) {
        return fail(checks.errorString());
    }
    if (outputFormat == QLatin1String("json")) {
        QJsonArray array;
        for (const SelfCheck &c : *checks) {
            array.append(QJsonObject{{QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                                     {QStringLiteral("score"), c.score().value_or(0)},
                                     {QStringLiteral("answered"), c.answered()}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kOk;
    }
    if (checks->empty()) {
        out() << tr("No self-checks yet.") << Qt::endl;
        return kOk;
    }
    for (const SelfCheck &c : *checks) {
        out() << tr("%1  %2 of 100  (%3 of %4 answered)")
                     .arg(c.date.toString(Qt::ISODate))
                     .arg(std::lround(c.score().value_or(0)), 3)
                     .arg(c.answered())
                     .arg(kSelfCheckItems)
              << Qt::endl;
    }
    out() << tr("50 or more is what studies usually call high. This is a self-check, not a diagnosis.") << Qt::endl;
    return kOk;
}

/** For `selfcheck add --help`: the six questions the answers belong to, in order, and what each value means. */
QString questionsHelp()
{
    QStringList questions;
    for (int item = 0; item < kSelfCheckItems; ++item) {
        questions << QStringLiteral("  %1. %2").arg(item + 1).arg(selfCheckQuestion(item));
    }
    QStringList values;
    for (const int value : {100, 75, 50, 25, 0}) {
        values << QStringLiteral("%1 = %2").arg(value).arg(selfCheckAnswerText(value));
    }
    return tr("The six answers, in this order, are to these questions (Copenhagen Burnout Inventory, personal "
              "burnout):\n%1\nEach answer: %2; leave one empty to skip it.")
        .arg(questions.join(QLatin1Char('\n')), values.join(QStringLiteral(", ")));
}

} // namespace

int runSelfCheck(const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption date(QStringLiteral("date"), tr("add: the day of the check (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption answers(
        QStringLiteral("answers"),
        tr("add: six answers in the questions' order, each 0 (never or almost never), 25 (seldom), 50 "
           "(sometimes), 75 (often) or 100 (always); empty skips one. At least three are needed."),
        QStringLiteral("A,B,C,D,E,F"));
    const QCommandLineOption format(QStringLiteral("format"), tr("list: text or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({date, answers, format});
    int exitCode = kOk;
    if (!parseCommand(parser, args,
                      tr("The monthly burnout self-check: the personal burnout scale of the Copenhagen "
                         "Burnout Inventory (Kristensen et al. 2005), six questions scored 0-100.\n"
                         "  selfcheck add --date YYYY-MM-DD --answers A,B,C,D,E,F\n"
                         "  selfcheck list [--format text|json]") +
                          QStringLiteral("\n\n") + questionsHelp(),
                      exitCode, QStringLiteral("add|list"), tr("Add a self-check, or list them."))) {
        return exitCode;
    }
    const QString action = parser.positionalArguments().constFirst();
    if (action == QLatin1String("add")) {
        if (parser.isSet(format)) {
            return usage(tr("--format belongs to 'selfcheck list'"));
        }
        return add(parser, date, answers);
    }
    if (action == QLatin1String("list")) {
        if (parser.isSet(date) || parser.isSet(answers)) {
            return usage(tr("--date and --answers belong to 'selfcheck add'"));
        }
        return list(parser, format);
    }
    return usage(tr("unknown action '%1' (add or list)").arg(action.left(40)));
}

} // namespace ebb::cli
