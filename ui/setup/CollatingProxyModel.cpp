#include "setup/CollatingProxyModel.h"

#include <QLocale>

namespace par::ui {

CollatingProxyModel::CollatingProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(SortRole);
}

QString CollatingProxyModel::fold(const QString& text)
{
    QString out;
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c == QChar(0x0111) ? QChar(u'd') : c); // đ has no decomposition
    }
    return out;
}

void CollatingProxyModel::setSearchText(const QString& text)
{
    const QString folded = fold(text.trimmed());
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
}

bool CollatingProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    const bool aEmpty = !a.isValid() || a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = !b.isValid() || b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return !aEmpty && bEmpty; // empty values last
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

bool CollatingProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text = model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (fold(text).contains(m_search))
            return true;
    }
    return false;
}

} // namespace par::ui
