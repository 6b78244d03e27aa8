#include "charts/Charts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace par::ui {

namespace {

double toDouble(const Decimal& d)
{
    return double(d.micro()) / double(Decimal::One); // drawing only: never compared or summed
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
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

    auto* y = new QValueAxis;
    y->setTitleText(valueTitle);
    y->setLabelFormat(QStringLiteral("%.0f"));
    double low = maximum.value_or(0);
    double high = 0;
    const QList<int> yearList(allYears.cbegin(), allYears.cend());
    for (const YearSeries& s : series) {
        auto* line = new QLineSeries;
        auto* points = new QScatterSeries;
        line->setName(s.name);
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
        line->setPointLabelsVisible(series.size() <= 3);
        line->setPointLabelsFormat(QStringLiteral("@yPoint"));
        line->setPointLabelsClipping(false);
        chart->addSeries(line);
        chart->addSeries(points);
        points->setColor(line->color());
        points->setBorderColor(line->color());
        for (QAbstractSeries* s2 : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
            s2->attachAxis(x);
        }
        chart->legend()->markers(points).first()->setVisible(false);
    }
    if (reversed) {
        y->setReverse(true);
        y->setRange(1, std::max(high + 1, 2.0));
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setTickCount(std::min(6, int(high) + 1));
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
    auto* set = new QBarSet(valueTitle);
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
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    y->setGridLineVisible(false);
    y->setTruncateLabels(false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    x->setRange(0, maximum);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(valueTitle);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    QStringList titles;
    for (auto b = bars.crbegin(); b != bars.crend(); ++b)
        titles << b->title;
    QObject::connect(set, &QBarSet::hovered, chart, [titles, set](bool on, int at) {
        if (on && at >= 0 && at < titles.size())
            QToolTip::showText(QCursor::pos(), titles[at] + QStringLiteral(": ") + QLocale().toString(set->at(at)));
        else
            QToolTip::hideText();
    });
    return chart;
}

} // namespace par::ui
