// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/trendspage.h"
#include "dialogs/settingsdialog.h"
#include "pages/reviewpage.h"
#include "syntheticdiary.h"
#include "testsupport.h"
#include "widgetlookup.h"
#include "widgets/segmentedscale.h"
#include "window/appearance.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOptionButton>
#include <QVBoxLayout>

#include <cmath>

using namespace ebb;
using ebb::test::child;
using ebb::test::FixedClock;
using ebb::test::requireOk;
using ebb::test::TempDir;

namespace {

/** WCAG 2 relative luminance and contrast ratio (1 to 21). */
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/** Puts the look back as the desktop has it, whatever a test did. */
struct SystemLookAfter
{
    ~SystemLookAfter() { applyAppearance(Appearance::System); }
};

QColor firstLineColour(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(s);
            line != nullptr && s->type() == QAbstractSeries::SeriesTypeLine) {
            return line->pen().color();
        }
    }
    return {};
}

} // namespace

TEST_CASE("dark and light looks can be chosen, and System gives the desktop's back", "[gui][appearance]")
{
    SystemLookAfter restore;
    const auto baseName = [] {
        const auto *calm = qobject_cast<const QProxyStyle *>(QApplication::style());
        return calm != nullptr ? calm->baseStyle()->name() : QApplication::style()->name();
    };
    const QString systemStyle = baseName();
    const bool systemDark = isDark(QApplication::palette());

    applyAppearance(Appearance::Dark);
    CHECK(isDark(QApplication::palette()));
    // Body text on the dark window and in fields stays easy to read (WCAG AAA is 7:1).
    CHECK(contrast(QApplication::palette().color(QPalette::Window),
                   QApplication::palette().color(QPalette::WindowText)) >= 7.0);
    CHECK(contrast(QApplication::palette().color(QPalette::Base), QApplication::palette().color(QPalette::Text)) >=
          7.0);

    applyAppearance(Appearance::Light);
    CHECK_FALSE(isDark(QApplication::palette()));

    applyAppearance(Appearance::System);
    CHECK(baseName() == systemStyle); // the desktop's style, with Ebb's unframed group boxes over it
    CHECK(isDark(QApplication::palette()) == systemDark);
}

TEST_CASE("banners keep readable text in light and dark, and follow a change of look", "[gui][appearance]")
{
    SystemLookAfter restore;
    for (const Appearance look : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(look);
        const QPalette palette = QApplication::palette();
        for (const BannerKind kind : {BannerKind::Problem, BannerKind::Caution, BannerKind::Info, BannerKind::Gentle}) {
            const BannerColours c = bannerColours(kind, palette);
            INFO("look " << int(look) << ", banner kind " << int(kind));
            CHECK(contrast(c.background, c.text) >= 4.5);         // WCAG AA for body text
            CHECK(c.background != palette.color(QPalette::Base)); // tinted, so it is noticed
        }
    }

    applyAppearance(Appearance::Light);
    QLabel banner;
    styleBanner(&banner, BannerKind::Problem);
    const QString light = banner.styleSheet();
    CHECK(light.contains(bannerColours(BannerKind::Problem, QApplication::palette()).background.name()));
    applyAppearance(Appearance::Dark);
    CHECK(banner.styleSheet() != light);
    CHECK(banner.styleSheet().contains(bannerColours(BannerKind::Problem, QApplication::palette()).background.name()));
    // Styling again changes the kind rather than stacking a second styler.
    styleBanner(&banner, BannerKind::Info);
    CHECK(banner.styleSheet().contains(bannerColours(BannerKind::Info, QApplication::palette()).background.name()));
    CHECK(banner.children().size() == 1); // one palette watcher, not two
}

TEST_CASE("an empty tick box can be seen in light and dark", "[gui][appearance]")
{
    SystemLookAfter restore;
    for (const Appearance look : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(look);
        QCheckBox box(QStringLiteral("Share this note with my therapist"));
        box.resize(box.sizeHint());
        const QImage image = box.grab().toImage();
        QStyleOptionButton option;
        option.initFrom(&box);
        const QRect indicator = box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
        const QColor base = QApplication::palette().color(QPalette::Base);
        double strongest = 1;
        for (int y = indicator.top(); y <= indicator.bottom(); ++y) {
            for (int x = indicator.left(); x <= indicator.right(); ++x) {
                strongest = std::max(strongest, contrast(image.pixelColor(x, y), base));
            }
        }
        INFO("look " << int(look));
        CHECK(strongest >= 3.0); // its edge stands out from the field behind it
    }
}

