// SPDX-FileCopyrightText: 2026 The Ebb authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreport.h"

#include "pacing/humannames.h"
#include "reportchart.h"
#include "summary/reportsummary.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace ebb {
namespace {

constexpr int kDpi = 96;
constexpr qreal kMargin = 56;       // about 15 mm
constexpr qreal kGap = 8;           // between blocks
constexpr qreal kChartHeight = 118; // six fit on a page

// One translation context with the rest of the report's words (reportdata.cpp): "ebb".
QString tr(const char *text)
{
    return QCoreApplication::translate("ebb", text);
}

/**
 * A simple top-to-bottom page layout. It runs twice: once without painting, to count the pages
 * for "Page n of N", and once painting.
 */
class Layout
{
public:
    Layout(QPdfWriter &writer, QPainter *painter, const ReportData &data, int totalPages)
        : m_writer(writer)
        , m_painter(painter)
        , m_data(data)
        , m_totalPages(totalPages)
        , m_page(0, 0, writer.width(), writer.height())
        , m_body(m_page.adjusted(kMargin, kMargin + 24, -kMargin, -kMargin - 24))
        , m_y(m_body.top())
    {
        m_text.setPointSizeF(9.5);
        m_small = m_text;
        m_small.setPointSizeF(8);
        m_bold = m_text;
        m_bold.setBold(true);
        m_h1 = m_text;
        m_h1.setPointSizeF(17);
        m_h1.setBold(true);
        m_h2 = m_text;
        m_h2.setPointSizeF(12.5);
        m_h2.setBold(true);
        m_quote = m_text;
        m_quote.setPointSizeF(11);
        m_quote.setItalic(true);
        decoratePage();
    }

    int pages() const { return m_pageNumber; }

    void title(const QString &text) { block(text, m_h1, 4); }
    void heading(const QString &text)
    {
        ensureRoom(height(text, m_h2) + 3 * height(QStringLiteral("x"), m_text)); // never alone at a page end
        m_y += kGap;
        block(text, m_h2, 4);
    }
    void paragraph(const QString &text, bool bold = false) { block(text, bold ? m_bold : m_text, kGap / 2); }
    void smallText(const QString &text) { block(text, m_small, kGap / 2); }

    /** A row of cells at fixed relative widths (0..1), the first left-aligned, the rest centred. */
    void row(const QStringList &cells, const std::vector<qreal> &widths, bool bold = false)
    {
        const QFont &font = bold ? m_bold : m_text;
        // A cell wraps inside its column ("Stress (0–10, 10 = am meisten)" was cut off); the row is
        // as tall as its tallest cell.
        const QFontMetricsF metrics(font, &m_writer);
        qreal h = metrics.height() + 4;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const qreal w = m_body.width() * widths[size_t(i)] - 4;
            h = std::max(h, metrics.boundingRect(QRectF(0, 0, w, 10000), Qt::TextWordWrap, cells[i]).height() + 4);
        }
        ensureRoom(h);
        if (m_painter != nullptr) {
            m_painter->setFont(font);
            qreal x = m_body.left();
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const qreal w = m_body.width() * widths[size_t(i)];
                m_painter->drawText(QRectF(x, m_y, w - 4, h),
                                    (i == 0 ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter | Qt::TextWordWrap,
                                    cells[i]);
                x += w;
            }
        }
        m_y += h;
    }

    /** The rest starts on a new page (page 1 is the session's; detail follows from page 2). */
    void pageBreak()
    {
        if (m_y > m_body.top()) {
            ensureRoom(m_body.height() + 1);
        }
    }

    /** A line that begins with a bullet and wraps under its own text, not under the bullet. */
    void bullet(const QString &text)
    {
        const QString mark = QStringLiteral("•");
        block(text, m_text, 2, QFontMetricsF(m_text, &m_writer).horizontalAdvance(mark + QStringLiteral("  ")), mark);
    }

    /** The person's own words, set apart: a grey rule beside every line (on every page), larger text. */
    void quote(const QString &text) { block(text, m_quote, kGap / 2, 10, {}, true); }

    void chart(Metric metric, const QString &title)
    {
        ensureRoom(kChartHeight);
        if (m_painter != nullptr) {
            m_painter->setFont(m_small);
            paintMetricChart(*m_painter, QRectF(m_body.left(), m_y, m_body.width(), kChartHeight), m_data.timeline,
                             metric, title);
        }
        m_y += kChartHeight + kGap;
    }

private:
    qreal height(const QString &text, const QFont &font) const
    {
        return QFontMetricsF(font, &m_writer)
            .boundingRect(QRectF(0, 0, m_body.width(), 1e6), Qt::TextWordWrap, text)
            .height();
    }

