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
    bool dashed = false; // a predecessor's results before the event that made the unit: drawn apart, never joined
};

// One bar of a chart.
struct Bar
{
    QString label; // short: a code or a rank and name
    Decimal value;
    QString title; // shown on hover
};

// Every QChart of the program is built here, from plain series, so that Qt Charts can be swapped in one place.
// Decimals become doubles only at this last step, for drawing. Every text given here is plain text: Qt Charts draws
// titles, axis labels and legends as HTML, so they are escaped here (a unit named "<b>x</b>" shows as typed).
class Charts
{
public:
    // Years as categories on the horizontal axis; gaps where a unit has no value.
    static QChart* lines(const QString& title, const QList<YearSeries>& series, const QString& valueTitle,
                         std::optional<double> maximum, bool reversed = false);
    // Horizontal bars, first bar on top; labels complete, values printed at the bars' ends.
    static QChart* bars(const QString& title, const QList<Bar>& bars, const QString& valueTitle, double maximum);
    // "3. Cải cách thủ tục hành chính", shortened at a word with "…" when longer than maxChars; the full title
    // belongs in Bar::title.
    static QString shortLabel(const QString& code, const QString& title, int maxChars = 34);
};

} // namespace par::ui
