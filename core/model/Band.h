#pragma once

#include "model/Decimal.h"

#include <QList>
#include <QString>

namespace par {

// A classification band: units whose percent of the maximum reaches minPercent take the label.
struct Band
{
    Decimal minPercent;
    QString label;
};

// Bands ordered from the highest minimum down; the label of the first band reached, or empty.
QString classify(const QList<Band>& bands, Decimal value, Decimal max);
// The bands most provinces use (Xuất sắc >= 90, Tốt >= 80, Khá >= 70, Trung bình >= 50, Yếu below).
QList<Band> defaultBands();
// "90=Xuất sắc;80=Tốt;0=Yếu" as typed on the command line.
Result<QList<Band>> parseBands(const QString& spec);

} // namespace par
