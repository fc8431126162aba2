// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a synthetic journal ending today, for screenshots and benchmarks:
//   make_demo_journal PATH [DAYS=90] [stable|drop|slide|boombust|variance] [SEED=1]
// The change (if any) starts 14 days before the end. Never point it at a real journal.
#include "settings/clock.h"
#include "storage/journal.h"
#include "syntheticdiary.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace ebb;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || QFileInfo::exists(args[1])) {
        std::fprintf(stderr, "usage: make_demo_journal NEW_PATH [DAYS] [stable|drop|slide|boombust|variance] [SEED]\n"
                             "(the file must not exist yet)\n");
        return 2;
    }
    const int days = args.size() > 2 ? args[2].toInt() : 90;
    const QString kind = args.size() > 3 ? args[3] : QStringLiteral("slide");
    const auto seed = args.size() > 4 ? args[4].toULongLong() : 1ULL;
    const QHash<QString, test::Scenario> scenarios = {{QStringLiteral("stable"), test::Scenario::Stable},
                                                      {QStringLiteral("drop"), test::Scenario::SuddenDrop},
                                                      {QStringLiteral("slide"), test::Scenario::SlowSlide},
                                                      {QStringLiteral("boombust"), test::Scenario::BoomBust},
                                                      {QStringLiteral("variance"), test::Scenario::RisingVariance}};
    const QDate today = QDate::currentDate();
    const QDate start = today.addDays(1 - days);
    const auto diary = test::syntheticDiary(scenarios.value(kind), days, days - 14, seed, start);

    const SystemClock clock;
    auto journal = Journal::open(args[1], clock);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.errorString()));
        return 1;
    }
    if (auto r = test::saveDiary(**journal, diary); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.errorString()));
        return 1;
    }
    std::printf("wrote %zu check-ins to %s\n", diary.size(), qPrintable(args[1]));
    return 0;
}
