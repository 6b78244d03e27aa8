#include "scoring/Ranking.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <optional>
#include <utility>
#include <vector>

namespace par {

namespace {

QCollator vietnameseCollator()
{
    QCollator collator {QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // "Xã 2" before "Xã 10"
    return collator;
}

} // namespace

QString PredecessorRank::text(const QLocale& locale) const
{
    if (!rank)
        return QCoreApplication::translate("par::PredecessorRank", "%1: no value").arg(name);
    QString place = QStringLiteral("%1%2").arg(*rank).arg(tied ? QStringLiteral("=") : QString());
    if (of)
        place += QStringLiteral("/%1").arg(*of);
    if (published)
        place += u'*';
    return percent ? QStringLiteral("%1: %2 (%3%)").arg(name, place, percent->toString(locale, 2))
                   : QStringLiteral("%1: %2").arg(name, place);
}

bool vietnameseLess(const QString& a, const QString& b)
{
    static const QCollator collator = vietnameseCollator();
    return collator.compare(a, b) < 0;
}

namespace {

// Each run of equal totals (sorted by id) in name order, the id deciding between equal names.
void sortTiesByName(std::vector<const RankInput*>& entries)
{
    std::optional<QCollator> collator;
    for (size_t first = 0; first < entries.size();) {
        size_t end = first + 1;
        while (end < entries.size() && *entries[end]->total == *entries[first]->total)
            ++end;
        if (end - first > 1) {
            if (!collator)
                collator = vietnameseCollator();
            std::vector<std::pair<QCollatorSortKey, const RankInput*>> tied;
            tied.reserve(end - first);
            for (size_t i = first; i < end; ++i)
                tied.emplace_back(collator->sortKey(entries[i]->name), entries[i]);
            // Stable: equal names keep their order by id.
            std::stable_sort(tied.begin(), tied.end(),
                             [](const auto& a, const auto& b) { return a.first.compare(b.first) < 0; });
            for (size_t i = first; i < end; ++i)
                entries[i] = tied[i - first].second;
        }
        first = end;
    }
}

} // namespace

QList<RankedUnit> rankUnits(const QList<RankInput>& inputs, Decimal max, const QList<Band>& bands)
{
    // By total, then by name (Vietnamese collation), then by id. Only tied units are ordered by name, so only they
    // need a sort key: building one for every unit cost more than the sort of a national cohort.
    std::vector<const RankInput*> entries;
    entries.reserve(size_t(inputs.size()));
    for (const RankInput& in : inputs) {
        if (in.total)
            entries.push_back(&in);
    }
    std::sort(entries.begin(), entries.end(), [](const RankInput* a, const RankInput* b) {
        return *a->total != *b->total ? *a->total > *b->total : a->unitId < b->unitId;
    });
    sortTiesByName(entries);

    QList<RankedUnit> out;
    out.reserve(qsizetype(entries.size()));
    for (size_t i = 0; i < entries.size(); ++i) {
        const RankInput& in = *entries[i];
        RankedUnit row;
        row.unitId = in.unitId;
        row.name = in.name;
        row.code = in.code;
        row.total = *in.total;
        row.rank = (i > 0 && out.back().total == row.total) ? out.back().rank : int(i) + 1;
        row.percent = Decimal::percent(row.total, max);
        row.band = classify(bands, row.total, max);
        if (i > 0 && out.back().total == row.total) {
            row.tied = true;
            out.back().tied = true;
        }
        out.append(row);
    }
    return out;
}

} // namespace par
