#pragma once

#include "model/Band.h"
#include "model/Criterion.h"

#include <QHash>
#include <QList>
#include <QString>

namespace par {

// The criteria tree of one index for one year. criteria[0] is the root: its value is the unit's total and its
// maximum the index's maximum (100 for PAR INDEX).
struct Framework
{
    qint64 id = 0;
    qint64 indexId = 0;
    QString indexCode;
    int year = 0;
    QList<Criterion> criteria;
    QList<Band> bands; // highest minimum first

    const Criterion& root() const { return criteria.first(); }
    int find(const QString& code) const { return m_byCode.value(code, -1); }
    // Rebuilds children, depth and the code lookup from each criterion's parent position.
    void link();

private:
    QHash<QString, int> m_byCode;
};

} // namespace par
