#pragma once

#include "Session.h"
#include "setup/UnitsModel.h"

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace par::ui {

class ChoiceDelegate;
class CollatingProxyModel;

// The Setup page's units (with life span and the mergers, splits and renames recorded as events) and the cohorts of the
// chosen index with their members for the chosen year. Every edit is written through the core's UnitEditor.
class UnitsTab : public QWidget
{
    Q_OBJECT

public:
    explicit UnitsTab(Session& session, QWidget* parent = nullptr);

    void load(const std::optional<Index>& index, int year);

    QTableView* unitsView() const { return m_units; }
    QAction* mergeAction() const { return m_merge; }
    QAction* splitAction() const { return m_split; }
    QAction* renameAction() const { return m_rename; }
    UnitsModel* unitsModel() const { return m_unitsModel; }
    UnitsModel* membersModel() const { return m_membersModel; }

signals:
    void status(const QString& message);

private:
    void loadMembers();
    void newUnit();
    void recordEvent(LineageEvent::Kind kind);
    void newCohort();
    void addMembers();
    void removeMember();
    void applyUnitEdit(qint64 unitId, UnitsModel::Column column, const QVariant& value);
    void updateActions();
    void written(const QString& message);
    std::optional<Unit> currentUnit() const;
    std::optional<Cohort> currentCohort() const;

    Session& m_session;
    std::optional<Index> m_index;
    int m_year = 0;
    QList<Cohort> m_cohorts;

    QLineEdit* m_filter;
    QTableView* m_units;
    UnitsModel* m_unitsModel;
    CollatingProxyModel* m_unitsProxy;
    ChoiceDelegate* m_kindDelegate;
    QAction* m_newUnit;
    QAction* m_merge;
    QAction* m_split;
    QAction* m_rename;
    QLabel* m_unitsCount;

    QGroupBox* m_cohortBox;
    QComboBox* m_cohort;
    QAction* m_newCohort;
    QTableView* m_members;
    UnitsModel* m_membersModel;
    CollatingProxyModel* m_membersProxy;
    QAction* m_addMembers;
    QAction* m_removeMember;
    QLabel* m_membersCount;
};

} // namespace par::ui
