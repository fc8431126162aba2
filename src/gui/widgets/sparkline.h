// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <optional>
#include <vector>

namespace ebb {

/**
 * A small picture of one measure over the last weeks: the person's usual as a soft band (or a line,
 * such as the sleep they need), the days as a line with gaps where nothing was recorded. Painted
 * directly, so the status panel needs no chart library.
 */
class Sparkline : public QWidget
{
    Q_OBJECT

public:
    explicit Sparkline(QWidget *parent = nullptr);

    /** One value per day, oldest first (nullopt: not recorded); the scale's range; the usual band. */
    void setData(std::vector<std::optional<double>> values, double min, double max, std::optional<double> usualLow,
                 std::optional<double> usualHigh);
    const std::vector<std::optional<double>> &values() const { return m_values; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<std::optional<double>> m_values;
    double m_min = 0.0;
    double m_max = 10.0;
    std::optional<double> m_usualLow;
    std::optional<double> m_usualHigh;
};

} // namespace ebb
