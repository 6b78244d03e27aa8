#include "report/ReportPainter.h"

#include "report/ReportChartPainter.h"
#include "report/ReportText.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace par::ui {

namespace {

// Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
constexpr double MarginTop = 20;
constexpr double MarginBottom = 22;
constexpr double MarginLeft = 30;
constexpr double MarginRight = 15;

// Text sizes in points: body 13 (the decree's 13-14), tables 11, long tables 10.5, notes 10.
constexpr double BodySize = 13;
constexpr double TableSize = 11;
constexpr double LongTableSize = 10.5;
constexpr double NoteSize = 10;
constexpr int LongTable = 40;
constexpr int KeepWhole = 12; // rows of a table that is never split
constexpr int MinRows = 3; // rows of a split table at least on each side of a break

// Opaque colours only (PDF/A-1 has no transparency); black text as the decree asks, light rules and fills.
const QColor Ink(0, 0, 0);
const QColor Rule(40, 40, 40);
const QColor Hairline(190, 190, 190);
const QColor HeaderFill(231, 236, 243);
const QColor EmphasisFill(242, 242, 242);
const QColor BoxFill(246, 248, 251);
const QColor BoxBorder(160, 160, 160);
const QColor Accent(31, 78, 121);
const QColor Quiet(70, 70, 70);

// A table's geometry, worked out once for measuring and for painting.
struct TableLayout
{
    QFont body;
    QFont bold;
    QFont caption;
    QFont note;
    double padX = 0;
    double padY = 0;
    QList<double> width;
    QList<double> x; // left edge of each column, and the table's right edge
    QList<double> integerWidth; // of numeric columns: the widest part before the decimal separator
    QList<double> fractionWidth; // and from it on
    QList<QStringList> header;
    double headerHeight = 0;
    QStringList captionLines;
    double captionHeight = 0;
};

struct TableRow
{
    QList<QStringList> cells;
    double height = 0;
};

std::pair<QString, QString> splitNumber(const QString& text, const QString& point)
{
    const qsizetype at = point.isEmpty() ? -1 : text.indexOf(point);
    return at < 0 ? std::pair {text, QString()} : std::pair {text.left(at), text.mid(at)};
}

class Flow
{
public:
    Flow(QPainter& painter, QPagedPaintDevice& device, const Report& report,
         const std::function<bool(int, int)>& progress)
        : m_p(painter)
        , m_device(device)
        , m_report(report)
        , m_progress(progress)
        , m_unit(device.logicalDpiY() / 72.0)
    {
        const QPageLayout layout = device.pageLayout();
        const int dpi = device.logicalDpiY();
        const QRectF full = layout.fullRectPixels(dpi);
        // Painting starts at the device's paint rectangle; move the origin to the paper's corner.
        m_p.translate(-QPointF(layout.paintRectPixels(dpi).topLeft()));
        m_pageWidth = full.width();
        m_pageHeight = full.height();
        m_left = mm(MarginLeft);
        m_right = m_pageWidth - mm(MarginRight);
        m_top = mm(MarginTop);
        m_bottom = m_pageHeight - mm(MarginBottom);
        m_width = m_right - m_left;
    }

    bool run();
    int pages() const { return m_page; }

private:
    double pt(double points) const { return points * m_unit; }
    double mm(double millimetres) const { return pt(millimetres * 72.0 / 25.4); }
    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_device); }
    QStringList wrap(const QString& text, const QFont& font, double width) const
    {
        return ReportText::wrap(text, font, &m_device, width);
    }
    double lineHeight(const QFont& font) const { return metrics(font).lineSpacing(); }
    // Draws lines from y (their top) and returns their height.
    double drawLines(const QStringList& lines, const QFont& font, double x, double y, double width,
                     Qt::Alignment align);
    void rule(double x1, double x2, double y, double width, const QColor& colour = Rule);

    bool step(int n = 1);
    void startPage();
    void newPage();
    bool fits(double height) const { return m_y + height <= m_bottom + 0.5; }
    bool atTop() const { return m_y <= m_top + 0.5; }
    void ensure(double height)
    {
        if (!fits(height) && !atTop())
            newPage();
    }

    void titleBlock();
    void heading(const QString& text, double keep);
    void annexHeading(const ReportSection& section);
    void subheading(const QString& text);
    void paragraph(const QString& text, bool note);
    void figures(const QList<ReportFigure>& figures);
    TableLayout layoutTable(const ReportTable& table) const;
    TableRow layoutRow(const ReportTable& table, const TableLayout& layout, int row) const;
    double tableKeep(const ReportTable& table, const TableLayout& layout) const;
    bool table(const ReportTable& table);
    void chart(const ReportChart& chart);
    void signature();
    double signatureHeight() const;
    // What must fit on the page for blocks[i] to start there (with what it introduces).
    double keepHeight(const QList<ReportBlock>& blocks, int i) const;
    int paragraphLines(const QString& text, bool note) const;
    bool block(const ReportBlock& block);

    QPainter& m_p;
    QPagedPaintDevice& m_device;
    const Report& m_report;
    const std::function<bool(int, int)>& m_progress;
    double m_unit;
    double m_pageWidth = 0;
    double m_pageHeight = 0;
    double m_left = 0;
    double m_right = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_width = 0;
    double m_y = 0;
    int m_page = 1;
    int m_done = 0;
    int m_total = 0;
    bool m_cancelled = false;
    // Kept with the end of the last block of the body: the signature, which never stands alone on a page.
    double m_tail = 0;
};

