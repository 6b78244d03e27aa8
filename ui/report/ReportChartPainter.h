#pragma once

#include "report/Report.h"

#include <QRectF>

class QPainter;
class QPaintDevice;

namespace par::ui {

// Paints one chart of a report as vectors (paths, lines and text; never an image), at print size: a line chart of a
// trend with its years and values, or horizontal bars of shares of a maximum with every label complete (long labels
// wrap onto more lines, never shortened). The same code measures (height) and paints, so they cannot disagree.
class ReportChartPainter
{
public:
    ReportChartPainter(const ReportChart& chart, const QPaintDevice* device);

    // The height the chart takes at a width, in the device's units.
    double height(double width) const;
    void paint(QPainter& painter, const QRectF& rect) const;

private:
    double pt(double points) const { return points * m_unit; }
    double lineChart(QPainter* painter, const QRectF& rect) const; // paints when painter is set; returns the height
    double barChart(QPainter* painter, const QRectF& rect) const;
    double title(QPainter* painter, const QRectF& rect) const;

    const ReportChart& m_chart;
    const QPaintDevice* m_device;
    double m_unit; // device units per point
};

} // namespace par::ui
