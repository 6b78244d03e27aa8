#pragma once

#include "model/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QChart;

namespace par::ui {

// One line of a chart over years.
struct YearSeries
{
    QString name;
    QList<int> years;
    QList<std::optional<Decimal>> values;
};

// One bar of a chart.
struct Bar
{
    QString label; // short: a code or a rank and name
    Decimal value;
    QString title; // shown on hover
};

// Every QChart of the program is built here, from plain series, so that Qt Charts can be swapped in one place.
// Decimals become doubles only at this last step, for drawing.
class Charts
{
public:
    // Years as categories on the horizontal axis; gaps where a unit has no value.
    static QChart* lines(const QString& title, const QList<YearSeries>& series, const QString& valueTitle,
                         std::optional<double> maximum, bool reversed = false);
    // Horizontal bars, first bar on top; labels complete, values printed at the bars' ends.
    static QChart* bars(const QString& title, const QList<Bar>& bars, const QString& valueTitle, double maximum);
};

} // namespace par::ui
