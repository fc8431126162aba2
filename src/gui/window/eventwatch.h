// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>

#include <functional>

class QObject;
class QWidget;

namespace ebb {

/**
 * Calls `handler` each time `watched` receives an event of `type`, for as long as `owner` lives
 * and the handler returns true; returning false stops the watch. The event itself always goes on.
 */
void watchEvent(QObject *owner, QObject *watched, QEvent::Type type, std::function<bool()> handler);

/**
 * Runs `then` once, just after `widget` has first been painted and that frame is on screen: for
 * work that should not delay Ebb's first frame. (A zero-delay timer set while the window is built
 * is not enough: it can fire before the window server has asked for the first frame.) Nothing
 * runs if the widget is never painted or is destroyed first.
 */
void afterFirstFrame(QWidget *widget, std::function<void()> then);

} // namespace ebb
