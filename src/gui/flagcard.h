// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pacing/pacingreport.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace ebb {

/** One pacing flag as a card: what Ebb noticed, a small suggestion, the evidence on demand, dismiss. */
class FlagCard : public QFrame
{
    Q_OBJECT

public:
    explicit FlagCard(const Flag &flag, QWidget *parent = nullptr);

    const Flag &flag() const { return m_flag; }

signals:
    /** The person asked not to see this episode again. */
    void dismissRequested(const ebb::Flag &flag);

private:
    Flag m_flag;
    QLabel *m_evidence = nullptr;
};

/** The flag's evidence in plain words, one line per number ("Your usual energy: 6 ± 1.1"). */
QString evidenceText(const Flag &flag);

} // namespace ebb
