// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
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

/**
 * Answers the next message box with `button` once it is up (it may come later); its text goes to
 * `text`. The watch ends with `context`, so a box that never comes leaves nothing polling into
 * later tests (or into a `text` that is gone).
 */
inline void answerNextMessage(QObject *context, QMessageBox::StandardButton button, QString *text)
{
    auto *poll = new QTimer(context);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            *text = box->text();
            box->button(button)->click();
        }
    });
    poll->start();
}

} // namespace ebb::test
