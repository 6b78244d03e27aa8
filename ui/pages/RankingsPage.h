#pragma once

#include "pages/Page.h"

class QChartView;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace par::ui {

class RankingModel;
class RankingProxyModel;

// A cohort's ranking for the selected index, year and stage: sortable, filterable table and a bar chart.
class RankingsPage : public Page
{
    Q_OBJECT

public:
    explicit RankingsPage(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    QString iconName() const override;
    void refresh() override;

    RankingModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The visible rows as tab-separated text, as copied to the clipboard.
    QString tableText() const;
    void copy();
    QChartView* chartView() const { return m_chart; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitTable();
    void drawChart();

    QSplitter* m_splitter = nullptr;
    RankingModel* m_model;
    RankingProxyModel* m_proxy;
    QTableView* m_view;
    QChartView* m_chart;
    QLabel* m_heading;
    QLabel* m_note;
    QLineEdit* m_filter;
};

} // namespace par::ui
