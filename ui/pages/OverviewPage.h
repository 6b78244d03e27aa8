#pragma once

#include "pages/Page.h"

class QChartView;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTableView;

namespace par::ui {

class LostPointsModel;
class YearGlancePanel;

// The unit's standing in the selected index and year at a glance: total, percent, rank, band and change; the trend
// over all years; each field as a percent of its maximum; the criteria that lost most points and who leads them.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    QString iconName() const override;
    void refresh() override;

    QString figure(const QString& name) const; // the text of one summary card, for tests
    // Where the year's cycle stands per cohort, with the next step as a button (the window acts on its signal).
    YearGlancePanel* glance() const { return m_glance; }

private:
    QLabel* addCard(QGridLayout* grid, int column, const QString& caption, const QString& name);
    void clearAll(const QString& why);
    QString noResults(const Unit& unit, const QString& indexCode) const;
    void refreshGlance();

    YearGlancePanel* m_glance;
    QLabel* m_heading;
    QLabel* m_note; // provisional ranks, incomplete totals, published ranks and their source
    QLabel* m_total;
    QLabel* m_percent;
    QLabel* m_rank;
    QLabel* m_band;
    QLabel* m_change;
    QChartView* m_trend;
    QChartView* m_fields;
    QTabWidget* m_tabs;
    LostPointsModel* m_lost;
    LostPointsModel* m_fell;
};

} // namespace par::ui
