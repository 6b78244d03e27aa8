#pragma once

#include "scoring/Analysis.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace par::ui {

// A cohort's ranking: rank (ties marked), unit, total, percent, band, last year's rank (with its "of", or a new
// unit's predecessors' ranks) and the change of the total.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Rank,
        Unit,
        Total,
        Percent,
        Band,
        PreviousRank,
        Change,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    // The cell as a spreadsheet takes it: numbers without thousands separators or arrows, in the locale's decimal
    // separator (a Vietnamese spreadsheet reads 74,62 as a number, 74.62 as a date or text).
    static constexpr int CopyRole = Qt::UserRole + 2;

    explicit RankingModel(QObject* parent = nullptr);
    void load(const RankingResult& result);
    const RankingResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rank as shown ("2=", "49/63" where published), for the table and the chart.
    QString rankText(int row) const;
    // Last year's rank, with its own "of" ("5/18") where that ranking was another; for a unit formed by a merger or
    // split, its predecessors' ranks.
    QString previousText(int row) const;
    // "Sở X: in 2024 its predecessors ranked 5/18 (Sở A, 82,10%) and 11/18 (Sở B, 76,85%)."; empty for other units.
    QString predecessorsSentence(int row) const;

private:
    static QString placeText(int rank, std::optional<int> of, bool tied);
    QString previousTip(int row) const;
    QString ownPreviousText(int row) const;

    RankingResult m_result;
};

// Sorts units in Vietnamese alphabetical order and numbers by value, and filters by unit name.
class RankingProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RankingProxyModel(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace par::ui
