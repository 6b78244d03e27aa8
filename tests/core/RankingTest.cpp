#include "scoring/Ranking.h"

#include <QCollator>
#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>

using namespace par;

namespace {

RankInput unit(qint64 id, const char* name, const char16_t* total)
{
    RankInput in;
    in.unitId = id;
    in.name = QString::fromUtf8(name);
    if (total)
        in.total = *Decimal::parse(QStringView(total));
    return in;
}

QStringList names(const QList<RankedUnit>& rows)
{
    QStringList out;
    for (const RankedUnit& r : rows)
        out << r.name;
    return out;
}

} // namespace

TEST(Ranking, EqualTotalsShareARankAndTheNextSkips)
{
    const auto rows = rankUnits({unit(1, "Sở Y tế", u"79.42"), unit(2, "Sở Nội vụ", u"90.47"),
                                 unit(3, "Sở Thông tin và Truyền thông", u"90.47"), unit(4, "Sở Tư pháp", u"93.12")},
                                Decimal::fromInt(100), defaultBands());
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[0].rank, 1);
    EXPECT_EQ(rows[1].rank, 2);
    EXPECT_EQ(rows[2].rank, 2);
    EXPECT_EQ(rows[3].rank, 4);
    EXPECT_FALSE(rows[0].tied);
    EXPECT_TRUE(rows[1].tied);
    EXPECT_TRUE(rows[2].tied);
    EXPECT_EQ(rows[1].name, QStringLiteral("Sở Nội vụ"));
    EXPECT_EQ(rows[0].band, QStringLiteral("Xuất sắc"));
    EXPECT_EQ(rows[3].band, QStringLiteral("Khá"));
}

TEST(Ranking, TiesNeedExactEqualityNotRounding)
{
    const auto rows = rankUnits({unit(1, "A", u"17.51922"), unit(2, "B", u"17.51921")}, Decimal::fromInt(100), {});
    EXPECT_EQ(rows[0].rank, 1);
    EXPECT_EQ(rows[1].rank, 2);
    EXPECT_EQ(rows[0].percent, rows[1].percent); // both 17.52% on screen, still not tied
}

TEST(Ranking, TiesAreOrderedByVietnameseCollation)
{
    // In Vietnamese, Đ follows D and Ă, Â follow A; a byte order would put every accented capital last.
    const auto rows = rankUnits({unit(1, "Đắk Lắk", u"50"), unit(2, "Điện Biên", u"50"), unit(3, "Bắc Kạn", u"50"),
                                 unit(4, "Cần Thơ", u"50"), unit(5, "Dak Test", u"50"), unit(6, "An Giang", u"50"),
                                 unit(7, "Ân Thi", u"50"), unit(8, "Ăn Giang", u"50")},
                                Decimal::fromInt(100), {});
    EXPECT_EQ(names(rows),
              (QStringList {QStringLiteral("An Giang"), QStringLiteral("Ăn Giang"), QStringLiteral("Ân Thi"),
                            QStringLiteral("Bắc Kạn"), QStringLiteral("Cần Thơ"), QStringLiteral("Dak Test"),
                            QStringLiteral("Đắk Lắk"), QStringLiteral("Điện Biên")}));
    for (const RankedUnit& r : rows)
        EXPECT_EQ(r.rank, 1);
}

TEST(Ranking, OnlyTiesAreOrderedByNameAndEqualNamesById)
{
    // Sort keys are made only for tied units now: the order must be the one of a full (total, name, id) sort.
    QList<RankInput> inputs;
    const char* const names[] = {"Xã Đông", "Xã Dông", "Xã A", "xã a", "Phường 10", "Phường 2", "Xã Ân", "Xã Ăn"};
    const char16_t* const totals[] = {u"70", u"70.5", u"70", u"81.25", u"70.5", u"70", u"99"};
    for (int i = 0; i < 120; ++i)
        inputs << unit((i * 37) % 120 + 1, names[(i * 5) % 8], (i % 11 == 10) ? nullptr : totals[(i * 3) % 7]);
    QCollator collator {QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    QList<RankInput> expected;
    for (const RankInput& in : inputs) {
        if (in.total)
            expected << in;
    }
    std::sort(expected.begin(), expected.end(), [&collator](const RankInput& a, const RankInput& b) {
        if (*a.total != *b.total)
            return *a.total > *b.total;
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.unitId < b.unitId;
    });
    const auto rows = rankUnits(inputs, Decimal::fromInt(100), {});
    ASSERT_EQ(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(rows[i].unitId, expected[i].unitId) << i;
        EXPECT_EQ(rows[i].rank, i == 0 || rows[i - 1].total != rows[i].total ? i + 1 : rows[i - 1].rank) << i;
    }
    EXPECT_EQ(rows.first().total, *Decimal::parse(u"99"));
    EXPECT_TRUE(rows.last().tied);
}

TEST(Ranking, UnitsWithoutValueAreNotRanked)
{
    const auto rows
        = rankUnits({unit(1, "A", u"60"), unit(2, "B", nullptr), unit(3, "C", u"70")}, Decimal::fromInt(100), {});
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].name, QStringLiteral("C"));
    EXPECT_EQ(rows[1].rank, 2);
}

TEST(Ranking, BandsUseThePercentOfTheMaximum)
{
    const QList<Band> bands = *parseBands(QStringLiteral("90=A;80=B;70=C"));
    const auto rows = rankUnits({unit(1, "x", u"58.05"), unit(2, "y", u"58.04"), unit(3, "z", u"40")},
                                *Decimal::parse(u"64.5"), bands);
    EXPECT_EQ(rows[0].band, QStringLiteral("A")); // exactly 90%
    EXPECT_EQ(rows[1].band, QStringLiteral("B")); // 89.98%
    EXPECT_EQ(rows[2].band, QString()); // below every band
    EXPECT_EQ(rows[0].percent.toString(2), QStringLiteral("90.00"));
}

TEST(Ranking, BandSpecificationsAreValidated)
{
    EXPECT_FALSE(parseBands(QStringLiteral("90")).ok());
    EXPECT_FALSE(parseBands(QStringLiteral("120=Too much")).ok());
    EXPECT_FALSE(parseBands(QStringLiteral("90=A;90=B")).ok());
    const auto bands = parseBands(QStringLiteral("50=Trung bình;90=Xuất sắc;0=Yếu"));
    ASSERT_TRUE(bands.ok());
    EXPECT_EQ(bands->first().label, QStringLiteral("Xuất sắc"));
}
