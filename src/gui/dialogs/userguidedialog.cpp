// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/userguidedialog.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QScreen>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

// The documents are compiled into a static library: registered by name, outside any namespace.
static void initDocs()
{
    Q_INIT_RESOURCE(docs);
}

namespace ebb {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    initDocs();
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("User guide"));
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    // Links are followed here: Qt would send every link of a built-in (qrc:) page to the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::follow);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuideDialog::anchorHeadings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    m_browser->setSource(QUrl(QStringLiteral("qrc:/docs/user-guide.md")), QTextDocument::MarkdownResource);
    // A page to read: about 80 characters wide, and as tall as the screen allows.
    const int width = m_browser->fontMetrics().averageCharWidth() * 90;
    QSize wanted(width, fontMetrics().lineSpacing() * 45);
    if (const QScreen *shown = screen()) {
        wanted = wanted.boundedTo(shown->availableGeometry().size() - QSize(24, 40)); // a title bar's room
    }
    resize(wanted);
}

void UserGuideDialog::follow(const QUrl &link)
{
    const QUrl url = m_browser->source().resolved(link);
    if (url.scheme() != QLatin1String("qrc")) {
        QDesktopServices::openUrl(url); // the web, or mail: the person's own programs
        return;
    }
    if (url.adjusted(QUrl::RemoveFragment) == m_browser->source().adjusted(QUrl::RemoveFragment)) {
        m_browser->scrollToAnchor(url.fragment()); // a heading of the page shown
        return;
    }
    m_browser->setSource(url, QTextDocument::MarkdownResource); // another document of docs/
}

QString UserGuideDialog::headingAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            anchor += c;
        } else if (c.isSpace()) {
            anchor += QLatin1Char('-');
        }
    }
    return anchor;
}

void UserGuideDialog::anchorHeadings()
{
    QTextDocument *document = m_browser->document();
    document->setDocumentMargin(fontMetrics().averageCharWidth() * 2); // room around the text, as on a page
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty()) {
            continue;
        }
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({headingAnchor(block.text())});
        cursor.mergeCharFormat(anchor);
    }
    // Laid out whole now, not bit by bit later, so a heading far down is where it will stay.
    document->documentLayout()->documentSize();
    if (const QString fragment = m_browser->source().fragment(); !fragment.isEmpty()) {
        m_browser->scrollToAnchor(fragment);
    }
}

} // namespace ebb
