#include "Decimal.h"

namespace par {

namespace {

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F);
}

// Which character separates the fraction: the last of '.' and ',' when both appear (the other groups
// thousands); a lone separator is always the decimal point, since scores are small and "74,62" is common.
struct Separators
{
    QChar decimal;
    QChar group;
};

Separators detectSeparators(QStringView digits)
{
    const qsizetype dot = digits.lastIndexOf(u'.');
    const qsizetype comma = digits.lastIndexOf(u',');
    if (dot >= 0 && comma >= 0)
        return dot > comma ? Separators {u'.', u','} : Separators {u',', u'.'};
    if (dot >= 0)
        return {u'.', QChar()};
    if (comma >= 0)
        return {u',', QChar()};
    return {QChar(), QChar()};
}

// Grouped integer digits must come in threes after the first group: "1.234.567", not "12.34".
bool validGrouping(QStringView integer, QChar group)
{
    const auto parts = integer.split(group);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const qsizetype n = parts[i].size();
        if (n == 0 || n > 3 || (i > 0 && n != 3))
            return false;
    }
    return true;
}

} // namespace

Result<Decimal> Decimal::parse(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    QStringView body = text.sliced(begin, end - begin);
    if (body.isEmpty())
        return Error::input(tr("an empty value is not a number"));
    // Views, not copies: a national import parses a third of a million values, and only a refusal shows one.
    const QStringView shown = body;
    const auto notANumber = [shown] { return Error::input(tr("\"%1\" is not a number").arg(shown)); };

    bool negative = false;
    if (body.front() == u'-' || body.front() == u'+' || body.front() == QChar(0x2212)) {
        negative = body.front() != u'+';
        body = body.sliced(1);
    }
    for (QChar c : body) {
        if (!(c >= u'0' && c <= u'9') && c != u'.' && c != u',')
            return notANumber();
    }
    const Separators sep = detectSeparators(body);
    QStringView integer = body;
    QStringView fraction;
    if (!sep.decimal.isNull()) {
        const qsizetype at = body.lastIndexOf(sep.decimal);
        integer = body.first(at);
        fraction = body.sliced(at + 1);
    }
    if (integer.contains(sep.decimal) || (!sep.group.isNull() && !validGrouping(integer, sep.group)))
        return notANumber();
    if (integer.isEmpty() && fraction.isEmpty())
        return notANumber();

    // Trailing zeros beyond the sixth decimal are exact; any other seventh digit cannot be held.
    while (fraction.size() > Scale && fraction.back() == u'0')
        fraction.chop(1);
    if (fraction.size() > Scale)
        return Error::input(tr("\"%1\" has more than %2 decimals").arg(shown).arg(Scale));
    qint64 micro = 0;
    int digits = 0; // significant integer digits, the group separators and leading zeros left out
    for (QChar c : integer) {
        if (c == sep.group || (digits == 0 && c == u'0'))
            continue;
        if (++digits > 9)
            return Error::input(tr("\"%1\" is too large").arg(shown));
        micro = micro * 10 + (c.unicode() - u'0');
    }
    micro *= One;
    qint64 scale = One / 10;
    for (QChar c : fraction) {
        micro += (c.unicode() - u'0') * scale;
        scale /= 10;
    }
    return Decimal(negative ? -micro : micro);
}

QString Decimal::toString(int minDecimals) const
{
    return toString(QLocale::c(), minDecimals, false);
}

QString Decimal::toString(const QLocale& locale, int minDecimals, bool grouping) const
{
    const quint64 magnitude = m_micro < 0 ? quint64(-(m_micro + 1)) + 1 : quint64(m_micro);
    QString integer = QString::number(magnitude / One);
    QString fraction = QString::number(magnitude % One).rightJustified(Scale, u'0');
    while (fraction.size() > qMax(0, minDecimals) && fraction.endsWith(u'0'))
        fraction.chop(1);

    const QString group = locale.groupSeparator();
    if (grouping && !group.isEmpty() && locale != QLocale::c()) {
        for (qsizetype at = integer.size() - 3; at > 0; at -= 3)
            integer.insert(at, group);
    }
    QString out = m_micro < 0 ? QString(u'-') : QString();
    out += integer;
    if (!fraction.isEmpty())
        out += (locale == QLocale::c() ? QStringLiteral(".") : locale.decimalPoint()) + fraction;
    return out;
}

qint64 Decimal::divideRounded(__int128 numerator, __int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const __int128 magnitude = negative ? -numerator : numerator;
    const __int128 quotient = (magnitude + denominator / 2) / denominator;
    return qint64(negative ? -quotient : quotient);
}

Decimal Decimal::rounded(int decimals) const
{
    const int drop = Scale - qBound(0, decimals, Scale);
    qint64 factor = 1;
    for (int i = 0; i < drop; ++i)
        factor *= 10;
    return Decimal(divideRounded(m_micro, factor) * factor);
}

Decimal Decimal::percent(Decimal part, Decimal whole, int decimals)
{
    if (whole.m_micro == 0)
        return Decimal();
    // part/whole*100 in millionths, computed exactly in 128 bits, then rounded once.
    const qint64 micro = divideRounded(__int128(part.m_micro) * 100 * One, whole.m_micro);
    return Decimal(micro).rounded(decimals);
}

bool Decimal::percentAtLeast(Decimal part, Decimal whole, Decimal thresholdPercent)
{
    if (whole.m_micro <= 0)
        return false;
    return __int128(part.m_micro) * 100 * One >= __int128(thresholdPercent.m_micro) * whole.m_micro;
}

Decimal Decimal::mean(Decimal sum, qint64 count)
{
    if (count <= 0)
        return Decimal();
    return Decimal(divideRounded(sum.m_micro, count));
}

} // namespace par
