// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for startup_bench: the least a Qt Widgets program does to show a window of Ebb's size
// with one label, measured by the same probe as Ebb. It links Qt Widgets and nothing of Ebb's.
#include "startup/startupprobe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1180, 780);
    ebb::installStartupProbe(&window);
    window.show();
    return QApplication::exec();
}
