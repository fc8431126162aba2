// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupwarmup.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <fontconfig/fontconfig.h>

namespace ebb {
namespace {

void join(std::thread &thread)
{
    if (thread.joinable()) {
        thread.join();
    }
}

/** Reads a PNG made here, leaving the format for Qt to find out, as a style's first picture does. */
void readPictureOfUnnamedFormat()
{
    QByteArray png;
    QBuffer out(&png);
    out.open(QIODevice::WriteOnly);
    QImage(1, 1, QImage::Format_ARGB32).save(&out, "PNG"); // Qt's own PNG writer: no plugin
    QBuffer in(&png);
    in.open(QIODevice::ReadOnly);
    QImageReader(&in).read();
}

} // namespace

FontConfigWarmUp::FontConfigWarmUp()
    : m_thread([] { FcInit(); })
{}

FontConfigWarmUp::~FontConfigWarmUp()
{
    wait();
}

void FontConfigWarmUp::wait()
{
    join(m_thread);
}

ImageFormatWarmUp::ImageFormatWarmUp()
    : m_thread(readPictureOfUnnamedFormat)
{}

ImageFormatWarmUp::~ImageFormatWarmUp()
{
    wait();
}

void ImageFormatWarmUp::wait()
{
    join(m_thread);
}

} // namespace ebb
