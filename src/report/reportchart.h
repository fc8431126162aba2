// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingtimeline.h"

#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace ebb {

/**
 * Paints one metric over the report's days into `area`, in vector strokes that survive black
 * and white printing: recorded values as a black line with dots (missed days are gaps), the
 * person's usual as a light grey band, and in a strip under the axis the days a pacing flag about
 * this measure was shown (hatched; solid at the stronger level).
 */
void paintMetricChart(QPainter &painter, const QRectF &area, const std::vector<TimelineDay> &days, Metric metric,
                      const QString &title);

} // namespace ebb
