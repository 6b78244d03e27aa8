#include "model/Decimal.h"

#include <gtest/gtest.h>

using par::Decimal;

namespace {

qint64 micro(const char* text)
{
    auto d = Decimal::parse(QString::fromUtf8(text));
    EXPECT_TRUE(d.ok()) << text << ": " << (d.ok() ? "" : d.error().message.toStdString());
    return d.ok() ? d->micro() : -1;
}

bool refused(const char* text)
{
    return !Decimal::parse(QString::fromUtf8(text)).ok();
}

} // namespace

TEST(Decimal, ParsesPointCommaAndFiveDecimals)
{
    EXPECT_EQ(micro("74.62"), 74'620'000);
    EXPECT_EQ(micro("74,62"), 74'620'000);
    EXPECT_EQ(micro("17.51922"), 17'519'220);
    EXPECT_EQ(micro(" 9,6697 "), 9'669'700);
    EXPECT_EQ(micro("100"), 100'000'000);
    EXPECT_EQ(micro("0.000001"), 1);
    EXPECT_EQ(micro("-3.5"), -3'500'000);
    EXPECT_EQ(micro(".5"), 500'000);
    EXPECT_EQ(micro("12."), 12'000'000);
}

TEST(Decimal, ParsesGroupedThousands)
{
    EXPECT_EQ(micro("1.234,5"), 1'234'500'000);
    EXPECT_EQ(micro("1,234.5"), 1'234'500'000);
    EXPECT_EQ(micro("1.234.567,25"), 1'234'567'250'000);
}

TEST(Decimal, RefusesTextOverflowAndInexactDigits)
{
    EXPECT_TRUE(refused(""));
    EXPECT_TRUE(refused("abc"));
    EXPECT_TRUE(refused("7a"));
    EXPECT_TRUE(refused("1e3"));
    EXPECT_TRUE(refused("--1"));
    EXPECT_TRUE(refused("1.2.3")); // two points, no comma: not grouping in threes
    EXPECT_TRUE(refused("12,34.5")); // bad grouping
    EXPECT_TRUE(refused("1.1234567"));
    EXPECT_TRUE(refused("1234567890"));
    EXPECT_TRUE(refused("."));
    EXPECT_FALSE(refused("1.1234560")); // a trailing zero is still exact
    EXPECT_EQ(micro("999999999.999999"), Decimal::MaxAbsMicro);
    // Leading zeros and group separators are not digits of the size.
    EXPECT_EQ(micro("000000000123456789"), 123'456'789'000'000);
    EXPECT_EQ(micro("123.456.789,5"), 123'456'789'500'000);
    EXPECT_EQ(micro("00"), 0);
    EXPECT_EQ(micro("-0,5"), -500'000);
    EXPECT_TRUE(refused("0001234567890"));
    EXPECT_TRUE(refused("1.234.567.890,5"));
}

TEST(Decimal, RefusalNamesTheReason)
{
    EXPECT_NE(Decimal::parse(u"1.1234567").error().message.indexOf(QStringLiteral("6 decimals")), -1);
    EXPECT_NE(Decimal::parse(u"abc").error().message.indexOf(QStringLiteral("not a number")), -1);
    EXPECT_NE(Decimal::parse(u"1234567890").error().message.indexOf(QStringLiteral("too large")), -1);
    // The value as given, without the spaces around it.
    EXPECT_EQ(Decimal::parse(u" 1,5x ").error().message, QStringLiteral("\"1,5x\" is not a number"));
    EXPECT_EQ(Decimal::parse(u"-1.2.3").error().message, QStringLiteral("\"-1.2.3\" is not a number"));
}

TEST(Decimal, FormatsPlainAndPerLocale)
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    EXPECT_EQ(Decimal::fromMicro(74'620'000).toString(), QStringLiteral("74.62"));
    EXPECT_EQ(Decimal::fromMicro(74'620'000).toString(vi), QStringLiteral("74,62"));
    EXPECT_EQ(Decimal::fromMicro(17'519'220).toString(vi), QStringLiteral("17,51922"));
    EXPECT_EQ(Decimal::fromMicro(1'234'500'000).toString(vi), QStringLiteral("1.234,5"));
    EXPECT_EQ(Decimal::fromMicro(700'000).toString(vi, 2), QStringLiteral("0,70"));
    EXPECT_EQ(Decimal::fromInt(12).toString(), QStringLiteral("12"));
    EXPECT_EQ(Decimal::fromMicro(-700'000).toString(), QStringLiteral("-0.7"));
}

TEST(Decimal, SumsExactlyWhereDoublesDoNot)
{
    // 0.1 + 0.2 is the classic binary floating point failure.
    EXPECT_EQ(*Decimal::parse(u"0.1") + *Decimal::parse(u"0.2"), *Decimal::parse(u"0.3"));
    // The seed's parts: 47.4299 + 9.6697 + 17.51922 = 74.61882 exactly.
    const Decimal sum = *Decimal::parse(u"47.4299") + *Decimal::parse(u"9.6697") + *Decimal::parse(u"17.51922");
    EXPECT_EQ(sum.toString(), QStringLiteral("74.61882"));
    EXPECT_EQ(sum.rounded(2).toString(), QStringLiteral("74.62"));
}

TEST(Decimal, PercentRoundsOnceAndBandsCompareExactly)
{
    const Decimal total = *Decimal::parse(u"47.4299");
    const Decimal max = *Decimal::parse(u"64.5");
    EXPECT_EQ(Decimal::percent(total, max).toString(), QStringLiteral("73.53")); // 73.5347...
    EXPECT_EQ(Decimal::percent(*Decimal::parse(u"89.996"), Decimal::fromInt(100)).toString(2), QStringLiteral("90.00"));
    // ... yet 89.996 of 100 does not reach a 90% band.
    EXPECT_FALSE(Decimal::percentAtLeast(*Decimal::parse(u"89.996"), Decimal::fromInt(100), Decimal::fromInt(90)));
    EXPECT_TRUE(Decimal::percentAtLeast(*Decimal::parse(u"58.05"), *Decimal::parse(u"64.5"), Decimal::fromInt(90)));
    EXPECT_FALSE(
        Decimal::percentAtLeast(*Decimal::parse(u"58.049999"), *Decimal::parse(u"64.5"), Decimal::fromInt(90)));
}

TEST(Decimal, MeanRoundsHalfAwayFromZero)
{
    EXPECT_EQ(Decimal::mean(*Decimal::parse(u"399.35"), 5).toString(), QStringLiteral("79.87"));
    EXPECT_EQ(Decimal::mean(Decimal::fromInt(2), 3).micro(), 666'667);
    EXPECT_EQ(Decimal::mean(Decimal::fromInt(1), 3).micro(), 333'333);
    EXPECT_EQ(Decimal::fromMicro(125).rounded(4).micro(), 100);
    EXPECT_EQ(Decimal::fromMicro(150).rounded(4).micro(), 200);
}