TEST_CASE("chart lines stand out from the chart's background in light and dark", "[gui][appearance]")
{
    SystemLookAfter restore;
    for (const Appearance look : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(look);
        const QColor base = QApplication::palette().color(QPalette::Base);
        for (const ChartColour line : {ChartColour::Energy, ChartColour::Mood, ChartColour::Stress}) {
            INFO("look " << int(look) << ", line " << int(line));
            CHECK(contrast(chartColour(line, QApplication::palette()), base) >= 3.0); // WCAG non-text contrast
        }
    }
}

TEST_CASE("the trends and week charts are redrawn in the new look", "[gui][appearance][trends]")
{
    SystemLookAfter restore;
    FixedClock clock;
    auto journal = ebb::test::memoryJournal(clock);
    requireOk(
        test::saveDiary(*journal, test::syntheticDiary(test::Scenario::Stable, 60, 60, 2, clock.today().addDays(-59))));
    applyAppearance(Appearance::Light);
    TrendsPage trends(*journal);
    ReviewPage review(*journal);
    trends.show();
    review.show();
    review.showWeek(clock.today());
    REQUIRE(trends.chart() != nullptr);
    const QColor lightLine = firstLineColour(trends.chart());
    CHECK(lightLine == chartColour(ChartColour::Energy, QApplication::palette()));

    applyAppearance(Appearance::Dark);
    const QPalette dark = QApplication::palette();
    CHECK(firstLineColour(trends.chart()) == chartColour(ChartColour::Energy, dark));
    CHECK(trends.chart()->backgroundBrush().color() == dark.color(QPalette::Base));
    auto *weekView = child<QChartView>(review, "weekChart");
    CHECK(weekView->chart()->backgroundBrush().color() == dark.color(QPalette::Base));
    CHECK(firstLineColour(weekView->chart()) == chartColour(ChartColour::Energy, dark));
}

TEST_CASE("the appearance chosen in Settings is kept", "[gui][appearance][settings]")
{
    SystemLookAfter restore;
    TempDir tmp;
    AppSettings settings(tmp.path(QStringLiteral("Ebb.conf")));
    {
        SettingsDialog dialog(settings, tmp.path(QStringLiteral("config")));
        auto *combo = child<QComboBox>(dialog, "appearanceCombo");
        CHECK(Appearance(combo->currentData().toInt()) == Appearance::System);
        combo->setCurrentIndex(combo->findData(int(Appearance::Dark)));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    CHECK(AppSettings(tmp.path(QStringLiteral("Ebb.conf"))).appearance() == Appearance::Dark);
    SettingsDialog again(settings, tmp.path(QStringLiteral("config")));
    CHECK(child<QComboBox>(again, "appearanceCombo")->currentText() == QStringLiteral("Dark"));
}

TEST_CASE("a group of fields has a heading and space, not a frame, in every look", "[gui][appearance]")
{
    SystemLookAfter restore;
    for (const Appearance look : {Appearance::System, Appearance::Light, Appearance::Dark}) {
        applyAppearance(look);
        QGroupBox box(QStringLiteral("How was the day?"));
        auto *layout = new QVBoxLayout(&box);
        layout->addWidget(new QLabel(QStringLiteral("Energy")));
        box.resize(240, 120);
        const QImage image = box.grab().toImage();
        const QColor window = box.palette().color(QPalette::Window);
        int framePixels = 0;
        for (int x = 4; x < image.width() - 4; ++x) {
            for (const int y : {image.height() - 2, image.height() - 3}) {
                framePixels += image.pixelColor(x, y) != window ? 1 : 0;
            }
        }
        INFO("look " << int(look));
        CHECK(framePixels == 0);
        // The title is drawn: some pixels of the top rows are text.
        int titlePixels = 0;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < box.fontMetrics().height(); ++y) {
                titlePixels += image.pixelColor(x, y) != window ? 1 : 0;
            }
        }
        CHECK(titlePixels > 20);
    }
}

TEST_CASE("a chosen answer's text stands out from its button by 4.5:1 or more, light and dark", "[gui][appearance]")
{
    SystemLookAfter restore;
    for (const Appearance look : {Appearance::Light, Appearance::Dark}) {
        applyAppearance(look);
        SegmentedScale scale;
        scale.setScale(0, 10, QStringLiteral("empty"), QStringLiteral("full"));
        scale.setOptionalValue(5);
        scale.resize(400, 40);
        scale.show();
        const QRect chosen = scale.segmentRect(5);
        const QImage image = scale.grab(chosen).toImage();
        const QColor text = scale.palette().color(QPalette::HighlightedText);
        // The segment's face, top to bottom along its left inner edge: the lightest spot is the worst case.
        double worst = 21.0;
        for (int y = 3; y < image.height() - 3; ++y) {
            worst = std::min(worst, contrast(image.pixelColor(3, y), text));
        }
        INFO("look " << int(look));
        CHECK(worst >= 4.5);
    }
}