double Flow::drawLines(const QStringList& lines, const QFont& font, double x, double y, double width,
                       Qt::Alignment align)
{
    const QFontMetricsF m = metrics(font);
    m_p.setFont(font);
    double top = y;
    for (const QString& line : lines) {
        double left = x;
        if (align & (Qt::AlignHCenter | Qt::AlignRight)) {
            const double w = m.horizontalAdvance(line);
            left = align & Qt::AlignHCenter ? x + (width - w) / 2 : x + width - w;
        }
        m_p.drawText(QPointF(left, top + m.ascent()), line);
        top += m.lineSpacing();
    }
    return top - y;
}

void Flow::rule(double x1, double x2, double y, double width, const QColor& colour)
{
    m_p.setPen(QPen(colour, pt(width), Qt::SolidLine, Qt::FlatCap));
    m_p.drawLine(QPointF(x1, y), QPointF(x2, y));
    m_p.setPen(Ink);
}

bool Flow::step(int n)
{
    const int before = m_done / 50;
    m_done += n;
    if (m_progress && (m_done / 50 != before || m_done >= m_total) && !m_progress(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

void Flow::startPage()
{
    m_y = m_top;
    m_p.setPen(Ink);
    // The page number at the top centre, from the second page on (Nghị định 30/2020).
    if (m_page > 1) {
        const QFont font = ReportText::font(BodySize);
        const QString number = QString::number(m_page);
        const QFontMetricsF m = metrics(font);
        m_p.setFont(font);
        m_p.drawText(QPointF((m_pageWidth - m.horizontalAdvance(number)) / 2, mm(11) + m.ascent()), number);
    }
    // The footer names the document, so a loose page is still identified.
    const QFont font = ReportText::font(9, false, true);
    const double top = m_pageHeight - mm(MarginBottom) + mm(6);
    rule(m_left, m_right, top, 0.4, Hairline);
    m_p.setPen(Quiet);
    drawLines(wrap(m_report.footer, font, m_width), font, m_left, top + pt(2), m_width, Qt::AlignLeft);
    m_p.setPen(Ink);
}

void Flow::newPage()
{
    m_device.newPage();
    ++m_page;
    startPage();
}

void Flow::titleBlock()
{
    const ReportTitle& t = m_report.title;
    const QFont authorityFont = ReportText::font(12.5);
    const QFont officeFont = ReportText::font(12.5, true);
    const QFont nationFont = ReportText::font(12.5, true);
    const QFont mottoFont = ReportText::font(13.5, true);
    const QFont numberFont = ReportText::font(13);
    const QFont placeFont = ReportText::font(13, false, true);
    const QFont kindFont = ReportText::font(14, true);
    const QFont subjectFont = ReportText::font(14, true);
    const QFont draftFont = ReportText::font(13, true);

    if (!t.draftMark.isEmpty()) {
        const QFontMetricsF m = metrics(draftFont);
        const QRectF box(m_right - m.horizontalAdvance(t.draftMark) - pt(16), m_y,
                         m.horizontalAdvance(t.draftMark) + pt(16), m.lineSpacing() + pt(7));
        m_p.setPen(QPen(Ink, pt(1)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(box);
        m_p.setFont(draftFont);
        m_p.drawText(QPointF(box.left() + pt(8), box.top() + pt(3.5) + m.ascent()), t.draftMark);
        m_y = box.bottom() + pt(8);
    }

    // The national title on the right, as wide as it needs; the issuing body on the left, wrapped to what is left.
    const double rightWidth = std::min(
        m_width * 0.62,
        std::max(metrics(nationFont).horizontalAdvance(t.nation), metrics(mottoFont).horizontalAdvance(t.motto))
            + pt(10));
    const double leftWidth = m_width - rightWidth;
    const double rightX = m_left + leftWidth;

    double left = m_y;
    m_p.setPen(Ink);
    left += drawLines(wrap(t.authority, authorityFont, leftWidth - pt(8)), authorityFont, m_left, left, leftWidth,
                      Qt::AlignHCenter);
    const QStringList office = wrap(t.office, officeFont, leftWidth - pt(8));
    left += drawLines(office, officeFont, m_left, left, leftWidth, Qt::AlignHCenter);
    // Under the issuing body, a rule a third to a half of its line, centred.
    double officeWidth = 0;
    for (const QString& line : office)
        officeWidth = std::max(officeWidth, metrics(officeFont).horizontalAdvance(line));
    left += pt(2);
    rule(m_left + leftWidth / 2 - officeWidth * 0.2, m_left + leftWidth / 2 + officeWidth * 0.2, left, 0.6);

    double right = m_y;
    right += drawLines(wrap(t.nation, nationFont, rightWidth), nationFont, rightX, right, rightWidth, Qt::AlignHCenter);
    const QStringList motto = wrap(t.motto, mottoFont, rightWidth);
    right += drawLines(motto, mottoFont, rightX, right, rightWidth, Qt::AlignHCenter);
    // Under the motto, a rule as long as the motto.
    const double mottoWidth = metrics(mottoFont).horizontalAdvance(motto.value(0));
    right += pt(2);
    rule(rightX + (rightWidth - mottoWidth) / 2, rightX + (rightWidth + mottoWidth) / 2, right, 0.6);

    double y = std::max(left, right) + pt(9);
    const double numberHeight
        = drawLines(wrap(t.number, numberFont, leftWidth), numberFont, m_left, y, leftWidth, Qt::AlignHCenter);
    const double placeHeight
        = drawLines(wrap(t.placeAndDate, placeFont, rightWidth), placeFont, rightX, y, rightWidth, Qt::AlignHCenter);
    m_y = y + std::max(numberHeight, placeHeight) + pt(20);

    m_y += drawLines(wrap(t.kind, kindFont, m_width), kindFont, m_left, m_y, m_width, Qt::AlignHCenter);
    const QStringList subject = wrap(t.subject, subjectFont, m_width * 0.86);
    m_y += drawLines(subject, subjectFont, m_left, m_y, m_width, Qt::AlignHCenter);
    double subjectWidth = 0;
    for (const QString& line : subject)
        subjectWidth = std::max(subjectWidth, metrics(subjectFont).horizontalAdvance(line));
    m_y += pt(3);
    const double half = std::min(subjectWidth, m_width) * 0.2;
    rule(m_left + m_width / 2 - half, m_left + m_width / 2 + half, m_y, 0.6);
    m_y += pt(18);
}

void Flow::heading(const QString& text, double keep)
{
    const QFont font = ReportText::font(BodySize, true);
    const QStringList lines = wrap(text, font, m_width);
    const double before = atTop() ? 0 : pt(10);
    const double height = lines.size() * lineHeight(font) + pt(6);
    ensure(before + height + keep);
    if (!atTop())
        m_y += before;
    m_y += drawLines(lines, font, m_left, m_y, m_width, Qt::AlignLeft) + pt(6);
}

void Flow::annexHeading(const ReportSection& section)
{
    const QFont font = ReportText::font(BodySize + 1, true);
    m_y += drawLines(wrap(section.heading, font, m_width), font, m_left, m_y, m_width, Qt::AlignHCenter);
    const QFont subtitleFont = ReportText::font(BodySize, true);
    m_y += drawLines(wrap(section.subtitle, subtitleFont, m_width * 0.9), subtitleFont, m_left, m_y, m_width,
                     Qt::AlignHCenter);
    m_y += pt(12);
}

void Flow::subheading(const QString& text)
{
    const QFont font = ReportText::font(BodySize, true, true);
    const QStringList lines = wrap(text, font, m_width);
    ensure(lines.size() * lineHeight(font) + pt(40));
    m_y += drawLines(lines, font, m_left, m_y, m_width, Qt::AlignLeft) + pt(4);
}

int Flow::paragraphLines(const QString& text, bool note) const
{
    const QFont font = note ? ReportText::font(NoteSize, false, true) : ReportText::font(BodySize);
    QTextLayout layout(text, font, &m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
        line.setLineWidth(m_width - (lines++ == 0 && !note ? mm(10) : 0));
    layout.endLayout();
    return lines;
}

void Flow::paragraph(const QString& text, bool note)
{
    const QFont font = note ? ReportText::font(NoteSize, false, true) : ReportText::font(BodySize);
    const double indent = note ? 0 : mm(10);
    const double height = lineHeight(font) * (note ? 1.0 : 1.12);
    QTextLayout layout(text, font, &m_device);
    QTextOption option;
    option.setAlignment(note ? Qt::AlignLeft : Qt::AlignJustify);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QTextLine> lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        const double x = lines.isEmpty() ? indent : 0;
        line.setLineWidth(m_width - x);
        line.setPosition(QPointF(x, 0));
        lines.append(line);
    }
    layout.endLayout();
    // No lone first line at the foot of a page.
    ensure(std::min<qsizetype>(2, lines.size()) * height);
    m_p.setPen(Ink);
    for (int k = 0; k < lines.size(); ++k) {
        const QTextLine& line = lines[k];
        // The last lines of the body's last paragraph go with what must follow them.
        if (m_tail > 0 && k == std::max<qsizetype>(0, lines.size() - 2))
            ensure((lines.size() - k) * height + m_tail);
        ensure(height);
        line.draw(&m_p, QPointF(m_left, m_y + (height - line.height()) / 2));
        m_y += height;
    }
    m_y += note ? pt(3) : pt(6);
}

void Flow::figures(const QList<ReportFigure>& figures)
{
    if (figures.isEmpty())
        return;
    const QFont labelFont = ReportText::font(10.5);
    const QFont valueFont = ReportText::font(17, true);
    const QFont detailFont = ReportText::font(9.5, false, true);
    const int n = int(figures.size());
    const double gap = mm(3);
    const double width = (m_width - gap * (n - 1)) / n;
    const double pad = pt(6);
    struct Box
    {
        QStringList label, value, detail;
    };
    QList<Box> boxes;
    double height = 0;
    for (const ReportFigure& f : figures) {
        Box b {wrap(f.label, labelFont, width - 2 * pad), wrap(f.value, valueFont, width - 2 * pad),
               wrap(f.detail, detailFont, width - 2 * pad)};
        height = std::max(height,
                          pad + b.label.size() * lineHeight(labelFont) + pt(3) + b.value.size() * lineHeight(valueFont)
                              + pt(2) + b.detail.size() * lineHeight(detailFont) + pad);
        boxes.append(b);
    }
    ensure(height + pt(4));
    m_y += pt(4);
    for (int i = 0; i < n; ++i) {
        const double x = m_left + i * (width + gap);
        const QRectF rect(x, m_y, width, height);
        m_p.fillRect(rect, BoxFill);
        m_p.setPen(QPen(BoxBorder, pt(0.6)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(rect);
        m_p.fillRect(QRectF(x, m_y, width, pt(2.5)), Accent);
        double y = m_y + pad;
        m_p.setPen(Quiet);
        y += drawLines(boxes[i].label, labelFont, x, y, width, Qt::AlignHCenter) + pt(3);
        m_p.setPen(Ink);
        y += drawLines(boxes[i].value, valueFont, x, y, width, Qt::AlignHCenter) + pt(2);
        m_p.setPen(Quiet);
        drawLines(boxes[i].detail, detailFont, x, y, width, Qt::AlignHCenter);
        m_p.setPen(Ink);
    }
    m_y += height + pt(12);
}

TableLayout Flow::layoutTable(const ReportTable& t) const
{
    TableLayout l;
    const int columns = int(t.columns.size());
    const double size = t.rows.size() > LongTable ? LongTableSize : TableSize;
    l.body = ReportText::font(size);
    l.bold = ReportText::font(size, true);
    l.caption = ReportText::font(size + 0.5, true);
    l.note = ReportText::font(NoteSize - 0.5, false, true);
    const QFont& body = l.body;
    const QFont& bold = l.bold;
    const QFontMetricsF bodyMetrics = metrics(body);
    const QFontMetricsF boldMetrics = metrics(bold);
    l.padX = pt(4);
    l.padY = pt(2.4);
    const double padX = l.padX;
    const QString& point = m_report.decimalPoint;

    // Column widths: numbers and short codes as wide as their widest cell, text columns share the rest and wrap.
    l.integerWidth = QList<double>(columns, 0.0);
    l.fractionWidth = QList<double>(columns, 0.0);
    QList<double>& integerWidth = l.integerWidth;
    QList<double>& fractionWidth = l.fractionWidth;
    QList<double> natural(columns, 0.0); // header on one line, or the widest cell of a text column
    QList<double> cellWidth(columns, 0.0);
    QList<double> minimum(columns, 0.0); // the header's longest word
    for (int c = 0; c < columns; ++c) {
        natural[c] = boldMetrics.horizontalAdvance(t.columns[c].header);
        minimum[c] = ReportText::widestWord(t.columns[c].header, bold, &m_device);
    }
    for (int r = 0; r < t.rows.size(); ++r) {
        const QFontMetricsF& m = t.emphasised.contains(r) ? boldMetrics : bodyMetrics;
        const QStringList& row = t.rows[r];
        for (int c = 0; c < columns; ++c) {
            const QString cell = row.value(c);
            if (t.columns[c].align == ReportColumn::Numeric) {
                const auto [integer, fraction] = splitNumber(cell, point);
                integerWidth[c] = std::max(integerWidth[c], m.horizontalAdvance(integer));
                fractionWidth[c] = std::max(fractionWidth[c], m.horizontalAdvance(fraction));
            } else {
                cellWidth[c] = std::max(cellWidth[c], m.horizontalAdvance(cell));
            }
        }
    }
    // Numbers and codes as wide as their widest cell and their header on one line (or, where that leaves too little,
    // the header's longest word); text columns share the rest and wrap. Of a few ways to share, the one that makes
    // the table shortest wins (measured on up to 60 rows), so that short names are not broken to spare long titles.
    QList<double> preferred(columns, 0.0);
    QList<double> least(columns, 0.0);
    bool hasText = false;
    for (int c = 0; c < columns; ++c) {
        if (t.columns[c].align == ReportColumn::Left) {
            hasText = true;
            natural[c] = std::max(natural[c], cellWidth[c]) + 2 * padX;
            least[c] = std::max(minimum[c], mm(20)) + 2 * padX;
            continue;
        }
        const double content
            = t.columns[c].align == ReportColumn::Numeric ? integerWidth[c] + fractionWidth[c] : cellWidth[c];
        preferred[c] = std::max(content, natural[c]) + 2 * padX;
        least[c] = std::max(content, minimum[c]) + 2 * padX;
    }
    auto share = [&](double shrink, int scheme) {
        QList<double> w(columns, 0.0);
        double fixed = 0;
        for (int c = 0; c < columns; ++c) {
            const bool text = t.columns[c].align == ReportColumn::Left;
            w[c] = text ? 0 : preferred[c] - (preferred[c] - least[c]) * shrink;
            fixed += w[c];
        }
        double available = m_width - fixed;
        QList<int> text;
        for (int c = 0; c < columns; ++c) {
            if (t.columns[c].align == ReportColumn::Left)
                text.append(c);
        }
        if (scheme == 0) {
            // The narrower text columns whole, the widest takes the rest.
            std::sort(text.begin(), text.end(), [&](int a, int b) { return natural[a] < natural[b]; });
            for (int i = 0; i < text.size(); ++i) {
                const int c = text[i];
                double othersLeast = 0;
                for (int j = i + 1; j < text.size(); ++j)
                    othersLeast += least[text[j]];
                w[c] = i + 1 == text.size() ? available : std::min(natural[c], available - othersLeast);
                w[c] = std::max(w[c], least[c]);
                available -= w[c];
            }
        } else {
            // In proportion to a power of their widest cell: 0 equal, 1 proportional.
            const double power = (scheme - 1) * 0.5;
            double weights = 0;
            for (int c : text)
                weights += std::pow(natural[c], power);
            for (int c : text)
                w[c] = std::max(least[c], available * std::pow(natural[c], power) / weights);
        }
        double sum = 0;
        for (double x : w)
            sum += x;
        if (!hasText || sum > m_width) {
            for (double& x : w)
                x *= m_width / sum;
        }
        return w;
    };
    auto tableHeight = [&](const QList<double>& w) {
        int lines = 1;
        for (int c = 0; c < columns; ++c)
            lines = std::max(lines, int(wrap(t.columns[c].header, bold, w[c] - 2 * padX + 0.5).size()));
        // A header broken into a stack of short lines reads worse than a row on two lines: it counts double.
        double height = (2 * lines - 1) * boldMetrics.lineSpacing();
        const qsizetype step = std::max<qsizetype>(1, t.rows.size() / 60);
        for (qsizetype r = 0; r < t.rows.size(); r += step) {
            int rowLines = 1;
            for (int c = 0; c < columns; ++c) {
                if (t.columns[c].align != ReportColumn::Numeric)
                    rowLines = std::max(rowLines, int(wrap(t.rows[r].value(c), body, w[c] - 2 * padX + 0.5).size()));
            }
            height += rowLines * bodyMetrics.lineSpacing() * step;
        }
        return height;
    };
    QList<double>& width = l.width;
    width = share(0, 3);
    double best = tableHeight(width);
    for (double shrink : {0.0, 0.5, 1.0}) {
        for (int scheme = 0; scheme <= 5; ++scheme) {
            const QList<double> candidate = share(shrink, scheme);
            const double height = tableHeight(candidate);
            if (height < best - pt(1)) {
                best = height;
                width = candidate;
            }
        }
    }
    l.x = QList<double>(columns + 1, m_left);
    for (int c = 0; c < columns; ++c)
        l.x[c + 1] = l.x[c] + width[c];

    // The header, wrapped within its columns.
    int headerLines = 1;
    for (int c = 0; c < columns; ++c) {
        l.header.append(wrap(t.columns[c].header, bold, width[c] - 2 * padX + 0.5));
        headerLines = std::max(headerLines, int(l.header.last().size()));
    }
    l.headerHeight = headerLines * boldMetrics.lineSpacing() + 2 * l.padY;
    l.captionLines = wrap(t.caption, l.caption, m_width * 0.92);
    l.captionHeight = l.captionLines.size() * lineHeight(l.caption) + pt(4);
    return l;
}

TableRow Flow::layoutRow(const ReportTable& t, const TableLayout& l, int r) const
{
    TableRow row;
    const bool emphasised = t.emphasised.contains(r);
    const QFont& font = emphasised ? l.bold : l.body;
    int lines = 1;
    for (int c = 0; c < t.columns.size(); ++c) {
        const QString cell = t.rows[r].value(c);
        row.cells.append(t.columns[c].align == ReportColumn::Numeric ? QStringList {cell}
                                                                     : wrap(cell, font, l.width[c] - 2 * l.padX + 0.5));
        lines = std::max(lines, int(row.cells.last().size()));
    }
    row.height = lines * metrics(font).lineSpacing() + 2 * l.padY;
    return row;
}

double Flow::tableKeep(const ReportTable& t, const TableLayout& l) const
{
    // A short table stays whole where a page can hold it; a long one keeps its caption, header and first rows
    // together.
    double keep = l.captionHeight + l.headerHeight;
    const qsizetype together = t.rows.size() <= KeepWhole ? t.rows.size() : MinRows;
    for (int r = 0; r < together; ++r)
        keep += layoutRow(t, l, r).height;
    if (keep > m_bottom - m_top)
        keep = l.captionHeight + l.headerHeight + (t.rows.isEmpty() ? 0 : layoutRow(t, l, 0).height);
    return keep;
}

bool Flow::table(const ReportTable& t)
{
    const int columns = int(t.columns.size());
    if (columns == 0)
        return true;
    const TableLayout l = layoutTable(t);
    const QFontMetricsF bodyMetrics = metrics(l.body);
    const QFontMetricsF boldMetrics = metrics(l.bold);
    const QList<double>& x = l.x;
    const QList<double>& width = l.width;
    const double padX = l.padX;

    auto drawCaption = [&](bool continued) {
        m_p.setPen(Ink);
        QStringList lines = l.captionLines;
        if (continued) {
            // "(tiếp theo)" after the caption, on a line of its own rather than broken in two.
            lines = wrap(t.caption + u' ' + m_report.continued, l.caption, m_width * 0.92);
            if (!lines.last().endsWith(m_report.continued))
                lines = l.captionLines + QStringList {m_report.continued};
        }
        m_y += drawLines(lines, l.caption, m_left, m_y, m_width, Qt::AlignHCenter) + pt(4);
    };
    auto drawHeader = [&]() {
        m_p.fillRect(QRectF(m_left, m_y, m_width, l.headerHeight), HeaderFill);
        rule(m_left, m_right, m_y, 0.9);
        m_p.setPen(Ink);
        for (int c = 0; c < columns; ++c) {
            const double top = m_y + (l.headerHeight - l.header[c].size() * boldMetrics.lineSpacing()) / 2;
            drawLines(l.header[c], l.bold, x[c] + padX, top, width[c] - 2 * padX, Qt::AlignHCenter);
        }
        m_y += l.headerHeight;
        rule(m_left, m_right, m_y, 0.6);
    };

    ensure(tableKeep(t, l));
    drawCaption(false);
    drawHeader();

    int onPage = 0;
    for (int r = 0; r < t.rows.size(); ++r) {
        const TableRow row = layoutRow(t, l, r);
        bool breakHere = !fits(row.height) && onPage > 0;
        // No lone last rows on a page of their own: the last few go over together.
        if (!breakHere && onPage >= MinRows && t.rows.size() - r == MinRows) {
            double tail = 0;
            for (int k = r; k < t.rows.size(); ++k)
                tail += layoutRow(t, l, k).height;
            breakHere = !fits(tail);
        }
        // The body's last table keeps its last rows and notes with the signature.
        if (!breakHere && onPage > 0 && m_tail > 0 && r == std::max<qsizetype>(1, t.rows.size() - MinRows)) {
            double tail = m_tail + pt(16);
            for (int k = r; k < t.rows.size(); ++k)
                tail += layoutRow(t, l, k).height;
            for (const QString& note : t.notes)
                tail += wrap(note, l.note, m_width).size() * lineHeight(l.note) + pt(1);
            breakHere = !fits(tail);
        }
        if (breakHere) {
            onPage = 0;
            rule(m_left, m_right, m_y, 0.9);
            newPage();
            drawCaption(true);
            drawHeader();
        } else if (r > 0) {
            rule(m_left, m_right, m_y, 0.3, Hairline);
        }
        const bool emphasised = t.emphasised.contains(r);
        const QFont& font = emphasised ? l.bold : l.body;
        const QFontMetricsF& m = emphasised ? boldMetrics : bodyMetrics;
        if (emphasised)
            m_p.fillRect(QRectF(m_left, m_y + pt(0.3), m_width, row.height - pt(0.3)), EmphasisFill);
        m_p.setPen(Ink);
        m_p.setFont(font);
        for (int c = 0; c < columns; ++c) {
            const QStringList& lines = row.cells[c];
            const double top = m_y + (row.height - lines.size() * m.lineSpacing()) / 2;
            switch (t.columns[c].align) {
            case ReportColumn::Left:
                drawLines(lines, font, x[c] + padX, top, width[c] - 2 * padX, Qt::AlignLeft);
                break;
            case ReportColumn::Center:
                drawLines(lines, font, x[c] + padX, top, width[c] - 2 * padX, Qt::AlignHCenter);
                break;
            case ReportColumn::Numeric: {
                // Aligned on the decimal separator: the integer part ends where the widest fraction begins; the
                // block of numbers is centred in a column wider than it (right-aligned in one just as wide).
                const QString& cell = lines.value(0);
                const double block = l.integerWidth[c] + l.fractionWidth[c];
                const double anchor = x[c] + (width[c] + block) / 2 - l.fractionWidth[c];
                m_p.drawText(QPointF(anchor - m.horizontalAdvance(splitNumber(cell, m_report.decimalPoint).first),
                                     top + m.ascent()),
                             cell);
                break;
            }
            }
        }
        m_y += row.height;
        ++onPage;
        if (!step())
            return false;
    }
    rule(m_left, m_right, m_y, 0.9);
    m_y += pt(4);
    for (const QString& note : t.notes) {
        const QStringList lines = wrap(note, l.note, m_width);
        ensure(lines.size() * lineHeight(l.note));
        m_p.setPen(Quiet);
        m_y += drawLines(lines, l.note, m_left, m_y, m_width, Qt::AlignLeft) + pt(1);
    }
    m_p.setPen(Ink);
    m_y += pt(12);
    return true;
}

void Flow::chart(const ReportChart& chart)
{
    const ReportChartPainter painter(chart, &m_device);
    const double height = painter.height(m_width);
    ensure(height + m_tail);
    painter.paint(m_p, QRectF(m_left, m_y, m_width, height));
    m_y += height + pt(12);
}

double Flow::signatureHeight() const
{
    const ReportSignature& s = m_report.signature;
    if (s.signerFor.isEmpty() && s.recipients.isEmpty())
        return 0;
    const QFont titleFont = ReportText::font(12, true, true);
    const QFont recipientFont = ReportText::font(11);
    const QFont signerFont = ReportText::font(13, true);
    const double half = m_width / 2;
    int recipients = 0;
    for (const QString& r : s.recipients)
        recipients += int(wrap(r, recipientFont, half - pt(10)).size());
    const double leftHeight = wrap(s.recipientsTitle, titleFont, half).size() * lineHeight(titleFont)
        + recipients * lineHeight(recipientFont);
    const qsizetype signer = wrap(s.signerFor, signerFont, half).size() + wrap(s.signerRole, signerFont, half).size()
        + (s.signerName.isEmpty() ? 0 : wrap(s.signerName, signerFont, half).size());
    return pt(14) + std::max(leftHeight, signer * lineHeight(signerFont) + mm(28));
}

void Flow::signature()
{
    const ReportSignature& s = m_report.signature;
    if (s.signerFor.isEmpty() && s.recipients.isEmpty())
        return;
    const QFont titleFont = ReportText::font(12, true, true);
    const QFont recipientFont = ReportText::font(11);
    const QFont signerFont = ReportText::font(13, true);
    const double half = m_width / 2;
    QStringList recipients;
    for (const QString& r : s.recipients)
        recipients += wrap(r, recipientFont, half - pt(10));
    const QStringList title = wrap(s.recipientsTitle, titleFont, half);
    const QStringList signer = wrap(s.signerFor, signerFont, half) + wrap(s.signerRole, signerFont, half);
    ensure(signatureHeight());
    if (!atTop())
        m_y += pt(14);
    m_p.setPen(Ink);
    double y = m_y + drawLines(title, titleFont, m_left, m_y, half, Qt::AlignLeft);
    y += drawLines(recipients, recipientFont, m_left, y, half, Qt::AlignLeft);
    // Room under the signer's title for the signature and seal, then the name.
    double right = m_y + drawLines(signer, signerFont, m_left + half, m_y, half, Qt::AlignHCenter) + mm(28);
    if (!s.signerName.isEmpty())
        right += drawLines(wrap(s.signerName, signerFont, half), signerFont, m_left + half, right, half,
                           Qt::AlignHCenter);
    m_y = std::max(y, right);
}

double Flow::keepHeight(const QList<ReportBlock>& blocks, int i) const
{
    if (i >= blocks.size())
        return 0;
    const ReportBlock& b = blocks[i];
    const double body = lineHeight(ReportText::font(BodySize)) * 1.12;
    double keep = 0;
    switch (b.kind) {
    case ReportBlock::Subheading:
        return lineHeight(ReportText::font(BodySize, true, true)) + keepHeight(blocks, i + 1);
    case ReportBlock::Paragraph:
    case ReportBlock::Note: {
        // A short paragraph that introduces a table or a chart goes with it to the next page.
        const int lines = paragraphLines(b.text, b.kind == ReportBlock::Note);
        const bool introduces = i + 1 < blocks.size()
            && (blocks[i + 1].kind == ReportBlock::Table || blocks[i + 1].kind == ReportBlock::Chart);
        keep = std::min(2, lines) * body;
        if (introduces && lines <= 4)
            keep = lines * body + pt(6) + keepHeight(blocks, i + 1);
        break;
    }
    case ReportBlock::Figures:
        keep = mm(30);
        break;
    case ReportBlock::Table:
        keep = b.table.columns.isEmpty() ? 0 : tableKeep(b.table, layoutTable(b.table));
        break;
    case ReportBlock::Chart:
        keep = ReportChartPainter(b.chart, &m_device).height(m_width);
        break;
    }
    // Never more than most of a page: a longer run of blocks just flows.
    return std::min(keep, (m_bottom - m_top) * 0.7);
}

bool Flow::block(const ReportBlock& b)
{
    switch (b.kind) {
    case ReportBlock::Subheading:
        subheading(b.text);
        break;
    case ReportBlock::Paragraph:
    case ReportBlock::Note:
        paragraph(b.text, b.kind == ReportBlock::Note);
        break;
    case ReportBlock::Figures:
        figures(b.figures);
        break;
    case ReportBlock::Table:
        if (!table(b.table))
            return false;
        break;
    case ReportBlock::Chart:
        chart(b.chart);
        break;
    }
    return step();
}

bool Flow::run()
{
    m_total = m_report.rowCount();
    for (const ReportSection& s : m_report.sections)
        m_total += int(s.blocks.size());
    startPage();
    titleBlock();
    const ReportSection* last = nullptr;
    for (const ReportSection& s : m_report.sections) {
        if (!s.annex && !s.blocks.isEmpty())
            last = &s;
    }
    for (const ReportSection& s : m_report.sections) {
        if (s.annex)
            continue;
        heading(s.heading, keepHeight(s.blocks, 0));
        for (int i = 0; i < s.blocks.size(); ++i) {
            if (&s == last && i == s.blocks.size() - 1)
                m_tail = signatureHeight();
            ensure(keepHeight(s.blocks, i));
            if (!block(s.blocks[i]))
                return false;
        }
    }
    m_tail = 0;
    signature();
    for (const ReportSection& s : m_report.sections) {
        if (!s.annex)
            continue;
        newPage();
        annexHeading(s);
        for (const ReportBlock& b : s.blocks) {
            if (!block(b))
                return false;
        }
    }
    return true;
}

} // namespace

ReportPainter::ReportPainter(Report report)
    : m_report(std::move(report))
{
}

QPageLayout ReportPainter::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

bool ReportPainter::loadFonts()
{
    // The same font on every machine, whatever it has installed; the PDF embeds it. Debian installs Liberation Serif 1
    // (no Vietnamese letters) beside 2 under the same family and vendor, and Qt may then pick either file for a
    // style; so the embedded copies are registered under their own vendor (foundry), which ReportText::font names.
    static const bool loaded = [] {
        bool ok = true;
        for (const char* style : {"Regular", "Bold", "Italic", "BoldItalic"}) {
            QFile file(QStringLiteral(":/report/fonts/LiberationSerif-%1.ttf").arg(QLatin1String(style)));
            QByteArray data = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
            ok = !data.isEmpty() && ReportText::markFoundry(data)
                && QFontDatabase::addApplicationFontFromData(data) >= 0 && ok;
        }
        return ok;
    }();
    return loaded;
}

bool ReportPainter::paint(QPainter& painter)
{
    auto* device = dynamic_cast<QPagedPaintDevice*>(painter.device());
    if (!device)
        return false;
    loadFonts();
    painter.save();
    Flow flow(painter, *device, m_report, m_progress);
    const bool done = flow.run();
    m_pages = flow.pages();
    painter.restore();
    return done;
}

Status ReportPainter::writePdf(const QString& path, bool pdfA, const QString& creator)
{
    loadFonts();
    QPdfWriter writer(path);
    writer.setPageLayout(pageLayout());
    writer.setTitle(m_report.documentTitle);
    writer.setCreator(creator.isEmpty() ? QCoreApplication::applicationName() : creator);
    if (pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::storage(tr("cannot write %1").arg(path));
    const bool done = paint(painter);
    if (!painter.end())
        return Error::storage(tr("cannot write %1").arg(path));
    if (!done)
        return Error::input(tr("the report was not finished"));
    return success();
}

} // namespace par::ui
