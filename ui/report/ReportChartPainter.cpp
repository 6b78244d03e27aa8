#include "report/ReportChartPainter.h"

#include "report/ReportText.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace par::ui {

namespace {

// Opaque colours only: PDF/A-1 allows no transparency. Dark enough to print in black and white.
const QColor Ink(0, 0, 0);
const QColor Series(31, 78, 121);
const QColor Track(228, 232, 238);
const QColor Grid(200, 200, 200);
const QColor Axis(90, 90, 90);

void drawLines(QPainter& p, const QStringList& lines, const QFont& font, const QPaintDevice* device, double x, double y,
               double width, Qt::Alignment align)
{
    const QFontMetricsF m(font, device);
    p.setFont(font);
    for (const QString& line : lines) {
        double left = x;
        const double w = m.horizontalAdvance(line);
        if (align & Qt::AlignHCenter)
            left = x + (width - w) / 2;
        else if (align & Qt::AlignRight)
            left = x + width - w;
        p.drawText(QPointF(left, y + m.ascent()), line);
        y += m.lineSpacing();
    }
}

} // namespace

ReportChartPainter::ReportChartPainter(const ReportChart& chart, const QPaintDevice* device)
    : m_chart(chart)
    , m_device(device)
    , m_unit(device->logicalDpiY() / 72.0)
{
}

double ReportChartPainter::height(double width) const
{
    const QRectF rect(0, 0, width, 0);
    return m_chart.kind == ReportChart::Line ? lineChart(nullptr, rect) : barChart(nullptr, rect);
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_chart.kind == ReportChart::Line)
        lineChart(&painter, rect);
    else
        barChart(&painter, rect);
    painter.restore();
}

double ReportChartPainter::title(QPainter* p, const QRectF& rect) const
{
    const QFont font = ReportText::font(11.5, true);
    const QStringList lines = ReportText::wrap(m_chart.title, font, m_device, rect.width() * 0.9);
    if (p) {
        p->setPen(Ink);
        drawLines(*p, lines, font, m_device, rect.left(), rect.top(), rect.width(), Qt::AlignHCenter);
    }
    return lines.size() * QFontMetricsF(font, m_device).lineSpacing() + pt(8);
}

