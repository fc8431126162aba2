// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <catch2/catch.hpp>

namespace ebb::test {

/** The child widget of type T called `name`; fails the test when there is none. */
template <typename T>
T *child(QWidget &root, const QString &name)
{
    auto *w = root.findChild<T *>(name);
    INFO("widget " << name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

template <typename T>
T *child(QWidget &root, const char *name)
{
    return child<T>(root, QString::fromLatin1(name));
}

} // namespace ebb::test
