// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/appsettings.h"

#include <QColor>

#include <functional>

class QFont;
class QObject;
class QLabel;
class QPalette;

namespace ebb {

/**
 * Applies the chosen look to the whole application. System keeps the desktop's own style and
 * palette (as they were when Ebb started); Light and Dark use the Fusion style with a calm palette
 * of their own, so they look the same on every desktop.
 */
void applyAppearance(Appearance appearance);

/**
 * The one heading type of Ebb's pages (a page's date, the status headline): `base` larger and bold.
 * One size and weight for every heading looks calmer, and each extra font costs start-up time.
 */
QFont headingFont(const QFont &base);

/** The WCAG 2 contrast ratio of two colours, from 1 (none) to 21. */
double contrastRatio(const QColor &a, const QColor &b);

/**
 * The face of a chosen answer (a selected segment): the palette's highlight, deepened or lifted
 * until its text (HighlightedText) stands out by at least 4.5:1 everywhere on the button, whose
 * face the style paints lighter towards its top.
 */
QColor chosenAnswerColour(const QPalette &palette);

/** True when the palette's window is darker than its text: a dark theme, chosen or the desktop's. */
bool isDark(const QPalette &palette);

/**
 * Calls `changed` after every change of the application's palette (a new appearance, or the
 * desktop's theme), for as long as `context` lives.
 */
void onPaletteChanged(QObject *context, std::function<void()> changed);

/** What a banner says, which decides its tint: a problem, a caution, news, or a gentle nudge. */
enum class BannerKind { Problem, Caution, Info, Gentle };

/** A banner's colours in `palette`: a faint wash of the kind's hue behind the palette's text. */
struct BannerColours
{
    QColor background;
    QColor text;
    QColor border;
};
BannerColours bannerColours(BannerKind kind, const QPalette &palette);

/**
 * Styles `label` as a softly tinted banner of `kind` that stays readable in light and dark
 * palettes, and follows the palette when it changes while the label is shown.
 */
void styleBanner(QLabel *label, BannerKind kind);

/** The colours charts draw with, chosen for contrast against the palette's base. */
enum class ChartColour { Energy, Mood, Stress, Band, FlagPeriod };
QColor chartColour(ChartColour role, const QPalette &palette);

} // namespace ebb
