#pragma once

#include "charts/Charts.h"
#include "pages/Page.h"
#include "scoring/Analysis.h"

#include <QSet>

class QChartView;
class QComboBox;
class QLabel;
class QLocale;
class QListWidget;
class QTableWidget;

namespace par::ui {

// Several units and one criterion (the total or any field) over the years: a line chart with years as categories,
// the values in a table beside it, and, for the total, the rank over the years. A unit formed by a merger or a split
// brings its predecessors' own lines before the event (dashed, marked), never a figure made up from theirs.
class TrendsPage : public Page
{
    Q_OBJECT

public:
    explicit TrendsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    QString iconName() const override;
    void refresh() override;

    QTableWidget* table() const { return m_table; }
    QChartView* chart() const { return m_chart; }
    void setChecked(const QList<qint64>& unitIds);

private:
    void fitUnitNames();
    void fillChoices();
    void draw();
    void showLegend(const QList<YearSeries>& values);
    void fillTable(const QList<SeriesLine>& lines, const QList<QString>& successorOf, bool withRanks);
    // "+1,20", or "+1,20 (vs 2022)" where the value it is against is years back.
    static QString changeText(const SeriesPoint& p, const QLocale& locale);

    QListWidget* m_units;
    QComboBox* m_criterion;
    QChartView* m_chart;
    QChartView* m_ranks;
    QTableWidget* m_table;
    QLabel* m_heading;
    QLabel* m_note; // ranks that are published (*) or provisional (?)
    QLabel* m_legend;
    QSet<qint64> m_checked;
    QString m_loadedIndex;
    qint64 m_loadedCohort = 0;
    bool m_filling = false;
};

} // namespace par::ui
