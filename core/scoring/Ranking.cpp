#include "scoring/Ranking.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

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

QList<RankedUnit> rankUnits(const QList<RankInput>& inputs, Decimal max, const QList<Band>& bands)
{
    struct Entry
    {
        const RankInput* input;
        QCollatorSortKey key;
    };
    const QCollator collator = vietnameseCollator();
    std::vector<Entry> entries;
    entries.reserve(inputs.size());
    for (const RankInput& in : inputs) {
        if (in.total)
            entries.push_back({&in, collator.sortKey(in.name)});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (*a.input->total != *b.input->total)
            return *a.input->total > *b.input->total;
        const int byName = a.key.compare(b.key);
        return byName != 0 ? byName < 0 : a.input->unitId < b.input->unitId;
    });

    QList<RankedUnit> out;
    out.reserve(qsizetype(entries.size()));
    for (size_t i = 0; i < entries.size(); ++i) {
        const RankInput& in = *entries[i].input;
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
