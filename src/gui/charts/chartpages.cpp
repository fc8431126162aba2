// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpages.h"

#include "window/appearance.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPluginLoader>

#include <algorithm>
#include <optional>

namespace ebb {
namespace {

const QString kModuleName = QStringLiteral("ebb-charts.so");

std::optional<Result<ChartPages *>> &chosen()
{
    static std::optional<Result<ChartPages *>> pages;
    return pages;
}

} // namespace

QStringList chartPagesCandidates(const QString &programDir)
{
    // Beside the program in a build; in Ebb's library folder once installed (EBB_CHARTS_DIR is
    // that folder relative to the program's, from the same install paths CMake uses).
    return {QDir(programDir).filePath(kModuleName),
            QDir::cleanPath(QDir(programDir).filePath(QStringLiteral(EBB_CHARTS_DIR "/") + kModuleName))};
}

Result<ChartPages *> loadChartPages(const QString &path)
{
    // Kept for the life of the program: the pages' code lives in it.
    auto *loader = new QPluginLoader(path, qApp);
    QObject *root = loader->instance();
    auto *pages = qobject_cast<ChartPages *>(root);
    if (pages == nullptr) {
        const QString why = root == nullptr
                                ? loader->errorString()
                                : QCoreApplication::translate("ebb::ChartPages", "it is not Ebb's chart module");
        delete loader;
        return errorWith(QCoreApplication::translate("ebb::ChartPages",
                                                     "Ebb could not load its charts from %1 (%2). Your journal is "
                                                     "not affected; reinstalling Ebb should bring the charts back.")
                             .arg(QDir::toNativeSeparators(path), why));
    }
    return pages;
}

Result<ChartPages *> chartPages()
{
    if (!chosen()) {
        const QStringList candidates = chartPagesCandidates(QCoreApplication::applicationDirPath());
        auto found = std::find_if(candidates.begin(), candidates.end(),
                                  [](const QString &path) { return QFileInfo::exists(path); });
        chosen() = found != candidates.end()
                       ? loadChartPages(*found)
                       : Result<ChartPages *>(errorWith(
                             QCoreApplication::translate("ebb::ChartPages",
                                                         "Ebb's charts are missing (%1 is not there). Your journal is "
                                                         "not affected; reinstalling Ebb should bring them back.")
                                 .arg(QDir::toNativeSeparators(candidates.constLast()))));
    }
    return *chosen();
}

QLabel *chartsMissingBanner(const QString &why, QWidget *parent)
{
    auto *banner = new QLabel(why, parent);
    banner->setObjectName(QStringLiteral("chartMissing"));
    banner->setWordWrap(true);
    styleBanner(banner, BannerKind::Caution);
    return banner;
}

void useChartPages(Result<ChartPages *> pages)
{
    chosen() = std::move(pages);
}

} // namespace ebb
