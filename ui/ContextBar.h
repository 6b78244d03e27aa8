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
    // "New year..." (the last choice of the year list, and the empty Score entry's button): the Setup page's dialog,
    // copying last year's criteria or starting empty; on success the context moves to the new year. Returns the
    // year made, 0 when cancelled.
    int newYear();
    // Chooses a cohort of the current index and a stage, as the user would in the lists (the Overview's next step).
    void selectCohort(qint64 cohortId);
    void selectStage(Stage stage);

    // The year list's last item, which opens newYear() rather than choosing a year.
    static constexpr int NewYearItem = -1;

signals:
    void status(const QString& message);

private:
    void fillYears(int preferred);
    void fillCohorts(const QString& preferred = QString());
    void fillUnits(const QString& preferred);
    struct Place
    {
        int index = -1; // in the index box
        int year = 0; // the newest the unit is a member in
        QString cohort;
        QString unit;
    };
    Place ownUnitsPlace() const;
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