    /**
     * Text laid out line by line, so a block longer than what is left of the page goes on on the
     * next one (with its header and footer) and nothing is cut: a single long paragraph too, and a
     * word wider than the page is broken where it has to be.
     */
    void block(const QString &text, const QFont &font, qreal after, qreal indent = 0, const QString &lead = {},
               bool rule = false)
    {
        bool first = true;
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph, font, &m_writer);
            layout.setTextOption(option);
            layout.beginLayout();
            qreal y = 0;
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(m_body.width() - indent);
                line.setPosition(QPointF(0, y));
                y += line.height();
            }
            layout.endLayout();
            for (int i = 0; i < layout.lineCount(); ++i) {
                const QTextLine line = layout.lineAt(i);
                ensureRoom(line.height());
                if (m_painter != nullptr) {
                    // draw() adds the line's own position: take it off to put the line at m_y.
                    line.draw(m_painter, QPointF(m_body.left() + indent, m_y - line.y()));
                    if (first && !lead.isEmpty()) {
                        m_painter->setFont(font);
                        m_painter->drawText(QPointF(m_body.left(), m_y + line.ascent()), lead);
                    }
                    if (rule) {
                        m_painter->setPen(QPen(QColor(140, 140, 140), 2));
                        m_painter->drawLine(QPointF(m_body.left() + 2, m_y),
                                            QPointF(m_body.left() + 2, m_y + line.height()));
                        m_painter->setPen(Qt::black);
                    }
                }
                first = false;
                m_y += line.height();
            }
        }
        m_y += after;
    }

    void ensureRoom(qreal h)
    {
        if (m_y + h <= m_body.bottom()) {
            return;
        }
        if (m_painter != nullptr) {
            m_writer.newPage();
        }
        m_y = m_body.top();
        decoratePage();
    }

    /** Header (name and range) and footer (page numbers) of the current page. */
    void decoratePage()
    {
        ++m_pageNumber;
        if (m_painter == nullptr) {
            return;
        }
        const ReportOptions &o = m_data.options;
        m_painter->setFont(m_small);
        m_painter->setPen(Qt::black);
        const QRectF top(m_page.left() + kMargin, kMargin - 8, m_page.width() - 2 * kMargin, 20);
        m_painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                            o.name.isEmpty() ? QCoreApplication::translate("ebb", "Ebb report")
                                             : QCoreApplication::translate("ebb", "Ebb report — %1").arg(o.name));
        m_painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                            QCoreApplication::translate("ebb", "%1 to %2").arg(reportDay(o.from), reportDay(o.to)));
        m_painter->setPen(QPen(QColor(150, 150, 150), 0.5));
        m_painter->drawLine(top.bottomLeft(), top.bottomRight());
        m_painter->setPen(Qt::black);
        const QRectF bottom(m_page.left() + kMargin, m_page.bottom() - kMargin + 8, m_page.width() - 2 * kMargin, 20);
        m_painter->drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter,
                            QCoreApplication::translate("ebb", "Page %1 of %2").arg(m_pageNumber).arg(m_totalPages));
    }

    QPdfWriter &m_writer;
    QPainter *m_painter;
    const ReportData &m_data;
    int m_totalPages;
    QRectF m_page;
    QRectF m_body;
    qreal m_y;
    int m_pageNumber = 0;
    QFont m_text;
    QFont m_small;
    QFont m_bold;
    QFont m_h1;
    QFont m_h2;
    QFont m_quote;
};

