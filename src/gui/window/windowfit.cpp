// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/windowfit.h"

#include "window/eventwatch.h"

#include <QGuiApplication>
#include <QLayout>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace ebb {

void fitToContentsNow(QWidget *window)
{
    QLayout *layout = window->layout();
    if (layout == nullptr) {
        return;
    }
    layout->activate();
    const QScreen *screen = window->screen() != nullptr ? window->screen() : QGuiApplication::primaryScreen();
    // Room for a title bar: the free area counts the window's frame, a widget's size does not.
    const QSize free = screen != nullptr ? screen->availableGeometry().size() - QSize(16, 48) : QSize(1280, 720);
    const int width = std::min(std::max(window->width(), window->sizeHint().width()), free.width());
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : window->sizeHint().height();
    const int height = std::min(std::max(needed, layout->totalMinimumSize().height()), free.height());
    if (std::max(needed, layout->totalMinimumSize().height()) > free.height()) {
        // More than the screen holds: the window stays on screen (its rows scroll or squeeze). Only
        // then is a minimum set by hand; otherwise the layout keeps its own, and grows with new rows.
        window->setMinimumHeight(free.height());
    }
    window->resize(width, std::max(height, std::min(window->height(), free.height())));
}

void fitToContents(QWidget *window)
{
    watchEvent(window, window, QEvent::Show, [window] {
        fitToContentsNow(window);
        return true;
    });
}

} // namespace ebb
