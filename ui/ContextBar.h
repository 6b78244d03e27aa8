#pragma once

#include "Session.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace par::ui {

// The choices every page shares: index, year, cohort, unit and stage, in the main window's tool bar.
class ContextBar : public QWidget
{
    Q_OBJECT

public:
    explicit ContextBar(Session& session, QWidget* parent = nullptr);

    // Fills the lists from the database and selects the remembered or the first choices.
    void reload(const QString& indexCode = QString(), int year = 0, const QString& unitName = QString());

private:
    void fillYears(int preferred);
    void fillCohorts();
    void fillUnits(const QString& preferred);
    void apply();

    Session& m_session;
    QComboBox* m_index;
    QComboBox* m_year;
    QComboBox* m_cohort;
    QComboBox* m_unit;
    QComboBox* m_stage;
    bool m_filling = false;
};

} // namespace par::ui
