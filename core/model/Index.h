#pragma once

#include "model/Criterion.h"

#include <QString>

namespace par {

// A named, coded index: PAR INDEX, SIPAS, PAPI, or the province's own index of its departments.
struct Index
{
    qint64 id = 0;
    QString code;
    QString name;
    Aggregation aggregation = Aggregation::Sum; // how the top-level criteria make the total
    qint64 mainUnitId = 0; // the unit a report is about by default (the province)
    bool illustrative = false; // made-up figures, for demonstration
};

// A ranking pool of an index: units ranked against each other (provinces; departments; districts; communes).
struct Cohort
{
    qint64 id = 0;
    qint64 indexId = 0;
    QString name;
    QString unitKind;
    bool isDefault = false;
};

enum class Stage
{
    Self, // tự đánh giá
    Final, // thẩm định: the council's figure
};

inline QString stageName(Stage stage)
{
    return stage == Stage::Self ? QStringLiteral("self") : QStringLiteral("final");
}

inline bool parseStage(const QString& text, Stage* out)
{
    if (text == QLatin1String("self")) {
        *out = Stage::Self;
        return true;
    }
    if (text == QLatin1String("final")) {
        *out = Stage::Final;
        return true;
    }
    return false;
}

} // namespace par
