// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupwarmup.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QImage>
#include <QImageReader>
#include <QStringList>

#include <catch2/catch.hpp>

#include <fontconfig/fontconfig.h>

using namespace ebb;

TEST_CASE("fonts read on a second thread are the ones Qt then uses", "[gui][fonts]")
{
    FontConfigWarmUp warmUp;
    warmUp.wait();
    warmUp.wait(); // a second wait returns at once
    FcFontSet *system = FcConfigGetFonts(FcConfigGetCurrent(), FcSetSystem);
    REQUIRE(system != nullptr);
    CHECK(system->nfont > 0);
    CHECK_FALSE(QFontDatabase::families().isEmpty());
    CHECK(QFontMetrics(QFont()).horizontalAdvance(QStringLiteral("Energy")) > 0);
}

TEST_CASE("a warm-up never waited for is waited for when it ends", "[gui][fonts]")
{
    // Ending with the thread still joinable would call std::terminate.
    for (int i = 0; i < 3; ++i) {
        const FontConfigWarmUp warmUp;
    }
    CHECK(FcConfigGetCurrent() != nullptr);
}

TEST_CASE("pictures read while the image formats warm up on a second thread come out whole", "[gui][images]")
{
    ImageFormatWarmUp warmUp;
    // The GUI thread reads at the same time, as a style's first picture would.
    QImage picture(QStringLiteral(":/ebb/ebb.svg"));
    warmUp.wait();
    warmUp.wait();
    CHECK_FALSE(picture.isNull());
    CHECK(QImageReader::supportedImageFormats().contains("png"));
    {
        const ImageFormatWarmUp unwaited;
    } // waited for when it ends
}
