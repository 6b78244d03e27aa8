#include "models/RankingModel.h"

#include "PlainText.h"
#include "scoring/Ranking.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <limits>

namespace par::ui {

RankingModel::RankingModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RankingModel::load(const RankingResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RankingModel::rankText(int row) const
{
    const RankedUnit& r = m_result.rows[row];
    const Standing s = m_result.standing.value(r.unitId);
    if (!s.rank)
        return QString();
    if (s.published)
        return QStringLiteral("%1/%2").arg(*s.rank).arg(*s.of);
    return s.tied ? tr("%1=").arg(*s.rank) : QString::number(*s.rank);
}

QString RankingModel::ownPreviousText(int row) const
{
    const RankedUnit& r = m_result.rows[row];
    if (!r.previousRank)
        return QString();
    // Out of its own "of" where that ranking differs from this year's (a published rank of a larger pool, or a
    // cohort that changed shape): 11th of 18 then is not 11th of 13 now.
    const Standing s = m_result.previousStanding.value(r.unitId);
    const bool withOf = s.published || m_result.cohortChanged;
    return placeText(*r.previousRank, withOf ? r.previousOf : std::nullopt, s.tied);
}

QString RankingModel::previousText(int row) const
{
    const RankedUnit& r = m_result.rows[row];
    const QString own = ownPreviousText(row);
    if (r.predecessors.isEmpty())
        return own;
    // A unit formed by a merger or a split, or one that took others in: the predecessors' ranks, each its own.
    QStringList places;
    for (const PredecessorRank& p : r.predecessors)
        places << (p.rank ? placeText(*p.rank, p.of, p.tied) : tr("no value"));
    const QString theirs = places.join(QStringLiteral(", "));
    return own.isEmpty() ? tr("predecessors %1").arg(theirs) : tr("%1; merged in %2").arg(own, theirs);
}

// "5", "5=" tied, "5/18" out of its own ranking.
QString RankingModel::placeText(int rank, std::optional<int> of, bool tied)
{
    return QStringLiteral("%1%2%3")
        .arg(rank)
        .arg(tied ? QStringLiteral("=") : QString())
        .arg(of ? QStringLiteral("/%1").arg(*of) : QString());
}

QString RankingModel::predecessorsSentence(int row) const
{
    const RankedUnit& r = m_result.rows[row];
    if (r.predecessors.isEmpty())
        return QString();
    const QLocale locale;
    QStringList each;
    for (const PredecessorRank& p : r.predecessors) {
        if (!p.rank)
            each << tr("%1 (no value)").arg(p.name);
        else if (p.percent)
            each << tr("%1 (%2, %3%)").arg(placeText(*p.rank, p.of, p.tied), p.name, p.percent->toString(locale, 2));
        else
            each << tr("%1 (%2)").arg(placeText(*p.rank, p.of, p.tied), p.name);
    }
    if (r.previousRank)
        return tr("%1: in %2 it ranked %3 and the units merged into it %4.")
            .arg(r.name)
            .arg(m_result.previousYear)
            .arg(ownPreviousText(row), locale.createSeparatedList(each));
    return tr("%1: in %2 its predecessors ranked %3.")
        .arg(r.name)
        .arg(m_result.previousYear)
        .arg(locale.createSeparatedList(each));
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const RankedUnit& r = m_result.rows[index.row()];
    const Standing standing = m_result.standing.value(r.unitId);
    const bool complete = m_result.complete.value(r.unitId, true);
    const QLocale locale;
    const std::optional<Decimal> change
        = r.previousTotal ? std::optional<Decimal>(r.total - *r.previousTotal) : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return rankText(index.row());
        case Unit:
            return r.name; // an incomplete unit is marked in italics, with a tooltip and the page's note
        case Total:
            return r.total.toString(locale);
        case Percent:
            return r.percent.toString(locale, 2);
        case Band:
            return r.band;
        case PreviousRank:
            return previousText(index.row());
        case Change:
            if (!change)
                return QVariant();
            return QString((*change > Decimal()    ? QStringLiteral("▲ +")
                                : change->isZero() ? QStringLiteral("= ")
                                                   : QStringLiteral("▼ "))
                           + change->toString(locale, 2));
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Rank:
            return r.rank;
        case Unit:
            return r.name;
        case Total:
        case Percent:
            return r.total.micro();
        case Band:
            return -r.total.micro();
        case PreviousRank:
            return r.previousRank ? *r.previousRank : 1 << 30;
        case Change:
            return change ? change->micro() : std::numeric_limits<qint64>::min();
        }
        break;
    case CopyRole: {
        QLocale plain;
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        switch (index.column()) {
        case Rank:
            return standing.rank ? QString::number(*standing.rank) : QString();
        case Unit:
            return r.name;
        case Total:
            return r.total.toString(plain, 0, false);
        case Percent:
            return r.percent.toString(plain, 2, false);
        case Band:
            return r.band;
        case PreviousRank:
            // A spreadsheet takes a lone rank as a number; the predecessors' ranks stay text.
            return r.predecessors.isEmpty() && r.previousRank ? QString::number(*r.previousRank)
                                                              : previousText(index.row());
        case Change:
            return change ? change->toString(plain, 2, false) : QString();
        }
        break;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Unit || index.column() == Band ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Unit && !complete)
            return QBrush(QColor(0x8a, 0x53, 0x00));
        if (index.column() == Change && change && !change->isZero())
            return QBrush(*change > Decimal() ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb3, 0x26, 0x1e));
        break;
    case Qt::ToolTipRole: {
        QStringList tips;
        if (index.column() == Rank) {
            if (standing.published)
                tips << tr("Published rank. Source: %1")
                            .arg(standing.source.isEmpty() ? tr("not given") : standing.source);
            else if (standing.tied)
                tips << tr("Tied: equal totals share a rank and the next rank is skipped.");
            if (standing.provisional)
                tips << m_result.completeness.describe();
        }
        if (index.column() == PreviousRank || index.column() == Change)
            if (const QString tip = previousTip(index.row()); !tip.isEmpty())
                tips << tip;
        if (index.column() == Unit) {
            tips << r.name;
            if (!complete)
                tips << tr("Some criteria have no score yet: the total is incomplete.");
        }
        return tips.isEmpty() ? QVariant() : QVariant(plainTip(tips.join(u'\n')));
    }
    case Qt::FontRole:
        if ((index.column() == Unit && !complete) || (index.column() == PreviousRank && !r.predecessors.isEmpty())) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    }
    return QVariant();
}

