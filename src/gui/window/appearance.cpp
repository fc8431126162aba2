// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/appearance.h"

#include "window/eventwatch.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QLabel>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QStyleOptionGroupBox>

#include <algorithm>
#include <cmath>

namespace ebb {
namespace {

/** The desktop's own style, remembered before Ebb first changes it so System can go back. */
const QString &systemStyleName()
{
    static const QString name = [] {
        const auto *calm = qobject_cast<const QProxyStyle *>(QApplication::style());
        return calm != nullptr ? calm->baseStyle()->name() : QApplication::style()->name();
    }();
    return name;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/** A dark palette in the same quiet blue-grey as the light one; text contrast above 7:1. */
QPalette darkPalette()
{
    const QColor window(0x26, 0x2a, 0x2f);
    const QColor base(0x1e, 0x21, 0x25);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor disabled(0x80, 0x86, 0x8d);
    const QColor highlight(0x5b, 0x8d, 0xb8);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x30, 0x36));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x38, 0x3e));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x32, 0x37, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x9e, 0x9e));
    p.setColor(QPalette::Light, QColor(0x45, 0x4b, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x40, 0x46));
    p.setColor(QPalette::Mid, QColor(0x2c, 0x31, 0x36));
    p.setColor(QPalette::Dark, QColor(0x17, 0x19, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x8c, 0xc0, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa8, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x4a, 0x50));
    return p;
}

/**
 * Ebb's calm look over a base style (Fusion for Light and Dark, the desktop's for System):
 * - group boxes lose their frame and keep their bold title: a heading and space group a block,
 *   not a box around it (docs/visual-language.md);
 * - with an `outlineSource`, tick boxes and radio buttons get an edge that can be seen (3:1
 *   against the field, as WCAG asks of controls). Qt 6.4's Fusion outlines them in the window
 *   colour darkened: on a dark palette that is darker than the field they sit in (an empty tick box
 *   vanished from the tag list), and on the light one a faint grey (1.9:1).
 */
class CalmStyle : public QProxyStyle
{
public:
    CalmStyle(QStyle *base, QColor outlineSource)
        : QProxyStyle(base)
        , m_outlineSource(outlineSource)
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
        if (m_outlineSource.isValid() && (element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton) &&
            button != nullptr) {
            QStyleOptionButton outlined(*button);
            outlined.palette.setColor(QPalette::Window, m_outlineSource); // Fusion: outline = Window.darker(140)
            QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
            control == CC_GroupBox && box != nullptr) {
            QStyleOptionGroupBox unframed(*box);
            unframed.subControls &= ~(SC_GroupBoxFrame | SC_GroupBoxLabel);
            QProxyStyle::drawComplexControl(control, &unframed, painter, widget);
            if ((box->subControls & SC_GroupBoxLabel) != 0 && !box->text.isEmpty()) {
                // The title as a heading: bold, in the text colour, free to be as wide as the box.
                const QRect label = subControlRect(CC_GroupBox, box, SC_GroupBoxLabel, widget);
                QFont bold = painter->font();
                bold.setBold(true);
                painter->save();
                painter->setFont(bold);
                const QRect room(label.topLeft(), QPoint(box->rect.right(), label.bottom()));
                proxy()->drawItemText(painter, room, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic,
                                      box->palette, (box->state & State_Enabled) != 0, box->text, QPalette::WindowText);
                painter->restore();
            }
            return;
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }

private:
    QColor m_outlineSource;
};

QColor bannerHue(BannerKind kind)
{
    switch (kind) {
    case BannerKind::Problem:
        return {0xc4, 0x4a, 0x4a};
    case BannerKind::Caution:
        return {0xc8, 0x8a, 0x2e};
    case BannerKind::Info:
        return {0x3c, 0x7a, 0xb8};
    case BannerKind::Gentle:
        break;
    }
    return {0x55, 0x9a, 0x48};
}

