#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

namespace par {

// An exact decimal with six fraction digits, stored as integer millionths.
// Scores carry up to five decimals (17.51922) and must sum, compare and tie exactly, so no binary floating point
// is used anywhere on the path from a file to a ranking. Values are bounded to 9 integer digits so that sums of
// millions of scores cannot overflow 64 bits.
class Decimal
{
    Q_DECLARE_TR_FUNCTIONS(par::Decimal)

public:
    static constexpr int Scale = 6;
    static constexpr qint64 One = 1'000'000;
    static constexpr qint64 MaxAbsMicro = 999'999'999'999'999; // 999,999,999.999999

    constexpr Decimal() = default;
    static constexpr Decimal fromMicro(qint64 micro) { return Decimal(micro); }
    static constexpr Decimal fromInt(qint64 units) { return Decimal(units * One); }

    // Accepts "74.62", "74,62", "-3", " 17.51922 ", "1.234,5", "1,234.5". Refuses anything else with a reason.
    static Result<Decimal> parse(QStringView text);

    constexpr qint64 micro() const { return m_micro; }
    constexpr bool isZero() const { return m_micro == 0; }
    constexpr bool isNegative() const { return m_micro < 0; }

    // Plain form for files and machines: '.' as decimal point, no grouping, trailing zeros dropped unless
    // minDecimals asks for them ("74.62", "17.51922", "12").
    QString toString(int minDecimals = 0) const;
    // The same value in a locale's notation (vi: "74,62", "1.234,5").
    QString toString(const QLocale& locale, int minDecimals = 0, bool grouping = true) const;

    // Rounded half away from zero to the given number of decimals (0..6).
    Decimal rounded(int decimals) const;

    // part / whole * 100, rounded half away from zero to `decimals`. whole must not be zero.
    static Decimal percent(Decimal part, Decimal whole, int decimals = 2);
    // Exact test part / whole * 100 >= threshold, without rounding (a band boundary must not move with display).
    static bool percentAtLeast(Decimal part, Decimal whole, Decimal thresholdPercent);
    // sum / count rounded half away from zero to six decimals (the mean of satisfaction percentages).
    static Decimal mean(Decimal sum, qint64 count);

    constexpr Decimal operator+(Decimal other) const { return Decimal(m_micro + other.m_micro); }
    constexpr Decimal operator-(Decimal other) const { return Decimal(m_micro - other.m_micro); }
    constexpr Decimal operator-() const { return Decimal(-m_micro); }
    Decimal& operator+=(Decimal other)
    {
        m_micro += other.m_micro;
        return *this;
    }
    constexpr auto operator<=>(const Decimal&) const = default;

private:
    constexpr explicit Decimal(qint64 micro)
        : m_micro(micro)
    {
    }
    static qint64 divideRounded(__int128 numerator, __int128 denominator);

    qint64 m_micro = 0;
};

} // namespace par