void layOut(Layout &l, const ReportData &d)
{
    const ReportOptions &o = d.options;
    l.title(o.name.isEmpty() ? tr("Ebb report") : tr("Ebb report for %1").arg(o.name));
    l.paragraph(tr("%1 to %2 · %3 days with a check-in").arg(reportDay(o.from), reportDay(o.to)).arg(d.daysRecorded));
    l.smallText(reportDisclaimer());

    // Page 1 is the session: the person's question, what changed, the self-check, what drained and
    // what restored, the topics to bring up, the key numbers. The Markdown says the same in this order.
    if (const QString question = o.question.trimmed(); !question.isEmpty()) {
        l.heading(tr("For this session"));
        l.quote(question);
    }
    if (o.has(ReportSection::Overview)) {
        l.heading(tr("What changed"));
        l.paragraph(changeSummary(d));
        l.paragraph(daysRecordedLine(d));
    }
    if (o.has(ReportSection::SelfCheck)) {
        l.heading(tr("Burnout self-check"));
        const QStringList lines = selfCheckLines(d);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            i == 0 ? l.paragraph(lines[i]) : l.smallText(lines[i]);
        }
    }
    if (o.has(ReportSection::Overview)) {
        l.heading(tr("What drained and what restored"));
        const QStringList lines = tagLines(d, true) + tagLines(d, false);
        if (lines.isEmpty()) {
            l.paragraph(tr("No tag came clearly more often before low-energy or good days."));
        }
        for (const QString &line : lines) {
            l.bullet(line);
        }
        l.smallText(tagCountsCaveat());
    }
    if (!d.topics.empty()) {
        l.heading(tr("To bring up"));
        for (const ReportNote &n : d.topics) {
            l.bullet(QStringLiteral("%1 — %2").arg(reportDay(n.day), topicText(n)));
        }
    }
    if (o.has(ReportSection::Overview)) {
        l.heading(tr("Key numbers"));
        const std::vector<qreal> widths = {0.30, 0.15, 0.15, 0.25, 0.15};
        l.row({tr("Measure"), tr("Average"), tr("Days before"), tr("Person's usual"), tr("Range")}, widths, true);
        const auto n = [](std::optional<double> v) {
            return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("–");
        };
        for (int m = 0; m < kMetricCount; ++m) {
            const MetricWeek &w = d.metrics[size_t(m)];
            l.row({measureWithScale(Metric(m)), n(w.mean), n(w.previousMean), n(w.usual),
                   w.min ? QStringLiteral("%1–%2").arg(n(w.min), n(w.max)) : QStringLiteral("–")},
                  widths);
        }
        l.smallText(tr("“Days before”: the same number of days just before this period. “Person's usual”: the "
                       "median of the half year before the period's last week."));

        // Detail, from page 2.
        l.pageBreak();
        l.heading(tr("Day by day"));
        l.smallText(tr("The line is what was recorded (gaps are days without a check-in); the grey band is the "
                       "person's usual, give or take a typical day's spread. The strip under each chart marks "
                       "the days a pacing pattern about that measure was shown: hatched at first, solid at "
                       "Ebb's stronger level."));
        for (int m = 0; m < kMetricCount; ++m) {
            l.chart(Metric(m), measureWithScale(Metric(m)));
        }
    }
    if (o.has(ReportSection::Flags)) {
        l.heading(tr("Pacing patterns noticed"));
        l.smallText(patternLevelsExplained());
        if (d.episodes.empty()) {
            l.paragraph(tr("None in this period."));
        }
        for (const FlagEpisode &e : d.episodes) {
            l.bullet(episodeLine(e));
        }
    }
    if (o.has(ReportSection::Boundaries)) {
        l.heading(tr("Boundaries"));
        if (d.boundaries.empty()) {
            l.paragraph(tr("No boundary answers in this period."));
        }
        for (const BoundaryWeek &b : d.boundaries) {
            // One arg() for all: a boundary written "%2" stays as written.
            l.paragraph(tr("• %1: held %2 times, slipped %3 times")
                            .arg(b.text, QString::number(b.held), QString::number(b.slipped)));
        }
    }
    if (o.has(ReportSection::Reflections)) {
        l.heading(tr("Weekly reflections"));
        if (d.reviews.empty()) {
            l.paragraph(tr("No weekly reflections in this period."));
        }
        for (const WeeklyReview &r : d.reviews) {
            const QDate monday = mondayOfWeek(r.week).value_or(QDate());
            l.paragraph(tr("Week of %1").arg(reportDay(monday)), true);
            for (const ReviewAnswer &a : r.answers) {
                if (!a.answer.trimmed().isEmpty()) {
                    l.paragraph(QStringLiteral("%1 %2").arg(a.prompt, a.answer.trimmed()));
                }
            }
        }
    }
    if (o.has(ReportSection::Notes)) {
        l.heading(tr("Notes the person chose to share"));
        if (d.notes.empty()) {
            l.paragraph(tr("None."));
        }
        for (const ReportNote &n : d.notes) {
            l.paragraph(QStringLiteral("%1 — %2").arg(reportDay(n.day), n.text.trimmed()));
        }
    }
}

} // namespace

QByteArray renderPdfReport(const ReportData &data, QPageSize::PageSizeId pageSize)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(tr("Ebb report"));
    writer.setCreator(QStringLiteral("Ebb " EBB_VERSION));

    Layout counting(writer, nullptr, data, 0);
    layOut(counting, data);
    QPainter painter(&writer);
    Layout painting(writer, &painter, data, counting.pages());
    layOut(painting, data);
    painter.end();
    return bytes;
}

} // namespace ebb
