// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ebb {

void installTranslations(QCoreApplication &app)
{
    auto *ebbWords = new QTranslator(&app);
    if (ebbWords->load(QLocale(), QStringLiteral("ebb"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ebbWords);
    }
    auto *qtWords = new QTranslator(&app);
    if (qtWords->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtWords);
    }
}

} // namespace ebb