QString RankingModel::previousTip(int row) const
{
    const RankedUnit& r = m_result.rows[row];
    if (!r.predecessors.isEmpty())
        return predecessorsSentence(row) + u'\n'
            + tr("A unit formed by a merger or a split has no change against a single number.");
    if (r.places)
        return *r.places > 0 ? tr("Up %n place(s) since %1.", nullptr, *r.places).arg(m_result.previousYear)
            : *r.places < 0  ? tr("Down %n place(s) since %1.", nullptr, -*r.places).arg(m_result.previousYear)
                             : tr("The same rank as in %1.").arg(m_result.previousYear);
    if (r.previousRank && m_result.cohortChanged)
        return tr("The cohort's members changed since %1: the two ranks are of different rankings and are not "
                  "compared.")
            .arg(m_result.previousYear);
    return QString();
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Rank:
        return m_result.provisional() && !m_result.rows.isEmpty() && !m_result.completeness.publishedOf
            ? tr("Rank (provisional)")
            : tr("Rank");
    case Unit:
        return tr("Unit");
    case Total:
        return tr("Total");
    case Percent:
        return tr("%");
    case Band:
        return tr("Classification");
    case PreviousRank:
        // The year it is against, named: the previous year with a framework may be years back.
        return m_result.previousYear ? tr("Rank in %1").arg(m_result.previousYear) : tr("Last year's rank");
    case Change:
        return tr("Change");
    }
    return QVariant();
}

RankingProxyModel::RankingProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RankingModel::SortRole);
    setFilterKeyColumn(RankingModel::Unit);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

bool RankingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == RankingModel::Unit)
        return vietnameseLess(left.data(RankingModel::SortRole).toString(),
                              right.data(RankingModel::SortRole).toString());
    return left.data(RankingModel::SortRole).toLongLong() < right.data(RankingModel::SortRole).toLongLong();
}

} // namespace par::ui