double ReportChartPainter::lineChart(QPainter* p, const QRectF& rect) const
{
    const QFont labelFont = ReportText::font(10);
    const QFont subFont = ReportText::font(9, false, true);
    const QFont valueFont = ReportText::font(10, true);
    const QFontMetricsF lm(labelFont, m_device);
    const QFontMetricsF sm(subFont, m_device);
    const QFontMetricsF vm(valueFont, m_device);

    double y = rect.top() + title(p, rect);
    const double plotHeight = pt(150);
    const double plotTop = y + vm.lineSpacing() / 2;
    const double plotBottom = plotTop + plotHeight;

    // Left of the plot: the value axis title turned upright (wrapped to the plot's height), then the tick labels.
    const QStringList axisTitle = m_chart.valueAxisTitle.isEmpty()
        ? QStringList()
        : ReportText::wrap(m_chart.valueAxisTitle, labelFont, m_device, plotHeight);
    const double axisTitleWidth = axisTitle.size() * lm.lineSpacing();
    double tickWidth = 0;
    for (const ReportTick& t : m_chart.ticks)
        tickWidth = std::max(tickWidth, lm.horizontalAdvance(t.label));
    const double plotLeft = rect.left() + axisTitleWidth + pt(6) + tickWidth + pt(5);
    const double plotRight = rect.right() - pt(6);
    const double span = std::max(1e-9, m_chart.axisMax - m_chart.axisMin);
    auto yOf = [&](double v) {
        return plotBottom - (std::clamp(v, m_chart.axisMin, m_chart.axisMax) - m_chart.axisMin) / span * plotHeight;
    };

    // Categories: equal bands, labels wrapped to the band.
    const int n = int(m_chart.points.size());
    const double band = n > 0 ? (plotRight - plotLeft) / n : 0;
    double categoryHeight = 0;
    QList<QStringList> labels;
    QList<QStringList> sublabels;
    for (const ReportChartPoint& point : m_chart.points) {
        labels.append(ReportText::wrap(point.label, labelFont, m_device, band - pt(4)));
        sublabels.append(point.sublabel.isEmpty() ? QStringList()
                                                  : ReportText::wrap(point.sublabel, subFont, m_device, band - pt(4)));
        categoryHeight = std::max(categoryHeight,
                                  labels.last().size() * lm.lineSpacing() + sublabels.last().size() * sm.lineSpacing());
    }
    const QStringList categoryTitle = m_chart.categoryAxisTitle.isEmpty()
        ? QStringList()
        : ReportText::wrap(m_chart.categoryAxisTitle, labelFont, m_device, plotRight - plotLeft);
    const double bottom = plotBottom + pt(5) + categoryHeight + pt(4) + categoryTitle.size() * lm.lineSpacing() + pt(4);
    if (!p)
        return bottom - rect.top();

    // Grid and ticks.
    p->setFont(labelFont);
    for (const ReportTick& t : m_chart.ticks) {
        const double ty = yOf(t.value);
        p->setPen(QPen(Grid, pt(0.5)));
        p->drawLine(QPointF(plotLeft, ty), QPointF(plotRight, ty));
        p->setPen(Ink);
        p->drawText(QPointF(plotLeft - pt(5) - lm.horizontalAdvance(t.label), ty - lm.height() / 2 + lm.ascent()),
                    t.label);
    }
    p->setPen(QPen(Axis, pt(0.9)));
    p->drawLine(QPointF(plotLeft, plotTop), QPointF(plotLeft, plotBottom));
    p->drawLine(QPointF(plotLeft, plotBottom), QPointF(plotRight, plotBottom));

    // The value axis title, read from bottom to top.
    if (!axisTitle.isEmpty()) {
        p->save();
        p->translate(rect.left(), (plotTop + plotBottom) / 2);
        p->rotate(-90);
        p->setPen(Ink);
        drawLines(*p, axisTitle, labelFont, m_device, -plotHeight / 2, 0, plotHeight, Qt::AlignHCenter);
        p->restore();
    }

    // Category labels under the axis, the axis title under them.
    p->setPen(Ink);
    for (int i = 0; i < n; ++i) {
        const double left = plotLeft + band * i + pt(2);
        drawLines(*p, labels[i], labelFont, m_device, left, plotBottom + pt(5), band - pt(4), Qt::AlignHCenter);
        drawLines(*p, sublabels[i], subFont, m_device, left, plotBottom + pt(5) + labels[i].size() * lm.lineSpacing(),
                  band - pt(4), Qt::AlignHCenter);
    }
    drawLines(*p, categoryTitle, labelFont, m_device, plotLeft, plotBottom + pt(5) + categoryHeight + pt(4),
              plotRight - plotLeft, Qt::AlignHCenter);

    // The series: a line through the points, a marker and the value at each.
    QPainterPath path;
    QList<QPointF> at;
    for (int i = 0; i < n; ++i) {
        const QPointF point(plotLeft + band * (i + 0.5), yOf(m_chart.points[i].value));
        at.append(point);
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    p->setPen(QPen(Series, pt(2), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->setPen(QPen(Qt::white, pt(1)));
    p->setBrush(Series);
    for (const QPointF& point : at)
        p->drawEllipse(point, pt(3.5), pt(3.5));
    p->setBrush(Qt::NoBrush);
    p->setPen(Ink);
    p->setFont(valueFont);
    for (int i = 0; i < n; ++i) {
        const QString& text = m_chart.points[i].valueText;
        const double w = vm.horizontalAdvance(text);
        double baseline = at[i].y() - pt(7) - vm.descent();
        if (baseline - vm.ascent() < plotTop - vm.lineSpacing() / 2)
            baseline = at[i].y() + pt(7) + vm.ascent();
        p->drawText(QPointF(at[i].x() - w / 2, baseline), text);
    }
    return bottom - rect.top();
}

double ReportChartPainter::barChart(QPainter* p, const QRectF& rect) const
{
    const QFont labelFont = ReportText::font(10);
    const QFont valueFont = ReportText::font(10, true);
    const QFont tickFont = ReportText::font(9.5);
    const QFontMetricsF lm(labelFont, m_device);
    const QFontMetricsF vm(valueFont, m_device);
    const QFontMetricsF tm(tickFont, m_device);

    double y = rect.top() + title(p, rect);
    const double labelWidth = rect.width() * 0.44;
    double valueWidth = 0;
    for (const ReportChartPoint& point : m_chart.points)
        valueWidth = std::max(valueWidth, vm.horizontalAdvance(point.valueText));
    const double barLeft = rect.left() + labelWidth + pt(8);
    const double barRight = rect.right() - valueWidth - pt(8);
    const double span = std::max(1e-9, m_chart.axisMax - m_chart.axisMin);
    auto xOf = [&](double v) {
        return barLeft
            + (std::clamp(v, m_chart.axisMin, m_chart.axisMax) - m_chart.axisMin) / span * (barRight - barLeft);
    };

    const double thickness = pt(10);
    const double gap = pt(5);
    QList<QStringList> labels;
    QList<double> rowHeights;
    double rowsHeight = 0;
    for (const ReportChartPoint& point : m_chart.points) {
        labels.append(ReportText::wrap(point.label, labelFont, m_device, labelWidth));
        rowHeights.append(std::max(labels.last().size() * lm.lineSpacing(), thickness) + gap);
        rowsHeight += rowHeights.last();
    }
    const double rowsTop = y;
    const double rowsBottom = rowsTop + rowsHeight;
    const QStringList axisTitle = m_chart.valueAxisTitle.isEmpty()
        ? QStringList()
        : ReportText::wrap(m_chart.valueAxisTitle, labelFont, m_device, barRight - barLeft);
    const double bottom = rowsBottom + pt(4) + tm.lineSpacing() + pt(3) + axisTitle.size() * lm.lineSpacing() + pt(4);
    if (!p)
        return bottom - rect.top();

    // Vertical grid at the ticks, labels under the bars.
    p->setFont(tickFont);
    for (const ReportTick& t : m_chart.ticks) {
        const double tx = xOf(t.value);
        p->setPen(QPen(Grid, pt(0.5)));
        p->drawLine(QPointF(tx, rowsTop), QPointF(tx, rowsBottom));
        p->setPen(Ink);
        p->drawText(QPointF(tx - tm.horizontalAdvance(t.label) / 2, rowsBottom + pt(4) + tm.ascent()), t.label);
    }
    p->setPen(Ink);
    drawLines(*p, axisTitle, labelFont, m_device, barLeft, rowsBottom + pt(4) + tm.lineSpacing() + pt(3),
              barRight - barLeft, Qt::AlignHCenter);

    // Each row: the label, a track to the maximum, the bar, and the value after it.
    double rowTop = rowsTop;
    for (int i = 0; i < m_chart.points.size(); ++i) {
        const ReportChartPoint& point = m_chart.points[i];
        const double centre = rowTop + rowHeights[i] / 2;
        p->setPen(Ink);
        drawLines(*p, labels[i], labelFont, m_device, rect.left(), centre - labels[i].size() * lm.lineSpacing() / 2,
                  labelWidth, Qt::AlignLeft);
        const QRectF track(barLeft, centre - thickness / 2, barRight - barLeft, thickness);
        p->fillRect(track, Track);
        const QRectF bar(barLeft, track.top(), xOf(point.value) - barLeft, thickness);
        p->fillRect(bar, Series);
        p->setFont(valueFont);
        // Values in a column after the tracks, right-aligned on the widest.
        p->drawText(
            QPointF(rect.right() - vm.horizontalAdvance(point.valueText), centre - vm.height() / 2 + vm.ascent()),
            point.valueText);
        rowTop += rowHeights[i];
    }
    p->setPen(QPen(Axis, pt(0.9)));
    p->drawLine(QPointF(barLeft, rowsTop), QPointF(barLeft, rowsBottom));
    return bottom - rect.top();
}

} // namespace par::ui
