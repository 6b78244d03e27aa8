#include "model/Band.h"

#include <QCoreApplication>

#include <algorithm>

namespace par {

QString classify(const QList<Band>& bands, Decimal value, Decimal max)
{
    for (const Band& band : bands) {
        if (Decimal::percentAtLeast(value, max, band.minPercent))
            return band.label;
    }
    return QString();
}

QList<Band> defaultBands()
{
    return {{Decimal::fromInt(90), QStringLiteral("Xuất sắc")},
            {Decimal::fromInt(80), QStringLiteral("Tốt")},
            {Decimal::fromInt(70), QStringLiteral("Khá")},
            {Decimal::fromInt(50), QStringLiteral("Trung bình")},
            {Decimal::fromInt(0), QStringLiteral("Yếu")}};
}

Result<QList<Band>> parseBands(const QString& spec)
{
    QList<Band> bands;
    for (const QString& part : spec.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype at = part.indexOf(u'=');
        const QString label = at < 0 ? QString() : part.mid(at + 1).trimmed();
        auto minimum = Decimal::parse(at < 0 ? QString() : part.left(at));
        if (at < 0 || label.isEmpty() || !minimum)
            return Error::usage(QCoreApplication::translate("par::Band", "band \"%1\" should look like 90=Xuất sắc")
                                    .arg(part.trimmed()));
        if (*minimum < Decimal() || *minimum > Decimal::fromInt(100))
            return Error::usage(
                QCoreApplication::translate("par::Band", "band \"%1\" must be between 0 and 100 percent")
                    .arg(part.trimmed()));
        bands.append({*minimum, label});
    }
    std::sort(bands.begin(), bands.end(), [](const Band& a, const Band& b) { return a.minPercent > b.minPercent; });
    for (qsizetype i = 1; i < bands.size(); ++i) {
        if (bands[i].minPercent == bands[i - 1].minPercent)
            return Error::usage(QCoreApplication::translate("par::Band", "two bands start at %1 percent")
                                    .arg(bands[i].minPercent.toString()));
    }
    return bands;
}

} // namespace par
