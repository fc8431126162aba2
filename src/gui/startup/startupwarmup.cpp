// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup/startupwarmup.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <fontconfig/fontconfig.h>

namespace ebb {
namespace {

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

WarmUpThread::WarmUpThread(std::function<void()> work)
    : m_thread(std::move(work))
{}

WarmUpThread::~WarmUpThread()
{
    wait(); // a thread still joinable when it is destroyed would call std::terminate
}

void WarmUpThread::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

FontConfigWarmUp::FontConfigWarmUp()
    : m_work([] { FcInit(); })
{}

void FontConfigWarmUp::wait()
{
    m_work.wait();
}

ImageFormatWarmUp::ImageFormatWarmUp()
    : m_work(readPictureOfUnnamedFormat)
{}

void ImageFormatWarmUp::wait()
{
    m_work.wait();
}

} // namespace ebb
