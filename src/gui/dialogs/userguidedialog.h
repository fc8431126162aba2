// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;
class QUrl;

namespace ebb {

/**
 * Help → User guide: docs/user-guide.md as it was built into this Ebb, offline, with its links to
 * the other documents in docs/ (built in too) and its table of contents working. Links to the web
 * open in the browser.
 */
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

    /**
     * The anchor a Markdown heading gets on GitHub and in this dialog: lower case, spaces as
     * hyphens, punctuation dropped ("Two computers" → "two-computers").
     */
    static QString headingAnchor(const QString &heading);

private:
    /** Goes where a link leads: a heading here, another document, or the web in the browser. */
    void follow(const QUrl &link);
    /** Gives each heading of the page shown its anchor, and goes to the one the link named. */
    void anchorHeadings();

    QTextBrowser *m_browser;
};

} // namespace ebb
