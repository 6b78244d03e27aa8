#pragma once

#include "Session.h"
#include "setup/BandsModel.h"
#include "setup/CriteriaTreeModel.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QTableView;
class QTreeView;

namespace par::ui {

class ActionRow;
class ChoiceDelegate;

// The Setup page's criteria tree of one index and year, with its classification bands beside it. Every edit is
// written through the core's FrameworkEditor, then the session is told so that every page refreshes.
class FrameworkTab : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkTab(Session& session, QWidget* parent = nullptr);

    // Shows the index's framework for the year; nothing when the index or the year has none.
    void load(const std::optional<Index>& index, int year);

    QTreeView* tree() const { return m_tree; }
    CriteriaTreeModel* model() const { return m_model; }
    BandsModel* bandsModel() const { return m_bandsModel; }

signals:
    void status(const QString& message);

private:
    void addChild();
    void addSibling();
    void removeCurrent();
    void moveCurrent(int delta);
    void addBand();
    void removeBand();
    void applyCriterionEdit(qint64 criterionId, CriteriaTreeModel::Column column, const QVariant& value);
    void applyBandEdit(int row, BandsModel::Column column, const QVariant& value);
    void updateActions();
    void showRefusal(const QString& title, const Error& error);
    void written(const QString& message, qint64 selectId = 0);
    int currentPosition() const;
    QStringList leadUnitChoices() const;

    Session& m_session;
    std::optional<Index> m_index;
    int m_year = 0;
    bool m_scored = false;
    QStringList m_final;
    QLabel* m_summary;
    QLabel* m_lock;
    ActionRow* m_toolBar;
    QTreeView* m_tree;
    CriteriaTreeModel* m_model;
    ChoiceDelegate* m_aggregationDelegate;
    ChoiceDelegate* m_leadDelegate;
    QAction* m_addChild;
    QAction* m_addSibling;
    QAction* m_remove;
    QAction* m_moveUp;
    QAction* m_moveDown;
    QLabel* m_bandsTitle;
    QTableView* m_bands;
    BandsModel* m_bandsModel;
    QAction* m_addBand;
    QAction* m_removeBand;
    QStringList m_unitNames;
};

} // namespace par::ui
