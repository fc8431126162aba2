// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace ebb {

/**
 * Sizes `window` to its contents each time it is about to be shown: wide enough for its widest
 * row, tall enough for every row at that width (wrapped text included), and never larger than the
 * screen's free area. Qt sizes a window with wrapped text for its preferred width only, and not at
 * all when the window already has a size: a dialog whose rows were added after it was built opened
 * with fields squeezed to a few pixels. No minimum is set by hand: the layout keeps its own, so a
 * window still grows for rows that appear later (an error line).
 */
void fitToContents(QWidget *window);

/** Does what fitToContents does once, now. */
void fitToContentsNow(QWidget *window);

} // namespace ebb
