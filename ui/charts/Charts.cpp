#include "charts/Charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace par::ui {

namespace {

double toDouble(const Decimal& d)
{
    return double(d.micro()) / double(Decimal::One); // drawing only: never compared or summed
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(esc(title));
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    chart->setTitleFont(font);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // 74,62 in Vietnamese
    chart->setLocale(QLocale());
    return chart;
}

} // namespace

QChart* Charts::lines(const QString& title, const QList<YearSeries>& series, const QString& valueTitle,
                      std::optional<double> maximum, bool reversed)
{
    QChart* chart = newChart(title);
    std::set<int> allYears;
    for (const YearSeries& s : series)
        allYears.insert(s.years.cbegin(), s.years.cend());
    QStringList categories;
    for (int y : allYears)
        categories << QString::number(y);
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    int i = 0;
    for (const QString& c : categories)
        x->append(c, i++);
    x->setRange(-0.3, qMax(0.3, categories.size() - 0.7));
    x->setGridLineVisible(false);
    chart->addAxis(x, Qt::AlignBottom);

    // Ranks are labelled where the reader counts: 1 and then round ranks (1, 10, 20, ...), not 1, 11, 21.
    QValueAxis* y = reversed ? new QCategoryAxis : new QValueAxis;
    y->setTitleText(esc(valueTitle));
    y->setLabelFormat(QStringLiteral("%.0f"));
    double low = maximum.value_or(0);
    double high = 0;
    const QList<int> yearList(allYears.cbegin(), allYears.cend());
    for (const YearSeries& s : series) {
        auto* line = new QLineSeries;
        auto* points = new QScatterSeries;
        line->setName(esc(s.name));
        points->setMarkerSize(8);
        for (int k = 0; k < s.years.size(); ++k) {
            if (!s.values[k])
                continue;
            const double v = toDouble(*s.values[k]);
            const double at = yearList.indexOf(s.years[k]);
            line->append(at, v);
            points->append(at, v);
            low = std::min(low, v);
            high = std::max(high, v);
        }
        // The values are labelled on the markers' series, which sets them above the marker: on the line's own
        // series they sit on the point and the marker hides their lower half ("73,92" read "73 92").
        points->setPointLabelsVisible(series.size() <= 3);
        points->setPointLabelsFormat(QStringLiteral("@yPoint"));
        points->setPointLabelsClipping(false);
        chart->addSeries(line);
        chart->addSeries(points);
        if (s.dashed) {
            QPen pen = line->pen();
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        }
        points->setColor(line->color());
        points->setBorderColor(line->color());
        for (QAbstractSeries* s2 : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
            s2->attachAxis(x);
        }
        chart->legend()->markers(points).first()->setVisible(false);
    }
    if (reversed) {
        // Ranks: whole numbers only, rank 1 at the top, a label at 1 and at every step (a round number) down to the
        // lowest rank shown.
        const int lowest = std::max(2, int(std::ceil(high)));
        int step = 1;
        for (int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
            step = candidate;
            if (lowest / candidate <= 6)
                break;
        }
        const int bottom = step == 1 ? lowest : step * int(std::ceil(double(lowest) / step));
        auto* ranks = static_cast<QCategoryAxis*>(y);
        ranks->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        ranks->append(QStringLiteral("1"), 1);
        for (int r = step; r <= bottom; r += step) {
            if (r > 1)
                ranks->append(QString::number(r), r);
        }
        y->setReverse(true);
        y->setRange(1, bottom);
    } else {
        const double top = maximum ? *maximum : high;
        const double bottom = std::max(0.0, std::floor((low - (top - low) * 0.15) / 5) * 5);
        y->setRange(bottom, top);
        y->applyNiceNumbers();
    }
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series())
        s->attachAxis(y);
    chart->legend()->setVisible(series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* Charts::bars(const QString& title, const QList<Bar>& bars, const QString& valueTitle, double maximum)
{
    QChart* chart = newChart(title);
    auto* set = new QBarSet(esc(valueTitle));
    QStringList labels;
    // Qt draws the first category at the bottom; reverse so that the list reads from the top. Labels are short
    // codes (a chart has no room for a criterion's full title, and a cut title misleads); the title shows on hover.
    for (auto b = bars.crbegin(); b != bars.crend(); ++b) {
        *set << toDouble(b->value);
        labels << b->label;
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);
    set->setLabelColor(Qt::white);
    // A bar is a share of its row; with few rows a full share makes a slab, so few bars stay slim.
    series->setBarWidth(bars.size() >= 6 ? 0.7 : 0.12 * double(std::max<qsizetype>(1, bars.size())));
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    for (const QString& label : std::as_const(labels))
        y->append(esc(label));
    y->setGridLineVisible(false);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    // Qt Charts gives the left axis at most 40% of the chart and, with truncation off, lets longer labels run off the
    // widget's left edge ("12. Sở Lao động" read "2. Sở Lao động"); with truncation on, it cuts them where it likes.
    // So labels are shortened here, at their end with "…", to the axis' share as the chart's width changes: the
    // rank and the start of the name always show; the whole name is in the bar's tooltip and the table beside it.
    // (Two-line labels were tried: Qt hides a label that overlaps its neighbour, so some units lost their label.)
    const QStringList plain = labels;
    auto fit = [chart, y, plain] {
        const QFontMetricsF metrics(y->labelsFont());
        const QMargins m = chart->margins();
        const qreal room = 0.4 * (chart->size().width() - m.left() - m.right()) - 16; // tick, padding, text margins
        if (room <= 40)
            return;
        QStringList lines;
        for (const QString& label : plain)
            lines << esc(metrics.elidedText(label, Qt::ElideRight, room));
        if (lines != y->categories()) {
            y->clear();
            y->append(lines);
        }
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, fit);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, maximum);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(esc(valueTitle));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    QStringList titles;
    for (auto b = bars.crbegin(); b != bars.crend(); ++b)
        titles << b->title;
    QObject::connect(set, &QBarSet::hovered, chart, [titles, set](bool on, int at) {
        if (on && at >= 0 && at < titles.size())
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                    .arg(QString(titles[at] + QStringLiteral(": ") + QLocale().toString(set->at(at))).toHtmlEscaped()));
        else
            QToolTip::hideText();
    });
    return chart;
}

QString Charts::shortLabel(const QString& code, const QString& title, int maxChars)
{
    QString text = code.isEmpty() ? title : title.isEmpty() ? code : code + QStringLiteral(". ") + title;
    if (text.size() <= maxChars)
        return text;
    int cut = int(text.lastIndexOf(u' ', maxChars - 1));
    if (cut <= code.size() + 2)
        cut = maxChars - 1;
    while (cut > 0 && (text[cut - 1] == u',' || text[cut - 1] == u' '))
        --cut;
    return text.left(cut) + QStringLiteral("…");
}

} // namespace par::ui
