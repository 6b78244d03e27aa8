#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace par::ui {

// Sorts the Setup and History tables the way a Vietnamese reader expects (Ă, Â, Đ... in their own places, "3.10"
// after "3.9") and filters on any column without regard to case or diacritics, so "bac kan" finds "Bắc Kạn".
// Source models give the value to sort by under SortRole; numbers sort as numbers, empty values last.
class CollatingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CollatingProxyModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    // Folds case and diacritics: "Đắk Lắk" -> "dak lak".
    static QString fold(const QString& text);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QCollator m_collator;
    QString m_search;
};

} // namespace par::ui
