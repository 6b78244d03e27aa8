#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace par::ui {

class FrameworkTab;
class UnitsTab;

// Indexes and their yearly frameworks (criteria tree, maxima, lead units, bands), units and cohorts. The page keeps
// its own choice of index and year, so a new index or year can be set up before the rest of the program shows it;
// it follows the context bar whenever that changes.
class SetupPage : public Page
{
    Q_OBJECT

public:
    explicit SetupPage(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    QString iconName() const override;
    void refresh() override;

    QTabWidget* tabs() const { return m_tabs; }
    FrameworkTab* frameworkTab() const { return m_framework; }
    UnitsTab* unitsTab() const { return m_units; }

private:
    void fillIndexes();
    void fillYears();
    void loadTabs();
    void newIndex();
    void newYear();
    void importFramework();
    void removeYear();
    QList<int> years() const;

    QComboBox* m_index;
    QComboBox* m_year;
    QPushButton* m_newIndex;
    QPushButton* m_newYear;
    QPushButton* m_import;
    QPushButton* m_removeYear;
    QLabel* m_indexName;
    QTabWidget* m_tabs;
    FrameworkTab* m_framework;
    UnitsTab* m_units;
    QString m_indexCode;
    int m_yearValue = 0;
    QString m_seenIndex;
    int m_seenYear = -1;
    bool m_filling = false;
};

} // namespace par::ui
