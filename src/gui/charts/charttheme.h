// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QChart;
class QPalette;

namespace ebb {

/** Gives a new chart the light or dark theme that matches `palette`; call before adding series. */
void themeChart(QChart *chart, const QPalette &palette);

} // namespace ebb
