#pragma once

#include "pages/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace par::ui {

class AuditModel;
class CollatingProxyModel;

// The audit log that the database writes for every change: who changed what, when, from which value to which, and
// why; filtered by index, year, unit, criterion and person, newest first.
class HistoryPage : public Page
{
    Q_OBJECT

public:
    explicit HistoryPage(Session& session, QWidget* parent = nullptr);
    QString title() const override;
    QString iconName() const override;
    void refresh() override;

    // The newest entries shown at most; narrower filters reach older ones.
    static constexpr int Limit = 5000;

    AuditModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setUnitFilter(const QString& unit);
    void setCriterionFilter(const QString& criterion);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fillFilters();
    void reload();
    void clearFilters();
    void showDetail();

    QComboBox* m_index;
    QComboBox* m_year;
    QComboBox* m_unit;
    QLineEdit* m_criterion;
    QComboBox* m_actor;
    QPushButton* m_clear;
    QTableView* m_view;
    AuditModel* m_model;
    CollatingProxyModel* m_proxy;
    QLabel* m_count;
    QLabel* m_detail;
    QTimer* m_typing;
    bool m_filling = false;
};

} // namespace par::ui
