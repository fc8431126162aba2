// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/reportpreview.h"

#include <QTextDocument>

namespace ebb {
namespace {

/**
 * A document that loads no resource. QTextDocument::loadResource() reads local and qrc files and
 * decodes data: URLs itself when the browser's loadResource() returns nothing, so the browser's
 * override alone would not be enough.
 */
class NoResourceDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int /*type*/, const QUrl & /*name*/) override { return {}; }
};

} // namespace

ReportPreview::ReportPreview(QWidget *parent)
    : QTextBrowser(parent)
{
    setDocument(new NoResourceDocument(this));
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void ReportPreview::showMarkdown(const QString &markdown)
{
    document()->setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                      QTextDocument::MarkdownNoHTML));
}

QVariant ReportPreview::loadResource(int /*type*/, const QUrl & /*name*/)
{
    return {};
}

} // namespace ebb
