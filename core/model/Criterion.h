#pragma once

#include "model/Decimal.h"

#include <QList>
#include <QString>

namespace par {

enum class Aggregation
{
    Sum, // points: the parent is the sum of its children
    Mean, // satisfaction percentages: the parent is the mean of its children
};

QString aggregationName(Aggregation aggregation);
bool parseAggregation(const QString& text, Aggregation* out);

// One node of a framework's criteria tree. The framework keeps its criteria in display order, parents before
// children, and links them by position so that evaluating a tree is a walk over plain vectors.
struct Criterion
{
    qint64 id = 0;
    QString code; // empty for the root, whose value is the unit's total
    QString title;
    Decimal maxPoints;
    Aggregation aggregation = Aggregation::Sum;
    QString leadUnit;
    int parent = -1; // position of the parent in the framework, -1 for the root
    QList<int> children;
    int depth = 0; // 0 root, 1 top level (fields or parts), 2 criteria, ...

    bool isRoot() const { return parent < 0; }
    bool isLeaf() const { return children.isEmpty(); }
};

} // namespace par
