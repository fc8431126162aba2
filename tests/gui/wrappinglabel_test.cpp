// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/wrappinglabel.h"

#include <QFont>
#include <QVBoxLayout>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace ebb;

namespace {

const QString kLong = QStringLiteral("Ebb is not a medical tool and cannot diagnose anything. If you are struggling, "
                                     "please talk to your doctor or someone you trust.");

/** QLabel's own answer for the same text, font and margins: what the kept answer must equal. */
int plainHeight(const WrappingLabel &kept, int width)
{
    QLabel plain(kept.text());
    plain.setWordWrap(kept.wordWrap());
    plain.setFont(kept.font());
    plain.setContentsMargins(kept.contentsMargins());
    plain.setMargin(kept.margin());
    plain.setIndent(kept.indent());
    return plain.heightForWidth(width);
}

} // namespace

TEST_CASE("a wrapping label answers as QLabel does, at every width asked", "[gui][label]")
{
    WrappingLabel label(kLong);
    REQUIRE(label.wordWrap());
    REQUIRE(label.hasHeightForWidth());
    for (const int width : {120, 240, 480, 120, 240, 960, 480}) { // repeats come from what was kept
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
    }
    CHECK(label.heightForWidth(120) > label.heightForWidth(480)); // narrower is taller
}

TEST_CASE("a wrapping label measures again when what its height depends on changes", "[gui][label]")
{
    WrappingLabel label(kLong);
    const int before = label.heightForWidth(200);

    SECTION("new text")
    {
        label.setText(QStringLiteral("Short."));
        CHECK(label.heightForWidth(200) < before);
        CHECK(label.heightForWidth(200) == plainHeight(label, 200));
    }
    SECTION("a larger font")
    {
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        CHECK(label.heightForWidth(200) > before);
        CHECK(label.heightForWidth(200) == plainHeight(label, 200));
    }
    SECTION("wider margins")
    {
        label.setContentsMargins(40, 10, 40, 10);
        CHECK(label.heightForWidth(200) > before);
        CHECK(label.heightForWidth(200) == plainHeight(label, 200));
    }
    SECTION("an indent")
    {
        label.setIndent(60);
        CHECK(label.heightForWidth(200) == plainHeight(label, 200));
        CHECK(label.heightForWidth(200) > before);
    }
    SECTION("no longer wrapping")
    {
        label.setWordWrap(false);
        CHECK(label.heightForWidth(200) == plainHeight(label, 200));
        CHECK(label.heightForWidth(200) != before);
    }
}

TEST_CASE("a wrapping label keeps the right answers while many widths come and go", "[gui][label]")
{
    WrappingLabel label(kLong);
    // More widths than are kept: the oldest make room, and every answer is still QLabel's.
    for (int round = 0; round < 3; ++round) {
        for (int width = 100; width <= 600; width += 25) {
            REQUIRE(label.heightForWidth(width) == plainHeight(label, width));
        }
    }
}

TEST_CASE("a layout with a wrapping label is as tall as one with QLabel, after the text changes too", "[gui][label]")
{
    QWidget kept;
    auto *keptLabel = new WrappingLabel(kLong, &kept);
    (new QVBoxLayout(&kept))->addWidget(keptLabel);
    QWidget plain;
    auto *plainLabel = new QLabel(kLong, &plain);
    plainLabel->setWordWrap(true);
    (new QVBoxLayout(&plain))->addWidget(plainLabel);
    for (const int width : {220, 400, 220}) {
        CHECK(kept.layout()->totalHeightForWidth(width) == plain.layout()->totalHeightForWidth(width));
    }
    const int shortBefore = kept.layout()->totalHeightForWidth(220);
    keptLabel->setText(kLong + QLatin1Char(' ') + kLong);
    plainLabel->setText(kLong + QLatin1Char(' ') + kLong);
    CHECK(kept.layout()->totalHeightForWidth(220) == plain.layout()->totalHeightForWidth(220));
    CHECK(kept.layout()->totalHeightForWidth(220) > shortBefore);
}