QString bannerStyleSheet(BannerKind kind, const QPalette &palette)
{
    const BannerColours c = bannerColours(kind, palette);
    return QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; padding: 6px; }")
        .arg(c.background.name(), c.text.name(), c.border.name());
}

const char *const kBannerKind = "ebbBannerKind";

void restyleBanner(QLabel *label)
{
    const auto kind = BannerKind(label->property(kBannerKind).toInt());
    label->setStyleSheet(bannerStyleSheet(kind, QApplication::palette()));
}

} // namespace

void applyAppearance(Appearance appearance)
{
    const QString &systemStyle = systemStyleName();
    switch (appearance) {
    case Appearance::System:
        // The desktop's style, with Ebb's calm group boxes over it.
        QApplication::setStyle(new CalmStyle(QStyleFactory::create(systemStyle), QColor()));
        // A palette with no roles set hands the colours back to the desktop's theme, so a later
        // change of the desktop's theme is followed again.
        QApplication::setPalette(QPalette());
        return;
    case Appearance::Light:
        QApplication::setStyle(
            new CalmStyle(QStyleFactory::create(QStringLiteral("Fusion")), QColor(0x9a, 0xa0, 0xa6)));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Appearance::Dark:
        QApplication::setStyle(
            new CalmStyle(QStyleFactory::create(QStringLiteral("Fusion")), QColor(0xa8, 0xaf, 0xb7)));
        QApplication::setPalette(darkPalette());
        return;
    }
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor chosenAnswerColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::HighlightedText);
    QColor face = palette.color(QPalette::Highlight);
    const bool lightText = text.lightnessF() > face.lightnessF();
    // Fusion's button gradient runs up to about a quarter lighter than the colour it is given.
    for (int step = 0; step < 40 && std::min(contrastRatio(face.lighter(130), text), contrastRatio(face, text)) < 4.5;
         ++step) {
        face = lightText ? face.darker(108) : face.lighter(108);
    }
    return face;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF();
}

BannerColours bannerColours(BannerKind kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const QColor base = palette.color(QPalette::Base);
    const QColor hue = bannerHue(kind);
    // A faint wash of the hue behind the palette's own text colour keeps the contrast the
    // palette already has; the border carries the colour.
    return {mix(base, hue, dark ? 0.22 : 0.12), palette.color(QPalette::Text), mix(base, hue, dark ? 0.6 : 0.45)};
}

void onPaletteChanged(QObject *context, std::function<void()> changed)
{
    // The application object hears of every change; widgets that are windows of their own do not.
    watchEvent(context, qApp, QEvent::ApplicationPaletteChange, [changed = std::move(changed)] {
        changed();
        return true;
    });
}

void styleBanner(QLabel *label, BannerKind kind)
{
    const bool watched = label->property(kBannerKind).isValid();
    label->setProperty(kBannerKind, int(kind));
    restyleBanner(label);
    if (!watched) {
        onPaletteChanged(label, [label] { restyleBanner(label); });
    }
}

QColor chartColour(ChartColour role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case ChartColour::Energy:
        return dark ? QColor(0x7f, 0xb6, 0xe0) : QColor(0x2f, 0x5d, 0x7c);
    case ChartColour::Mood:
        return dark ? QColor(0x8f, 0xcf, 0x8f) : QColor(0x4f, 0x8a, 0x5b);
    case ChartColour::Stress:
        return dark ? QColor(0xf0, 0xa8, 0x70) : QColor(0xc0, 0x6c, 0x3a);
    case ChartColour::Band:
        return dark ? QColor(0x5b, 0x8d, 0xb8, 90) : QColor(0x8f, 0xb3, 0xcc, 70);
    case ChartColour::FlagPeriod:
        break;
    }
    return dark ? QColor(0xe0, 0x9a, 0x5a, 70) : QColor(0xe0, 0x9a, 0x5a, 55);
}

QFont headingFont(const QFont &base)
{
    QFont heading = base;
    heading.setPointSizeF(base.pointSizeF() * 1.3);
    heading.setBold(true);
    return heading;
}

} // namespace ebb
