// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The charts module (ebb-charts.so): Ebb loads it with QPluginLoader the first time a chart is
// needed. Its code calls into the program (Journal, the pacing engine, the look), which exports
// its symbols for it.
#include "charts/qtchartpages.h"

#include <QObject>

namespace ebb {

class ChartsModule : public QObject, public QtChartPages
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID EBB_CHART_PAGES_IID)
    Q_INTERFACES(ebb::ChartPages)
};

} // namespace ebb

#include "chartsmodule.moc"
