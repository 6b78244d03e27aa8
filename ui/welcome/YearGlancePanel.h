#pragma once

#include "scoring/YearGlance.h"
#include "storage/Permissions.h"

#include <QFrame>

class QGridLayout;
class QLabel;
class QPushButton;

namespace par::ui {

// The Overview's "year at a glance": for the index and year in the context bar, one line per cohort saying where the
// cycle stands (criteria, self-assessed, appraised, missing units, final) with the next step as a button. Shows what
// YearGlance computed; counts nothing itself.
class YearGlancePanel : public QFrame
{
    Q_OBJECT

public:
    explicit YearGlancePanel(QWidget* parent = nullptr);

    // A step the account may not take (a unit's account and the secretariat's import) is shown, disabled, with why.
    // An account that reads only part of the scores (a unit's) is told that the counts are of what it may read.
    void load(const QString& indexCode, int year, const QList<CohortGlance>& cohorts,
              const Permissions& permissions = Permissions());
    void showMessage(const QString& text);

    // The button's text for a step ("Import scores").
    static QString stepText(CohortGlance::Step step);
    // Whether the account may take the step, as the server would allow it.
    static bool mayTake(CohortGlance::Step step, const Permissions& permissions);
    // The text of one cell, for tests: row from 0, column a Column.
    enum Column
    {
        CohortColumn,
        CriteriaColumn,
        SelfColumn,
        FinalColumn,
        MissingColumn,
        StateColumn,
        StepColumn,
    };
    QString cell(int row, Column column) const;
    QPushButton* stepButton(int row) const;
    int rows() const { return int(m_rows.size()); }

signals:
    void stepRequested(CohortGlance::Step step, qint64 cohortId);

private:
    void clearRows();

    QLabel* m_title;
    QLabel* m_message;
    QGridLayout* m_grid;
    QList<QList<QWidget*>> m_rows;
};

} // namespace par::ui
