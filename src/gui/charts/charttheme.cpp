// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/charttheme.h"

#include "window/appearance.h"

#include <QChart>
#include <QPalette>

namespace ebb {

void themeChart(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's own backgrounds are louder than the window; take the palette's instead.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
}

} // namespace ebb
