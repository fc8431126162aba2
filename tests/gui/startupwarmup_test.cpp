// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/startupwarmup.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QImage>
#include <QImageReader>
#include <QStringList>

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fontconfig/fontconfig.h>
#include <thread>

using namespace ebb;
using namespace std::chrono_literals;

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

TEST_CASE("waiting for a warm-up returns once its work is done", "[gui][warmup]")
{
    std::atomic<bool> done = false;
    WarmUpThread work([&] {
        std::this_thread::sleep_for(50ms); // long enough that a wait that did not wait would be seen
        done = true;
    });
    work.wait();
    CHECK(done);
    work.wait(); // a second wait returns at once
}

TEST_CASE("a warm-up never waited for is waited for when it ends", "[gui][warmup]")
{
    std::atomic<bool> done = false;
    {
        const WarmUpThread work([&] {
            std::this_thread::sleep_for(50ms);
            done = true;
        });
    } // not left running (it would write `done` after the test), nor ended joinable (std::terminate)
    CHECK(done);
    // The warm-ups Ebb starts hold such a thread: ending them unwaited ends the test run cleanly.
    for (int i = 0; i < 3; ++i) {
        const FontConfigWarmUp fonts;
    }
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
