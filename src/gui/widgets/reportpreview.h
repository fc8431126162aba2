// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace ebb {

/**
 * The export dialog's preview of the report. Safe on its own, whatever the Markdown holds: raw
 * HTML is shown as text, links are not followed, and nothing is loaded — no image, from the disk,
 * a data: URL or anywhere else.
 */
class ReportPreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReportPreview(QWidget *parent = nullptr);

    /** Shows `markdown` as CommonMark with GitHub's extensions, HTML left as text. */
    void showMarkdown(const QString &markdown);

    /** Loads nothing: a preview has no business reading files for what a note names. */
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace ebb
